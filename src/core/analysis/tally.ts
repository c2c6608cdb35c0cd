/**
 * The network-level counts (shares of ECT support links that are hierarchical or assigned, load
 * per giver, ECT-to-ECT and cross-boundary links, mentors with support of their own), kept as a
 * state that one link can be added to or taken from, so a what-if subtracts the removed people's
 * links instead of recounting all of them. Load is kept as a histogram (links per giver → how many
 * givers), so the top givers' share is read without sorting every giver.
 */
import { ORIGIN_CODE, ROLE_CODE } from "../model/network.ts";
import type { AnalysisContext } from "./context.ts";
import { inLineChain } from "./context.ts";
import type { NetworkTallies } from "./networkRules.ts";
import { hasOwnSupport } from "./supporterBasics.ts";

export interface TallyState {
  readonly counts: {
    supportLinks: number;
    hierarchical: number;
    withOrigin: number;
    assigned: number;
    ectToEct: number;
    outsideLinks: number;
    /** Live links whose crossing is known: from a group or an external person, or both schools recorded. */
    linksWithSchools: number;
    liveLinks: number;
    /** People with at least one ECT support link. */
    givers: number;
    /** People with a live ect_mentor or subject_mentor link. */
    mentors: number;
    /** Of those, people with support of their own (set by tallyState, adjusted by a what-if). */
    mentorsWithSupport: number;
  };
  /** ECT support links per giver. */
  readonly perGiver: Int32Array;
  /** ECT support links per giver → number of givers with that many (zero not kept). */
  readonly loadHistogram: Map<number, number>;
  /** Live ect_mentor or subject_mentor links per giver. */
  readonly mentorLinks: Int32Array;
  /** Per group: live links to each ECT. */
  readonly groupEcts: Map<number, Map<number, number>>;
}

const ASSIGNED = ORIGIN_CODE.school_assigned!;
const ECT_MENTOR = ROLE_CODE.ect_mentor!;
const SUBJECT_MENTOR = ROLE_CODE.subject_mentor!;

function bump(h: Map<number, number>, key: number, by: number): void {
  if (key === 0) return;
  const now = (h.get(key) ?? 0) + by;
  if (now === 0) h.delete(key);
  else h.set(key, now);
}

/** Adds (sign 1) or removes (sign -1) one live link's part in every count. */
export function countLink(ctx: AnalysisContext, s: TallyState, l: number, sign: 1 | -1): void {
  const { net, countedMask, settings } = ctx;
  const c = s.counts;
  const f = net.from[l]!;
  // Support from someone named only by role or as family is that ECT's alone: not a tie of the network.
  if (net.isUnnamed[f]) return;
  const t = net.to[l]!;
  c.liveLinks += sign;
  const role = net.linkRole[l]!;
  if (role === ECT_MENTOR || role === SUBJECT_MENTOR) {
    const before = s.mentorLinks[f]!;
    s.mentorLinks[f] = before + sign;
    if (before === 0) c.mentors++;
    else if (before + sign === 0) c.mentors--;
  }
  const sf = net.school[f]!;
  const st = net.school[t]!;
  // A school left blank says nothing about crossing: such a link is neither inside nor outside, and
  // CLOSED_NETWORK needs every live link known (a survey names supporters without their schools).
  const known = net.isGroup[f] || net.isExternal[f] || (sf >= 0 && st >= 0);
  if (known) c.linksWithSchools += sign;
  if (known && (net.isGroup[f] || net.isExternal[f] || sf !== st)) c.outsideLinks += sign;
  if (!net.isEct[t]) return;
  if (net.isEct[f]) c.ectToEct += sign;
  if (net.isGroup[f]) {
    const m = s.groupEcts.get(f) ?? new Map<number, number>();
    const now = (m.get(t) ?? 0) + sign;
    if (now > 0) m.set(t, now);
    else m.delete(t);
    s.groupEcts.set(f, m);
  }
  if ((net.typeMask[l]! & countedMask) === 0 || (!settings.count_groups_as_supporters && net.isGroup[f])) return;
  c.supportLinks += sign;
  const before = s.perGiver[f]!;
  s.perGiver[f] = before + sign;
  bump(s.loadHistogram, before, -1);
  bump(s.loadHistogram, before + sign, 1);
  if (before === 0) c.givers++;
  else if (before + sign === 0) c.givers--;
  if (net.isSenior[f] || inLineChain(net, f, t)) c.hierarchical += sign;
  const origin = net.linkOrigin[l]!;
  if (origin !== 0) {
    c.withOrigin += sign;
    if (origin === ASSIGNED) c.assigned += sign;
  }
}

export function tallyState(ctx: AnalysisContext): TallyState {
  const n = ctx.net.people.length;
  const s: TallyState = {
    counts: {
      supportLinks: 0,
      hierarchical: 0,
      withOrigin: 0,
      assigned: 0,
      ectToEct: 0,
      outsideLinks: 0,
      linksWithSchools: 0,
      liveLinks: 0,
      givers: 0,
      mentors: 0,
      mentorsWithSupport: 0,
    },
    perGiver: new Int32Array(n),
    loadHistogram: new Map(),
    mentorLinks: new Int32Array(n),
    groupEcts: new Map(),
  };
  for (let l = 0; l < ctx.net.linkCount; l++) if (ctx.live[l]) countLink(ctx, s, l, 1);
  for (let p = 0; p < n; p++) if (s.mentorLinks[p]! > 0 && hasOwnSupport(ctx, p)) s.counts.mentorsWithSupport++;
  return s;
}

export function talliesOf(s: TallyState): NetworkTallies {
  let groupsWithTwoEcts = 0;
  for (const m of s.groupEcts.values()) if (m.size >= 2) groupsWithTwoEcts++;
  return { ...s.counts, loadHistogram: s.loadHistogram, groupsWithTwoEcts };
}

/** The counts over every live link, from scratch. */
export function tally(ctx: AnalysisContext): NetworkTallies {
  return talliesOf(tallyState(ctx));
}
