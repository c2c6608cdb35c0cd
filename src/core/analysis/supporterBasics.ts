/**
 * Per-person figures every later rule needs (docs/domain.md section 4, "Per supporter"): minutes
 * given, distinct ECTs supported, OVER_CAPACITY, and what the supporter rules read (mentees,
 * dual roles, support of their own), from one pass over each person's live links.
 */
import { FORMAL_ROLES } from "../model/enums.ts";
import { NO_MINUTES, ROLE_CODE } from "../model/network.ts";
import { SUPPORT_TYPES } from "../model/supportTypes.ts";
import type { Person } from "../model/types.ts";
import type { AnalysisContext } from "./context.ts";

export interface SupporterBasics {
  /** Sum of minutes_per_month over live outgoing links (blank counts as 0). */
  readonly load: Float64Array;
  /** Live outgoing links with no minutes recorded ("time not recorded" in the load view). */
  readonly minutesUnknown: Int32Array;
  /** Distinct ECTs this person has a live outgoing link to. */
  readonly ectCount: Int32Array;
  readonly liveOut: Int32Array;
  readonly overCapacity: Uint8Array;
  /** Distinct ECTs with a live ect_mentor link from this person. */
  readonly ectMentees: Int32Array;
  /** Distinct ECTs given psychosocial support over a powerful link. */
  readonly dualRoleEcts: Int32Array;
  /** Bits: 1 gives a live formal role, 2 gives ect or subject mentoring, 4 has support of their own. */
  readonly roles: Uint8Array;
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
  const { net, live } = ctx;
  for (let k = net.inStart[p]!; k < net.inStart[p + 1]!; k++) {
    const l = net.inLinks[k]!;
    if (live[l] && (net.isGroup[net.from[l]!] || !net.isEct[net.from[l]!])) return true;
  }
  return false;
}

const ECT_MENTOR = ROLE_CODE.ect_mentor!;
const SUBJECT_MENTOR = ROLE_CODE.subject_mentor!;
const PSY = SUPPORT_TYPES.psychosocial.bit;

/** Figures of `n` people, all zero. */
export function emptyBasics(n: number): SupporterBasics {
  return {
    load: new Float64Array(n),
    minutesUnknown: new Int32Array(n),
    ectCount: new Int32Array(n),
    liveOut: new Int32Array(n),
    overCapacity: new Uint8Array(n),
    ectMentees: new Int32Array(n),
    dualRoleEcts: new Int32Array(n),
    roles: new Uint8Array(n),
  };
}

export function computeSupporterBasics(ctx: AnalysisContext): SupporterBasics {
  const n = ctx.net.people.length;
  const out = emptyBasics(n);
  const stamp = new Int32Array(n * 3).fill(-1);
  const ownSupport = ownSupportOfAll(ctx);
  for (let p = 0; p < n; p++) fill(ctx, out, p, stamp, ownSupport[p] === 1);
  return out;
}

/**
 * hasOwnSupport for everyone at once, in one pass over the links in file order: asking it person
 * by person walks every incoming link list, each link a cache miss.
 */
function ownSupportOfAll(ctx: AnalysisContext): Uint8Array {
  const { net, live } = ctx;
  const own = new Uint8Array(net.people.length);
  for (let l = 0; l < net.linkCount; l++) {
    if (!live[l]) continue;
    const f = net.from[l]!;
    if (net.isGroup[f] || !net.isEct[f]) own[net.to[l]!] = 1;
  }
  return own;
}

/** One person's figures as they were, to put back after a what-if. */
interface Saved {
  readonly p: number;
  readonly values: readonly number[];
}

const FIELDS = [
  "load",
  "minutesUnknown",
  "ectCount",
  "liveOut",
  "overCapacity",
  "ectMentees",
  "dualRoleEcts",
  "roles",
] as const satisfies readonly (keyof SupporterBasics)[];

const stamps = new WeakMap<AnalysisContext["net"], Int32Array>();

/**
 * The same figures recomputed in place for some people only (a what-if, whose links were taken
 * out of `ctx.live`), returning what they were so `restoreBasics` can put them back. In place,
 * because copying eight arrays of every person cost more than the whole what-if.
 */
export function recomputeBasics(ctx: AnalysisContext, basics: SupporterBasics, people: readonly number[]): Saved[] {
  const saved = people.map((p) => ({ p, values: FIELDS.map((f) => basics[f][p]!) }));
  let stamp = stamps.get(ctx.net);
  if (!stamp) stamps.set(ctx.net, (stamp = new Int32Array(ctx.net.people.length * 3).fill(-1)));
  for (const p of people) fill(ctx, basics, p, stamp, hasOwnSupport(ctx, p));
  // fill leaves a stamp on every ECT it counted; clear them so the next what-if starts clean.
  for (const p of people)
    for (let k = ctx.net.outStart[p]!; k < ctx.net.outStart[p + 1]!; k++) {
      const t = 3 * ctx.net.to[ctx.net.outLinks[k]!]!;
      if (t >= 0) stamp[t] = stamp[t + 1] = stamp[t + 2] = -1;
    }
  return saved;
}

export function restoreBasics(basics: SupporterBasics, saved: readonly Saved[]): void {
  for (const { p, values } of saved) FIELDS.forEach((f, i) => (basics[f][p] = values[i]!));
}

/** What person p's OVER_CAPACITY was before `recomputeBasics`. */
export function savedOverCapacity(saved: readonly Saved[]): Map<number, number> {
  const at = FIELDS.indexOf("overCapacity");
  return new Map(saved.map((s) => [s.p, s.values[at]!]));
}

/**
 * `stamp` holds, per ECT, the last giver counted for it in three slots (any link, mentoring,
 * dual role), so each ECT counts once per giver without a set per person.
 */
function fill(ctx: AnalysisContext, out: SupporterBasics, p: number, stamp: Int32Array, ownSupport: boolean): void {
  const { net, live, powerful } = ctx;
  let load = 0;
  let unknown = 0;
  let liveOut = 0;
  let ects = 0;
  let mentees = 0;
  let dual = 0;
  let roles = 0;
  for (let k = net.outStart[p]!; k < net.outStart[p + 1]!; k++) {
    const l = net.outLinks[k]!;
    if (!live[l]) continue;
    liveOut++;
    const minutes = net.linkMinutes[l]!;
    if (minutes === NO_MINUTES) unknown++;
    else load += minutes;
    const role = net.linkRole[l]!;
    if (role !== 0 && role <= FORMAL_ROLES.length) roles |= GIVES_FORMAL_ROLE;
    if (role === ECT_MENTOR || role === SUBJECT_MENTOR) roles |= GIVES_MENTORING;
    const t = net.to[l]!;
    if (!net.isEct[t]) continue;
    const s = 3 * t;
    if (stamp[s] !== p) {
      stamp[s] = p;
      ects++;
    }
    if (role === ECT_MENTOR && stamp[s + 1] !== p) {
      stamp[s + 1] = p;
      mentees++;
    }
    if (powerful[l] === 1 && (net.typeMask[l]! & PSY) !== 0 && stamp[s + 2] !== p) {
      stamp[s + 2] = p;
      dual++;
    }
  }
  if (ownSupport) roles |= HAS_OWN_SUPPORT;
  out.load[p] = load;
  out.minutesUnknown[p] = unknown;
  out.liveOut[p] = liveOut;
  out.ectCount[p] = ects;
  out.ectMentees[p] = mentees;
  out.dualRoleEcts[p] = dual;
  out.roles[p] = roles;
  const person = net.people[p]!;
  out.overCapacity[p] =
    person.kind !== "group" &&
    !ctx.excluded[p] &&
    ((person.capacity !== undefined && ects > person.capacity) ||
      (person.capacity_minutes_per_month !== undefined && load > person.capacity_minutes_per_month))
      ? 1
      : 0;
}
