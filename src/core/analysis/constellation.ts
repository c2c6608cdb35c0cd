/**
 * One ECT's constellation (docs/domain.md section 1): who supports them with what, over which links,
 * and with what power, plus what the ECT gives to others. The input of the constellation view,
 * its table equivalent and its layout; small enough to send from the worker for any network size.
 */
import type { SupportNetwork } from "../model/network.ts";
import { linkAt } from "../model/network.ts";
import type { LinkRole, Formality, Frequency, LinkStatus, Origin, UnnamedKind } from "../model/enums.ts";
import type { LinkId, PersonId } from "../model/types.ts";
import { effectiveAssesses } from "../model/types.ts";
import type { SupportType } from "../model/supportTypes.ts";
import { maskToTypes, sortTypes } from "../model/supportTypes.ts";
import type { EctResult } from "./analyse.ts";
import type { AnalysisContext } from "./context.ts";
import { inLineChain } from "./context.ts";
import { isPeerLike } from "./ectView.ts";
import type { Strength } from "./strengthRules.ts";
import { strengthsOf } from "./strengthRules.ts";

export interface ConstellationLink {
  readonly linkId: LinkId;
  readonly types: readonly SupportType[];
  readonly otherTypes: readonly string[];
  readonly role?: LinkRole | undefined;
  readonly assesses: boolean;
  /** A blank `assesses` on an induction-tutor link, read as true. */
  readonly assessesAssumed: boolean;
  readonly lineManages: boolean;
  readonly formality?: Formality | undefined;
  readonly frequency?: Frequency | undefined;
  readonly lastContact?: string | undefined;
  readonly origin?: Origin | undefined;
  readonly status?: LinkStatus | undefined;
}

export interface ConstellationPerson {
  readonly id: PersonId;
  readonly name: string;
  readonly roleTitle?: string | undefined;
  readonly isGroup: boolean;
  readonly isEct: boolean;
  readonly school?: string | undefined;
  /** Types over all live links to (or from) the ECT, registry order. */
  readonly types: readonly SupportType[];
  readonly links: readonly ConstellationLink[];
  /** Assesses the ECT or is in their management line, on any link. */
  readonly powerful: boolean;
  readonly peerLike: boolean;
  /** Named by role or as family in the ECT's own words ("my mentor (Jess Hartley)"), not by name. */
  readonly unnamed?: UnnamedKind | undefined;
}

export interface Constellation {
  readonly ect: {
    readonly id: PersonId;
    readonly name: string;
    readonly school?: string | undefined;
    readonly roleTitle?: string | undefined;
    readonly department?: string | undefined;
    readonly ectYear?: number | undefined;
    readonly mapStatus?: string | undefined;
  };
  readonly result: EctResult;
  /** People who give the ECT live support, in the order the analysis found them. */
  readonly supporters: readonly ConstellationPerson[];
  /** People the ECT gives to (reciprocity). */
  readonly contributions: readonly ConstellationPerson[];
  /** What is going well (strengthRules.ts), shown beside the flags; never scored. */
  readonly strengths: readonly Strength[];
}

export function buildConstellation(ctx: AnalysisContext, result: EctResult): Constellation {
  const { net, live } = ctx;
  const e = result.index;
  const p = net.people[e]!;
  const byGiver = new Map<number, ConstellationLink[]>();
  for (let k = net.inStart[e]!; k < net.inStart[e + 1]!; k++) {
    const l = net.inLinks[k]!;
    if (!live[l]) continue;
    const g = net.from[l]!;
    byGiver.set(g, [...(byGiver.get(g) ?? []), linkInfo(net, l, inLineChain(net, g, e))]);
  }
  const supporters = [...byGiver].map(([g, links]) => personInfo(ctx, g, e, links));
  // Supporters the analysis counted first, in its order; others (e.g. unknown types only) after.
  const order = new Map<string, number>(result.supporters.map((id, i) => [id, i]));
  supporters.sort((a, b) => (order.get(a.id) ?? 1e9) - (order.get(b.id) ?? 1e9));
  const gives = new Map<number, ConstellationLink[]>();
  for (let k = net.outStart[e]!; k < net.outStart[e + 1]!; k++) {
    const l = net.outLinks[k]!;
    if (!live[l]) continue;
    const t = net.to[l]!;
    gives.set(t, [...(gives.get(t) ?? []), linkInfo(net, l, false)]);
  }
  return {
    ect: {
      id: p.id,
      name: p.name,
      school: p.school,
      roleTitle: p.role_title,
      department: p.department,
      ectYear: p.ect_year,
      mapStatus: p.map_status,
    },
    result,
    supporters,
    contributions: [...gives].map(([t, links]) => personInfo(ctx, t, e, links)),
    strengths: strengthsOf(ctx, e),
  };
}

function linkInfo(net: SupportNetwork, l: number, lineManages: boolean): ConstellationLink {
  const link = linkAt(net, l);
  const a = effectiveAssesses(link);
  return {
    linkId: link.link_id,
    types: maskToTypes(net.typeMask[l]!),
    otherTypes: link.other_types ?? [],
    role: link.link_role,
    assesses: a.value,
    assessesAssumed: a.assumed,
    lineManages,
    formality: link.formality,
    frequency: link.frequency,
    lastContact: link.last_contact,
    origin: link.origin,
    status: link.status,
  };
}

function personInfo(
  ctx: AnalysisContext,
  p: number,
  ect: number,
  links: readonly ConstellationLink[],
): ConstellationPerson {
  const person = ctx.net.people[p]!;
  const types = sortTypes(links.flatMap((l) => l.types));
  return {
    id: person.id,
    name: person.name,
    roleTitle: person.role_title,
    isGroup: person.kind === "group",
    isEct: person.is_ect,
    school: person.school,
    types,
    links,
    powerful: links.some((l) => l.assesses || l.lineManages),
    peerLike: isPeerLike(ctx, p, ect),
    ...(person.unnamed ? { unnamed: person.unnamed } : {}),
  };
}
