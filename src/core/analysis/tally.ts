/**
 * The network-level counts (shares of ECT support links that are hierarchical or assigned, load
 * per giver, ECT-to-ECT and cross-boundary links, mentors with support of their own), kept as a
 * state that one link can be added to or taken from, so a what-if subtracts the removed people's
 * links instead of recounting all of them. Load is kept as a histogram (links per giver → how many
 * givers), so the top givers' share is read without sorting every giver.
 */
import type { AnalysisContext } from "./context.ts";
import { isLive } from "./context.ts";
import { giverOf, hasOrigin, isMentoringLink, isSchoolAssigned, receiverOf, typeBitsOf } from "./facts/links.ts";
import { isEctAt, isExternalAt, isGroupAt, isUnnamedAt, schoolOf } from "./facts/people.ts";
import { isSeniorOrManages } from "./facts/power.ts";
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
  /** A what-if's changes over a base state (see overlayTally); NO_TALLY_CHANGES for the analysis itself. */
  readonly changed: TallyChanges;
}

type Counts = TallyState["counts"];

/**
 * What a what-if changed of its base's per-person and per-group counts: read before the base's,
 * and the only ones written, so the base stays as it was without copying its arrays.
 */
interface TallyChanges {
  readonly perGiver: Map<number, number>;
  readonly mentorLinks: Map<number, number>;
  readonly groupEcts: Map<number, Map<number, number>>;
}

/**
 * The analysis itself: no what-if. Its maps are never written (every writer below asks whether a
 * state is a what-if first); the field is an object for every state so all share one hidden class.
 */
const NO_TALLY_CHANGES: TallyChanges = { perGiver: new Map(), mentorLinks: new Map(), groupEcts: new Map() };

const isOverlay = (s: TallyState): boolean => s.changed !== NO_TALLY_CHANGES;

/** ECT support links given by p. */
export const perGiverOf = (s: TallyState, p: number): number =>
  (isOverlay(s) ? s.changed.perGiver.get(p) : undefined) ?? s.perGiver[p]!;

/** Live ect_mentor or subject_mentor links given by p. */
export const mentorLinksOf = (s: TallyState, p: number): number =>
  (isOverlay(s) ? s.changed.mentorLinks.get(p) : undefined) ?? s.mentorLinks[p]!;

function setPerGiver(s: TallyState, p: number, v: number): void {
  if (isOverlay(s)) s.changed.perGiver.set(p, v);
  else s.perGiver[p] = v;
}

function setMentorLinks(s: TallyState, p: number, v: number): void {
  if (isOverlay(s)) s.changed.mentorLinks.set(p, v);
  else s.mentorLinks[p] = v;
}

/** Group g's live links per ECT, to be written: in a what-if, a copy made on the first write. */
function groupEctsToWrite(s: TallyState, g: number): Map<number, number> {
  const base = s.groupEcts.get(g);
  if (!isOverlay(s)) {
    if (base) return base;
    const m = new Map<number, number>();
    s.groupEcts.set(g, m);
    return m;
  }
  const own = s.changed.groupEcts.get(g);
  if (own) return own;
  const m = new Map(base);
  s.changed.groupEcts.set(g, m);
  return m;
}

/** Every state is made here, field by field in one order (one hidden class; see NO_TALLY_CHANGES). */
function stateOf(
  counts: Counts,
  perGiver: Int32Array,
  loadHistogram: Map<number, number>,
  mentorLinks: Int32Array,
  groupEcts: Map<number, Map<number, number>>,
  changed: TallyChanges,
): TallyState {
  return new State(counts, perGiver, loadHistogram, mentorLinks, groupEcts, changed);
}

class State implements TallyState {
  constructor(
    readonly counts: Counts,
    readonly perGiver: Int32Array,
    readonly loadHistogram: Map<number, number>,
    readonly mentorLinks: Int32Array,
    readonly groupEcts: Map<number, Map<number, number>>,
    readonly changed: TallyChanges,
  ) {}
}

/** A copy of `c`, field by field, so a what-if's counts have the analysis's hidden class (a spread may not). */
const countsFrom = (c: Readonly<Counts>): Counts => ({
  supportLinks: c.supportLinks,
  hierarchical: c.hierarchical,
  withOrigin: c.withOrigin,
  assigned: c.assigned,
  ectToEct: c.ectToEct,
  outsideLinks: c.outsideLinks,
  linksWithSchools: c.linksWithSchools,
  liveLinks: c.liveLinks,
  givers: c.givers,
  mentors: c.mentors,
  mentorsWithSupport: c.mentorsWithSupport,
});

/**
 * A state to take a what-if's links from, over `base`, which is never written: the counts and the
 * load histogram are copied (a dozen numbers, a few dozen entries), per-person and per-group
 * counts are read through and written apart.
 */
export function overlayTally(base: TallyState): TallyState {
  return stateOf(
    countsFrom(base.counts),
    base.perGiver,
    new Map(base.loadHistogram),
    base.mentorLinks,
    base.groupEcts,
    {
      perGiver: new Map(),
      mentorLinks: new Map(),
      groupEcts: new Map(),
    },
  );
}

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
  const f = giverOf(net, l);
  // Support from someone named only by role or as family is that ECT's alone: not a tie of the network.
  if (isUnnamedAt(net, f)) return;
  const t = receiverOf(net, l);
  c.liveLinks += sign;
  if (isMentoringLink(net, l)) {
    const before = mentorLinksOf(s, f);
    setMentorLinks(s, f, before + sign);
    if (before === 0) c.mentors++;
    else if (before + sign === 0) c.mentors--;
  }
  const sf = schoolOf(net, f);
  const st = schoolOf(net, t);
  const fromOutside = isGroupAt(net, f) || isExternalAt(net, f);
  // A school left blank says nothing about crossing: such a link is neither inside nor outside, and
  // CLOSED_NETWORK needs every live link known (a survey names supporters without their schools).
  const known = fromOutside || (sf >= 0 && st >= 0);
  if (known) c.linksWithSchools += sign;
  if (known && (fromOutside || sf !== st)) c.outsideLinks += sign;
  if (!isEctAt(net, t)) return;
  if (isEctAt(net, f)) c.ectToEct += sign;
  if (isGroupAt(net, f)) {
    const m = groupEctsToWrite(s, f);
    const now = (m.get(t) ?? 0) + sign;
    if (now > 0) m.set(t, now);
    else m.delete(t);
  }
  if ((typeBitsOf(net, l) & countedMask) === 0 || (!settings.count_groups_as_supporters && isGroupAt(net, f))) return;
  c.supportLinks += sign;
  const before = perGiverOf(s, f);
  setPerGiver(s, f, before + sign);
  bump(s.loadHistogram, before, -1);
  bump(s.loadHistogram, before + sign, 1);
  if (before === 0) c.givers++;
  else if (before + sign === 0) c.givers--;
  if (isSeniorOrManages(net, f, t)) c.hierarchical += sign;
  if (hasOrigin(net, l)) {
    c.withOrigin += sign;
    if (isSchoolAssigned(net, l)) c.assigned += sign;
  }
}

export function tallyState(ctx: AnalysisContext): TallyState {
  const n = ctx.net.people.length;
  const zero: Counts = {
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
  };
  const s = stateOf(countsFrom(zero), new Int32Array(n), new Map(), new Int32Array(n), new Map(), NO_TALLY_CHANGES);
  for (let l = 0; l < ctx.net.linkCount; l++) if (isLive(ctx, l)) countLink(ctx, s, l, 1);
  for (let p = 0; p < n; p++) if (mentorLinksOf(s, p) > 0 && hasOwnSupport(ctx, p)) s.counts.mentorsWithSupport++;
  return s;
}

export function talliesOf(s: TallyState): NetworkTallies {
  let groupsWithTwoEcts = 0;
  const changed = s.changed.groupEcts;
  for (const [g, m] of s.groupEcts) if ((changed.get(g) ?? m).size >= 2) groupsWithTwoEcts++;
  // A group a what-if has written but its base never had (none yet: a what-if only takes links out).
  for (const [g, m] of changed) if (!s.groupEcts.has(g) && m.size >= 2) groupsWithTwoEcts++;
  return { ...s.counts, loadHistogram: s.loadHistogram, groupsWithTwoEcts };
}

/** The counts over every live link, from scratch. */
export function tally(ctx: AnalysisContext): NetworkTallies {
  return talliesOf(tallyState(ctx));
}
