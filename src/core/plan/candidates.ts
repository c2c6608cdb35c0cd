/**
 * Who could give an ECT one kind of support (domain.md 5.5), shared by the suggestions and the
 * planner so both apply exactly the same rules: a person with room to help (or capacity not
 * recorded) who already gives that type to someone, lists it among their strengths, or has time
 * and supports no one yet; never the ECT, never in their line chain, never someone who assesses
 * them, never someone who already gives them that type. Ranked by same school, then not already a
 * keystone, peer-like, similar career stage, strengths that name the type, already giving it.
 */
import type { SupportType } from "../model/supportTypes.ts";
import { ALL_TYPES, SUPPORT_TYPES } from "../model/supportTypes.ts";
import type { Person } from "../model/types.ts";
import { readSupportType } from "../import/vocabulary.ts";
import { compareText } from "../model/compareText.ts";
import { isPeerLike } from "../analysis/ectView.ts";
import type { PreparedAnalysis } from "../analysis/prepared.ts";
import { assessorsOf, holdsPower, OUTSIDE_POWER_REASON } from "./power.ts";

export interface CandidatePools {
  /** Per type: givers of a live link carrying it, with how many ECTs they give it to. */
  readonly givers: ReadonlyMap<SupportType, ReadonlyMap<number, number>>;
  /** Per type: everyone who may be asked (givers, strengths, untapped), each once. */
  readonly pool: ReadonlyMap<SupportType, readonly number[]>;
  /** Per type and interned school: the pool's members at that school. */
  readonly bySchool: ReadonlyMap<SupportType, ReadonlyMap<number, readonly number[]>>;
  readonly keystones: ReadonlySet<number>;
  /** Per type, made on first use: the pool beyond any one school, in `farOrder` order. */
  readonly far: Map<SupportType, readonly number[]>;
}

/** What an ECT already has: who gives them which types (live links), and who has assessed them (any link). */
export interface EctSide {
  readonly e: number;
  readonly ect: Person;
  readonly gives: ReadonlyMap<number, number>;
  readonly assesses: ReadonlySet<number>;
}

export interface Room {
  /** ECT places left, where capacity is recorded. */
  readonly places?: number;
  /** Minutes a month left, where recorded. */
  readonly minutes?: number;
}

export interface ScoredCandidate {
  readonly p: number;
  /** Ranking key, compared element by element, larger first. */
  readonly key: readonly number[];
  readonly room: Room;
  /** Why this person fits, in words with no names (the page may be showing codes). */
  readonly reasons: readonly string[];
}

const poolCache = new WeakMap<PreparedAnalysis, CandidatePools>();

export function candidatePools(prepared: PreparedAnalysis): CandidatePools {
  const cached = poolCache.get(prepared);
  if (cached) return cached;
  const { net, ctx } = prepared;
  const givers = new Map<SupportType, Map<number, number>>(ALL_TYPES.map((t) => [t, new Map()]));
  for (let l = 0; l < net.linkCount; l++) {
    if (!ctx.live[l]) continue;
    const f = net.from[l]!;
    const toEct = net.isEct[net.to[l]!] === 1 ? 1 : 0;
    for (const t of ALL_TYPES) {
      if ((net.typeMask[l]! & SUPPORT_TYPES[t].bit) === 0) continue;
      const m = givers.get(t)!;
      m.set(f, (m.get(f) ?? 0) + toEct);
    }
  }
  const strengths = new Map<SupportType, number[]>();
  net.people.forEach((p, i) => {
    for (const s of p.strengths ?? []) {
      const reading = readSupportType(s);
      if (reading.kind === "type") strengths.set(reading.type, [...(strengths.get(reading.type) ?? []), i]);
    }
  });
  const untapped = prepared.untapped.map((s) => s.index);
  const pool = new Map<SupportType, number[]>();
  const bySchool = new Map<SupportType, Map<number, number[]>>();
  for (const t of ALL_TYPES) {
    const members = [...new Set([...givers.get(t)!.keys(), ...(strengths.get(t) ?? []), ...untapped])];
    pool.set(t, members);
    const schools = new Map<number, number[]>();
    for (const p of members) {
      const s = net.school[p]!;
      if (s < 0) continue;
      const list = schools.get(s);
      if (list) list.push(p);
      else schools.set(s, [p]);
    }
    bySchool.set(t, schools);
  }
  const out: CandidatePools = {
    givers,
    pool,
    bySchool,
    keystones: new Set(prepared.keystones.map((k) => k.index)),
    far: new Map(),
  };
  poolCache.set(prepared, out);
  return out;
}

/**
 * The pool in the order the ranking would give it to an ECT of another school, as far as it can be
 * known without the ECT: people with room only, not a keystone first, then peer-like, strengths
 * naming the type, already giving it. Lets a search beyond the ECT's school stop early instead of
 * scoring 100,000 people for every need.
 */
function farOrder(prepared: PreparedAnalysis, pools: CandidatePools, type: SupportType): readonly number[] {
  const cached = pools.far.get(type);
  if (cached) return cached;
  const { net, ctx } = prepared;
  const givers = pools.givers.get(type)!;
  const keyed = pools.pool
    .get(type)!
    .filter(
      (p) => net.people[p]!.kind === "person" && !net.isUnnamed[p] && !ctx.excluded[p] && roomOf(prepared, p) !== false,
    )
    .map((p) => {
      const person = net.people[p]!;
      const peer =
        person.seniority !== "middle_leader" &&
        person.seniority !== "senior_leader" &&
        person.seniority !== "headteacher";
      const named = (person.strengths ?? []).some((s) => {
        const reading = readSupportType(s);
        return reading.kind === "type" && reading.type === type;
      });
      const key =
        (pools.keystones.has(p) ? 0 : 8) + (peer ? 4 : 0) + (named ? 2 : 0) + ((givers.get(p) ?? 0) > 0 ? 1 : 0);
      return { p, key };
    })
    .sort((a, b) => b.key - a.key || a.p - b.p)
    .map((x) => x.p);
  pools.far.set(type, keyed);
  return keyed;
}

export function ectSide(prepared: PreparedAnalysis, e: number): EctSide {
  const { net, ctx } = prepared;
  const gives = new Map<number, number>();
  for (let k = net.inStart[e]!; k < net.inStart[e + 1]!; k++) {
    const l = net.inLinks[k]!;
    if (!ctx.live[l]) continue;
    gives.set(net.from[l]!, (gives.get(net.from[l]!) ?? 0) | net.typeMask[l]!);
  }
  return { e, ect: net.people[e]!, gives, assesses: assessorsOf(net, e) };
}

/** Room left: places and minutes, where recorded; false when either has run out. */
export function roomOf(prepared: PreparedAnalysis, p: number): Room | false {
  const person = prepared.net.people[p]!;
  const { ectCount, load } = prepared.basics;
  const places = person.capacity === undefined ? undefined : person.capacity - ectCount[p]!;
  const minutes =
    person.capacity_minutes_per_month === undefined ? undefined : person.capacity_minutes_per_month - load[p]!;
  if ((places !== undefined && places <= 0) || (minutes !== undefined && minutes <= 0)) return false;
  return { ...(places !== undefined ? { places } : {}), ...(minutes !== undefined ? { minutes } : {}) };
}

const lower = (t: SupportType) => SUPPORT_TYPES[t].short;

/** The rules of domain.md 5.5 for one person, one ECT and one type; undefined when they may not be asked. */
export function scoreCandidate(
  prepared: PreparedAnalysis,
  pools: CandidatePools,
  side: EctSide,
  p: number,
  type: SupportType,
): ScoredCandidate | undefined {
  const { net, ctx } = prepared;
  const { e, ect } = side;
  const person = net.people[p]!;
  if (p === e || person.kind !== "person" || ctx.excluded[p]) return undefined;
  // An ECT whose own map is not filled in yet is not asked to support others: nothing is known of
  // their own support (and a link out would make their empty map count as "no one", not "no data").
  if (net.isEct[p] && prepared.ectAt(p)?.unmapped) return undefined;
  if (((side.gives.get(p) ?? 0) & SUPPORT_TYPES[type].bit) !== 0) return undefined;
  if (holdsPower(net, side, p)) return undefined;
  const room = roomOf(prepared, p);
  if (room === false) return undefined;
  const reasons: string[] = [];
  const givers = pools.givers.get(type)!;
  const othersGiven = givers.get(p) ?? 0;
  if (othersGiven > 0)
    reasons.push(`already helps ${othersGiven} other ECT${othersGiven === 1 ? "" : "s"} with ${lower(type)}`);
  else if (givers.has(p)) reasons.push(`already helps colleagues with ${lower(type)}`);
  const named = (person.strengths ?? []).filter((s) => {
    const reading = readSupportType(s);
    return reading.kind === "type" && reading.type === type;
  });
  if (named.length > 0) reasons.push(`lists ${named.join(", ")} among their strengths`);
  if (reasons.length === 0) reasons.push("has time and supports no one yet");
  if (room.places !== undefined) reasons.push(`${room.places} place${room.places === 1 ? "" : "s"} left`);
  if (room.minutes !== undefined) reasons.push(`${Math.round(room.minutes)} minutes a month free`);
  if (room.places === undefined && room.minutes === undefined) reasons.push("capacity not recorded");
  const sameSchool = person.school !== undefined && person.school === ect.school;
  if (sameSchool) reasons.push("same school");
  const peer = isPeerLike(ctx, p, e);
  if (peer) reasons.push("a peer rather than a manager");
  const similar =
    person.years_experience !== undefined &&
    ect.years_experience !== undefined &&
    Math.abs(person.years_experience - ect.years_experience) <= ctx.settings.similar_years;
  if (similar) reasons.push("at a similar career stage");
  const keystone = pools.keystones.has(p);
  if (keystone) reasons.push("already the only source for several ECTs");
  reasons.push(OUTSIDE_POWER_REASON);
  return {
    p,
    key: [
      sameSchool ? 1 : 0,
      keystone ? 0 : 1,
      peer ? 1 : 0,
      similar ? 1 : 0,
      named.length > 0 ? 1 : 0,
      othersGiven > 0 ? 1 : 0,
    ],
    room,
    reasons,
  };
}

export function compareCandidates(prepared: PreparedAnalysis): (a: ScoredCandidate, b: ScoredCandidate) => number {
  const people = prepared.net.people;
  return (a, b) => {
    for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return b.key[i]! - a.key[i]!;
    return compareText(people[a.p]!.name, people[b.p]!.name) || a.p - b.p;
  };
}

/**
 * The best `limit` candidates for one need. Same school ranks first, so when the ECT's own school
 * offers enough candidates nobody further away can reach the list: look there first, and beyond it
 * only when it falls short. Beyond the school, the first `4 × limit` who fit in `farOrder` are
 * ranked in full (so "similar career stage", which needs the ECT, still orders them).
 */
export function rankCandidates(
  prepared: PreparedAnalysis,
  side: EctSide,
  type: SupportType,
  limit: number,
): ScoredCandidate[] {
  const pools = candidatePools(prepared);
  const school = prepared.net.school[side.e]!;
  const scored: ScoredCandidate[] = [];
  const seen = new Set<number>();
  const consider = (p: number) => {
    if (seen.has(p)) return;
    seen.add(p);
    const s = scoreCandidate(prepared, pools, side, p, type);
    if (s) scored.push(s);
  };
  if (school >= 0) (pools.bySchool.get(type)!.get(school) ?? []).forEach(consider);
  if (scored.length < limit) {
    const enough = scored.length + 4 * limit;
    for (const p of farOrder(prepared, pools, type)) {
      if (scored.length >= enough) break;
      consider(p);
    }
  }
  return scored.sort(compareCandidates(prepared)).slice(0, limit);
}
