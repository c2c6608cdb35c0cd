/**
 * Proposed links: what a draft plan adds to the network. They are ideas until a person acts on
 * them; applying one to a copy of the network is how the plan's effect is measured, never how the
 * data is changed.
 */
import type { SupportNetwork } from "../model/network.ts";
import { buildNetwork } from "../model/network.ts";
import type { SupportType } from "../model/supportTypes.ts";
import { linkIdOf, personIdOf } from "../model/slotValues.ts";
import { isSupportType, sortTypes } from "../model/supportTypes.ts";
import type { LinkId, PersonId, SupportLink } from "../model/types.ts";

export type ProposalSource = "optimiser" | "suggestion" | "by_hand";

/**
 * What the ECT said about a proposal: proposals are options the ECT chooses from (the network
 * should follow their needs and choices, Gilligan), so their answer is kept with the plan.
 * Undefined until they have been asked.
 */
export type ProposalAgreement = "agrees" | "rather_not";

export interface ProposedLink {
  readonly from: PersonId;
  readonly to: PersonId;
  readonly supportTypes: readonly SupportType[];
  /** Why, in at most 12 words ("Same school · a peer · has time"); the reasons say it in full. */
  readonly headline?: string | undefined;
  readonly reasons: readonly string[];
  readonly source: ProposalSource;
  readonly agreement?: ProposalAgreement | undefined;
}

/** Why a proposal cannot be added, in words for the person adding it; undefined when it can. */
export function proposalProblem(net: SupportNetwork, p: ProposedLink): string | undefined {
  const from = net.indexOf.get(p.from);
  const to = net.indexOf.get(p.to);
  if (from === undefined) return `there is no one with id ${p.from}`;
  if (to === undefined) return `there is no one with id ${p.to}`;
  if (from === to) return "someone cannot support themselves";
  if (p.supportTypes.length === 0 || !p.supportTypes.every(isSupportType)) return "choose at least one kind of support";
  return undefined;
}

/**
 * Adds a proposal to a plan: one proposal per giver and receiver, so proposing more types for the
 * same pair adds them to the proposal already there.
 */
export function addProposal(plan: readonly ProposedLink[], p: ProposedLink): ProposedLink[] {
  const at = plan.findIndex((q) => q.from === p.from && q.to === p.to);
  if (at < 0) return [...plan, { ...p, supportTypes: sortTypes(p.supportTypes) }];
  const old = plan[at]!;
  const merged: ProposedLink = {
    ...old,
    supportTypes: sortTypes([...new Set([...old.supportTypes, ...p.supportTypes])]),
    reasons: [...new Set([...old.reasons, ...p.reasons])],
  };
  return plan.map((q, i) => (i === at ? merged : q));
}

/**
 * The proposals as links: active, arranged by the mentor lead (`origin` stays `mentor_brokered`,
 * which is what happened even when the ECT agreed), visible to the mentor lead, with the ECT's
 * answer as `agreement_in_place` where they have given one.
 */
export function proposalLinks(plan: readonly ProposedLink[], taken: ReadonlySet<string> = new Set()): SupportLink[] {
  let n = 0;
  const nextId = (): LinkId => {
    let id: string;
    do id = `plan-${++n}`;
    while (taken.has(id));
    return linkIdOf(id);
  };
  return plan.map((p): SupportLink => ({
    link_id: nextId(),
    from_id: p.from,
    to_id: p.to,
    support_types: sortTypes(p.supportTypes),
    origin: "mentor_brokered",
    status: "active",
    visibility: "mentor_lead",
    ...(p.agreement !== undefined ? { agreement_in_place: p.agreement === "agrees" } : {}),
  }));
}

/**
 * A copy of the network with the plan's links added; proposals that cannot apply, and those the
 * ECT would rather not have, are left out (they stay in the plan, as the ECT's answer).
 */
export function withProposals(net: SupportNetwork, plan: readonly ProposedLink[]): SupportNetwork {
  const usable = plan.filter((p) => p.agreement !== "rather_not" && proposalProblem(net, p) === undefined);
  // The network's links stay as they are (a copy of its store), the plan's are added to the copy.
  const store = net.linkStore.copy();
  for (const link of proposalLinks(usable, new Set<string>(net.linkIds)))
    store.pushLink(link, net.indexOf.get(link.from_id) ?? -1, net.indexOf.get(link.to_id) ?? -1);
  return buildNetwork(net.people, store);
}

/** Sets the ECT's answer on the proposal from `from` to `to` (undefined: not asked yet). */
export function setAgreement(
  plan: readonly ProposedLink[],
  from: PersonId,
  to: PersonId,
  agreement: ProposalAgreement | undefined,
): ProposedLink[] {
  return plan.map((q) => (q.from === from && q.to === to ? { ...q, agreement } : q));
}

const SOURCES: ReadonlySet<unknown> = new Set<ProposalSource>(["optimiser", "suggestion", "by_hand"]);
const isSource = (x: unknown): x is ProposalSource => SOURCES.has(x);
const isAgreement = (x: unknown): x is ProposalAgreement => x === "agrees" || x === "rather_not";

/** A stored proposal's fields by name (a plain object), or undefined. */
function fieldsOf(v: unknown): Map<string, unknown> | undefined {
  if (!v || typeof v !== "object" || Array.isArray(v)) return undefined;
  const entries: [string, unknown][] = Object.entries(v);
  return new Map(entries);
}

/** A plan read back from storage or a file: anything that is not a well-formed proposal is left out. */
export function readStoredPlan(value: unknown): ProposedLink[] {
  if (!Array.isArray(value)) return [];
  const out: ProposedLink[] = [];
  const items: unknown[] = value;
  for (const v of items) {
    const p = fieldsOf(v);
    if (!p) continue;
    const [from, to, supportTypes, headline, reasons, source, agreement] = [
      p.get("from"),
      p.get("to"),
      p.get("supportTypes"),
      p.get("headline"),
      p.get("reasons"),
      p.get("source"),
      p.get("agreement"),
    ];
    const types = Array.isArray(supportTypes) ? supportTypes.filter((t): t is string => typeof t === "string") : [];
    if (typeof from !== "string" || typeof to !== "string" || !types.every(isSupportType) || types.length === 0)
      continue;
    out.push({
      from: personIdOf(from),
      to: personIdOf(to),
      supportTypes: sortTypes(types),
      ...(typeof headline === "string" ? { headline } : {}),
      reasons: Array.isArray(reasons) ? reasons.filter((r): r is string => typeof r === "string") : [],
      source: isSource(source) ? source : "by_hand",
      // Plans saved before answers were kept (project version 2) have none: not asked yet.
      ...(isAgreement(agreement) ? { agreement } : {}),
    });
  }
  return out;
}
