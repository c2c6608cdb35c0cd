/**
 * Per-person figures every later rule needs (docs/domain.md section 4, "Per supporter"): minutes
 * given, distinct ECTs supported, OVER_CAPACITY, and what the supporter rules read (mentees,
 * dual roles, support of their own), from one pass over each person's live links.
 */
import { SUPPORT_TYPES } from "../model/supportTypes.ts";
import type { Person } from "../model/types.ts";
import type { AnalysisContext } from "./context.ts";
import { isExcluded, isLive } from "./context.ts";
import {
  giverOf,
  isEctMentorLink,
  isFormalRole,
  isMentoringLink,
  minutesOf,
  NO_MINUTES,
  receiverOf,
  typeBitsOf,
} from "./facts/links.ts";
import { isEctAt, isGroupAt, personAt } from "./facts/people.ts";

/** One person's figures (what SupporterBasics holds for everyone, in columns). */
export interface Figures {
  /** Sum of minutes_per_month over live outgoing links (blank counts as 0). */
  load: number;
  /** Live outgoing links with no minutes recorded ("time not recorded" in the load view). */
  minutesUnknown: number;
  /** Distinct ECTs this person has a live outgoing link to. */
  ectCount: number;
  liveOut: number;
  /** 1 when OVER_CAPACITY, else 0. */
  overCapacity: number;
  /** Distinct ECTs with a live ect_mentor link from this person. */
  ectMentees: number;
  /** Distinct ECTs given psychosocial support over a powerful link. */
  dualRoleEcts: number;
  /** Bits: 1 gives a live formal role, 2 gives ect or subject mentoring, 4 has support of their own. */
  roles: number;
}

/**
 * Everyone's Figures, one column each. Read them through the functions below (loadOf, ...): a
 * what-if's basics share these columns and hold the few people it recomputed in `changed`.
 */
export interface SupporterBasics {
  readonly load: Float64Array;
  readonly minutesUnknown: Int32Array;
  readonly ectCount: Int32Array;
  readonly liveOut: Int32Array;
  readonly overCapacity: Uint8Array;
  readonly ectMentees: Int32Array;
  readonly dualRoleEcts: Int32Array;
  readonly roles: Uint8Array;
  /** A what-if's recomputed people, read before the columns; NO_CHANGES for the analysis itself. */
  readonly changed: ReadonlyMap<number, Readonly<Figures>>;
}

/** The analysis itself: nobody recomputed. Never written; readers skip their lookup when they see it. */
export const NO_CHANGES: ReadonlyMap<number, Readonly<Figures>> = new Map();

type Changed = Pick<SupporterBasics, "changed">;
const changedOf = (b: Changed, p: number): Readonly<Figures> | undefined =>
  b.changed === NO_CHANGES ? undefined : b.changed.get(p);

export const loadOf = (b: Pick<SupporterBasics, "load" | "changed">, p: number): number =>
  changedOf(b, p)?.load ?? b.load[p]!;
export const minutesUnknownOf = (b: Pick<SupporterBasics, "minutesUnknown" | "changed">, p: number): number =>
  changedOf(b, p)?.minutesUnknown ?? b.minutesUnknown[p]!;
export const ectCountOf = (b: Pick<SupporterBasics, "ectCount" | "changed">, p: number): number =>
  changedOf(b, p)?.ectCount ?? b.ectCount[p]!;
export const liveOutOf = (b: SupporterBasics, p: number): number => changedOf(b, p)?.liveOut ?? b.liveOut[p]!;
export const isOverCapacity = (b: SupporterBasics, p: number): boolean =>
  (changedOf(b, p)?.overCapacity ?? b.overCapacity[p]) === 1;
export const ectMenteesOf = (b: SupporterBasics, p: number): number => changedOf(b, p)?.ectMentees ?? b.ectMentees[p]!;
export const dualRoleEctsOf = (b: SupporterBasics, p: number): number =>
  changedOf(b, p)?.dualRoleEcts ?? b.dualRoleEcts[p]!;
export const rolesOf = (b: SupporterBasics, p: number): number => changedOf(b, p)?.roles ?? b.roles[p]!;

/**
 * Every SupporterBasics is made here, field by field in one order, with `changed` always a map: an
 * analysis's basics and a what-if's then share one hidden class, so the readers above stay
 * optimised for both (a spread copy, or a field that was undefined, deoptimised them).
 */
function basicsOf(
  c: Omit<SupporterBasics, "changed">,
  changed: ReadonlyMap<number, Readonly<Figures>>,
): SupporterBasics {
  return new Basics(c, changed);
}

class Basics implements SupporterBasics {
  readonly load: Float64Array;
  readonly minutesUnknown: Int32Array;
  readonly ectCount: Int32Array;
  readonly liveOut: Int32Array;
  readonly overCapacity: Uint8Array;
  readonly ectMentees: Int32Array;
  readonly dualRoleEcts: Int32Array;
  readonly roles: Uint8Array;
  readonly changed: ReadonlyMap<number, Readonly<Figures>>;
  constructor(c: Omit<SupporterBasics, "changed">, changed: ReadonlyMap<number, Readonly<Figures>>) {
    this.load = c.load;
    this.minutesUnknown = c.minutesUnknown;
    this.ectCount = c.ectCount;
    this.liveOut = c.liveOut;
    this.overCapacity = c.overCapacity;
    this.ectMentees = c.ectMentees;
    this.dualRoleEcts = c.dualRoleEcts;
    this.roles = c.roles;
    this.changed = changed;
  }
}

export const GIVES_FORMAL_ROLE = 1;
export const GIVES_MENTORING = 2;
/** See hasOwnSupport. */
export const HAS_OWN_SUPPORT = 4;

/** A person (not a group) with a capacity recorded, in ECTs or in minutes: OVER_CAPACITY can be raised for them. */
export function hasCapacityRecorded(person: Person): boolean {
  return person.kind !== "group" && (person.capacity !== undefined || person.capacity_minutes_per_month !== undefined);
}

/** A live incoming link from a group or a non-ECT person; contributions from ECTs do not count. */
export function hasOwnSupport(ctx: AnalysisContext, p: number): boolean {
  const { net } = ctx;
  for (let k = net.inStart[p]!; k < net.inStart[p + 1]!; k++) {
    const l = net.inLinks[k]!;
    if (isLive(ctx, l) && givesOwnSupport(net, giverOf(net, l))) return true;
  }
  return false;
}

/** Support from p counts as the receiver's own: p is a group or not an ECT. */
const givesOwnSupport = (net: AnalysisContext["net"], p: number): boolean => isGroupAt(net, p) || !isEctAt(net, p);

const PSY = SUPPORT_TYPES.psychosocial.bit;

/** Figures of `n` people, all zero. */
export function emptyBasics(n: number): SupporterBasics {
  const columns = {
    load: new Float64Array(n),
    minutesUnknown: new Int32Array(n),
    ectCount: new Int32Array(n),
    liveOut: new Int32Array(n),
    overCapacity: new Uint8Array(n),
    ectMentees: new Int32Array(n),
    dualRoleEcts: new Int32Array(n),
    roles: new Uint8Array(n),
  };
  return basicsOf(columns, NO_CHANGES);
}

export function computeSupporterBasics(ctx: AnalysisContext): SupporterBasics {
  const n = ctx.net.people.length;
  const out = emptyBasics(n);
  const stamp = new Int32Array(n * 3).fill(-1);
  const ownSupport = ownSupportOfAll(ctx);
  const f = noFigures();
  for (let p = 0; p < n; p++) {
    measure(ctx, p, stamp, ownSupport[p] === 1, f);
    out.load[p] = f.load;
    out.minutesUnknown[p] = f.minutesUnknown;
    out.ectCount[p] = f.ectCount;
    out.liveOut[p] = f.liveOut;
    out.overCapacity[p] = f.overCapacity;
    out.ectMentees[p] = f.ectMentees;
    out.dualRoleEcts[p] = f.dualRoleEcts;
    out.roles[p] = f.roles;
  }
  return out;
}

/**
 * hasOwnSupport for everyone at once, in one pass over the links in file order: asking it person
 * by person walks every incoming link list, each link a cache miss.
 */
function ownSupportOfAll(ctx: AnalysisContext): Uint8Array {
  const { net } = ctx;
  const own = new Uint8Array(net.people.length);
  for (let l = 0; l < net.linkCount; l++) {
    if (!isLive(ctx, l)) continue;
    if (givesOwnSupport(net, giverOf(net, l))) own[receiverOf(net, l)] = 1;
  }
  return own;
}

const noFigures = (): Figures => ({
  load: 0,
  minutesUnknown: 0,
  ectCount: 0,
  liveOut: 0,
  overCapacity: 0,
  ectMentees: 0,
  dualRoleEcts: 0,
  roles: 0,
});

const stamps = new WeakMap<AnalysisContext["net"], Int32Array>();

/**
 * `base`'s figures seen through a what-if (`ctx` carries its overlay): `people` recomputed, held
 * apart in `changed`, everyone else read from base's columns, which are never written. Copying
 * eight columns of every person would cost more than the whole what-if.
 */
export function basicsWith(ctx: AnalysisContext, base: SupporterBasics, people: readonly number[]): SupporterBasics {
  let stamp = stamps.get(ctx.net);
  if (!stamp) stamps.set(ctx.net, (stamp = new Int32Array(ctx.net.people.length * 3).fill(-1)));
  const changed = new Map<number, Figures>();
  for (const p of people) {
    const f = noFigures();
    measure(ctx, p, stamp, hasOwnSupport(ctx, p), f);
    changed.set(p, f);
  }
  // measure leaves a stamp on every ECT it counted; clear them so the next what-if starts clean.
  for (const p of people)
    for (let k = ctx.net.outStart[p]!; k < ctx.net.outStart[p + 1]!; k++) {
      const t = 3 * receiverOf(ctx.net, ctx.net.outLinks[k]!);
      if (t >= 0) stamp[t] = stamp[t + 1] = stamp[t + 2] = -1;
    }
  return basicsOf(base, changed);
}

/**
 * Person p's figures into `out`. `stamp` holds, per ECT, the last giver counted for it in three slots (any link, mentoring,
 * dual role), so each ECT counts once per giver without a set per person.
 */
function measure(ctx: AnalysisContext, p: number, stamp: Int32Array, ownSupport: boolean, out: Figures): void {
  const { net, powerful } = ctx;
  let load = 0;
  let unknown = 0;
  let liveOut = 0;
  let ects = 0;
  let mentees = 0;
  let dual = 0;
  let roles = 0;
  for (let k = net.outStart[p]!; k < net.outStart[p + 1]!; k++) {
    const l = net.outLinks[k]!;
    if (!isLive(ctx, l)) continue;
    liveOut++;
    const minutes = minutesOf(net, l);
    if (minutes === NO_MINUTES) unknown++;
    else load += minutes;
    if (isFormalRole(net, l)) roles |= GIVES_FORMAL_ROLE;
    if (isMentoringLink(net, l)) roles |= GIVES_MENTORING;
    const t = receiverOf(net, l);
    if (!isEctAt(net, t)) continue;
    const s = 3 * t;
    if (stamp[s] !== p) {
      stamp[s] = p;
      ects++;
    }
    if (isEctMentorLink(net, l) && stamp[s + 1] !== p) {
      stamp[s + 1] = p;
      mentees++;
    }
    if (powerful[l] === 1 && (typeBitsOf(net, l) & PSY) !== 0 && stamp[s + 2] !== p) {
      stamp[s + 2] = p;
      dual++;
    }
  }
  if (ownSupport) roles |= HAS_OWN_SUPPORT;
  out.load = load;
  out.minutesUnknown = unknown;
  out.liveOut = liveOut;
  out.ectCount = ects;
  out.ectMentees = mentees;
  out.dualRoleEcts = dual;
  out.roles = roles;
  const person = personAt(net, p);
  out.overCapacity =
    person.kind !== "group" &&
    !isExcluded(ctx, p) &&
    ((person.capacity !== undefined && ects > person.capacity) ||
      (person.capacity_minutes_per_month !== undefined && load > person.capacity_minutes_per_month))
      ? 1
      : 0;
}
