/**
 * Who could give an ECT one kind of support (docs/domain.md 5.5), shared by the suggestions and the
 * planner so both apply exactly the same rules. The pool is every named person (never a group,
 * never someone named only by role or as family) with room to help or capacity not recorded;
 * never the ECT, never anyone who holds power over them (power.ts: their line chain, or anyone who
 * has assessed them on any link), never someone who already gives them that type. Ranked by same
 * school, then peer-like, then similar career stage, then having strengths (those that name the
 * type first): exactly 5.5's order; then time (timeRank: untapped, then room left on a recorded
 * capacity, then capacity not recorded), then by name. Time is a tie-break, not a step before
 * peer-like: domain 5.5 puts peers first on purpose (a fellow ECT is real wellbeing support, and
 * the ECT-peer rules already cap what an ECT is asked for). Among people the domain ranks alike,
 * staff with free time (those UNTAPPED names) come before anyone whose time is not recorded.
 */
import type { SupportType } from "../model/supportTypes.ts";
import { ALL_TYPES, SUPPORT_TYPES, typeEntries } from "../model/supportTypes.ts";
import type { Person } from "../model/types.ts";
import { effectiveSeniority } from "../model/seniorityFromRole.ts";
import { readSupportType } from "../import/vocabulary.ts";
import { compareText } from "../model/compareText.ts";
import { isPeerLike } from "../analysis/ectView.ts";
import type { PreparedAnalysis } from "../analysis/prepared.ts";
import { liveOutOf } from "../analysis/supporterBasics.ts";
import { ECT_PEER_MAX_TYPES, ECT_PEER_TYPES, ectFreeToSupport, kindsIn } from "./ectPeer.ts";
import { assessorsOf, holdsPower, OUTSIDE_POWER_REASON } from "./power.ts";

export interface CandidatePools {
  /** Per type: givers of a live link carrying it, with how many distinct ECTs they give it to. */
  readonly givers: ReadonlyMap<SupportType, ReadonlyMap<number, number>>;
  /** Per interned school: everyone who may be asked there (named people, not groups). */
  readonly bySchool: ReadonlyMap<number, readonly number[]>;
  /** Everyone who may be asked, wherever they are. */
  readonly everyone: readonly number[];
  readonly keystones: ReadonlySet<number>;
  /** Per type, made on first use: everyone with room, in `farOrder` order. */
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
  /** Why this person fits in at most 12 words ("Same school · a peer · has time"). */
  readonly headline: string;
  /**
   * The headline without "capacity not recorded" (empty when nothing else is said), for a list
   * that says it once rather than on every row.
   */
  readonly fit: string;
  /** Whether the headline says "capacity not recorded". */
  readonly capacityRecorded: boolean;
  /** Why this person fits in full, in words with no names (the page may be showing codes). */
  readonly reasons: readonly string[];
}

const poolCache = new WeakMap<PreparedAnalysis, CandidatePools>();

export function candidatePools(prepared: PreparedAnalysis): CandidatePools {
  const cached = poolCache.get(prepared);
  if (cached) return cached;
  const { net, ctx } = prepared;
  // Distinct ECTs per giver and type, read from the same table the coverage columns show, so
  // "already helps 2 other ECTs" is the figure anyone can count on the page.
  const givers = new Map<SupportType, Map<number, number>>(ALL_TYPES.map((t) => [t, new Map()]));
  for (const r of prepared.result.ects)
    for (const [type, ids] of typeEntries(r.providers))
      for (const id of ids) {
        const f = net.indexOf.get(id);
        const m = givers.get(type);
        if (f !== undefined && m) m.set(f, (m.get(f) ?? 0) + 1);
      }
  // Givers of a type to colleagues only (no ECT): known to give it, with no ECT to count.
  for (let l = 0; l < net.linkCount; l++) {
    if (!ctx.live[l] || net.isEct[net.to[l]!] === 1) continue;
    for (const t of ALL_TYPES) {
      const m = givers.get(t);
      if (m && (net.typeMask[l]! & SUPPORT_TYPES[t].bit) !== 0 && !m.has(net.from[l]!)) m.set(net.from[l]!, 0);
    }
  }
  const everyone: number[] = [];
  const bySchool = new Map<number, number[]>();
  net.people.forEach((p, i) => {
    if (p.kind !== "person" || net.isUnnamed[i] || ctx.excluded[i]) return;
    everyone.push(i);
    const s = net.school[i]!;
    if (s < 0) return;
    const list = bySchool.get(s);
    if (list) list.push(i);
    else bySchool.set(s, [i]);
  });
  const out: CandidatePools = {
    givers,
    bySchool,
    everyone,
    keystones: new Set(prepared.keystones.map((k) => k.index)),
    far: new Map(),
  };
  poolCache.set(prepared, out);
  return out;
}

/** 2 when a strength names the type, 1 for other strengths, 0 for none (5.5's last ranking step). */
function strengthRank(person: Person, type: SupportType): number {
  const strengths = person.strengths ?? [];
  if (strengths.length === 0) return 0;
  return strengths.some((s) => {
    const reading = readSupportType(s);
    return reading.kind === "type" && reading.type === type;
  })
    ? 2
    : 1;
}

/** Room is recorded (and, as roomOf says, left). */
export function hasRecordedRoom(room: Room): boolean {
  return room.places !== undefined || room.minutes !== undefined;
}

/**
 * The ranking's tie-break after 5.5's steps: 2 for someone UNTAPPED (not an ECT, room recorded, no live
 * link out: capacity going unused), 1 for other room recorded, 0 for capacity not recorded.
 */
export function timeRank(prepared: PreparedAnalysis, p: number, room: Room): number {
  if (!hasRecordedRoom(room)) return 0;
  return prepared.net.isEct[p] === 0 && liveOutOf(prepared.basics, p) === 0 ? 2 : 1;
}

/**
 * Everyone in the order the ranking would give them to an ECT of another school, as far as it can
 * be known without the ECT: people with room only, peer-like (read from seniority) first, then by
 * strengths, then by time. Lets a search beyond the ECT's school stop early instead of scoring 100,000 people
 * for every need.
 */
function farOrder(prepared: PreparedAnalysis, pools: CandidatePools, type: SupportType): readonly number[] {
  const cached = pools.far.get(type);
  if (cached) return cached;
  const { net } = prepared;
  const keyed = pools.everyone
    .flatMap((p) => {
      const room = roomOf(prepared, p);
      return room === false ? [] : [{ p, room }];
    })
    .map(({ p, room }) => {
      const person = net.people[p]!;
      const peer =
        person.seniority !== "middle_leader" &&
        person.seniority !== "senior_leader" &&
        person.seniority !== "headteacher";
      return { p, key: ((peer ? 4 : 0) + strengthRank(person, type)) * 3 + timeRank(prepared, p, room) };
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

/** The rules of docs/domain.md 5.5 for one person, one ECT and one type; undefined when they may not be asked. */
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
  // An ECT is asked only as a peer, for at most two kinds, and only when their own support is whole
  // (ectPeer.ts). An unmapped ECT is never asked: nothing is known of their own support, and a
  // link out would make their empty map count as "no one", not "no data".
  if (net.isEct[p]) {
    if (!ECT_PEER_TYPES.has(type) || !ectFreeToSupport(prepared, p)) return undefined;
    if (kindsIn(side.gives.get(p) ?? 0, ctx.countedMask) >= ECT_PEER_MAX_TYPES) return undefined;
  }
  if (net.isUnnamed[p] || ((side.gives.get(p) ?? 0) & SUPPORT_TYPES[type].bit) !== 0) return undefined;
  if (holdsPower(net, side, p)) return undefined;
  const room = roomOf(prepared, p);
  if (room === false) return undefined;
  const sameSchool = person.school !== undefined && person.school === ect.school;
  const peer = isPeerLike(ctx, p, e);
  const similar =
    person.years_experience !== undefined &&
    ect.years_experience !== undefined &&
    Math.abs(person.years_experience - ect.years_experience) <= ctx.settings.similar_years;
  const strengths = strengthRank(person, type);
  const {
    reasons,
    headline,
    fit: fitWords,
  } = candidateReasons(prepared, pools, p, type, room, {
    sameSchool,
    peer,
    similar,
    strengths,
  });
  return {
    p,
    key: [sameSchool ? 1 : 0, peer ? 1 : 0, similar ? 1 : 0, strengths, timeRank(prepared, p, room)],
    room,
    headline,
    fit: fitWords,
    capacityRecorded: room.places !== undefined || room.minutes !== undefined,
    reasons,
  };
}

/** A peer by what is recorded: an ECT, support staff, or a seniority of teacher or ECT (given or read from the title). */
function seniorityKnownPeer(person: Person): boolean {
  return person.is_ect || person.staff_type === "support" || effectiveSeniority(person) !== undefined;
}

/**
 * Why a candidate fits: a headline of a few tags ("Same school · a peer · has time", never more
 * than 12 words) and the full reasons. Every figure is the one the tables show beside it: ECTs
 * supported and minutes given are the analysis's own counts, ECTs helped with a type are counted
 * from the coverage table, and room is capacity minus those.
 */
function candidateReasons(
  prepared: PreparedAnalysis,
  pools: CandidatePools,
  p: number,
  type: SupportType,
  room: Room,
  fit: { readonly sameSchool: boolean; readonly peer: boolean; readonly similar: boolean; readonly strengths: number },
): { reasons: string[]; headline: string; fit: string } {
  const person = prepared.net.people[p]!;
  const tags: string[] = [];
  const reasons: string[] = [];
  if (fit.sameSchool) {
    tags.push("same school");
    reasons.push("same school as the ECT");
  }
  if (fit.peer) {
    // Peer-like includes anyone with no seniority recorded (domain section 4), so "a peer" was said
    // of an ECT's own mentor; the words say only what is known, the ranking keeps the domain's rule.
    if (seniorityKnownPeer(person)) {
      tags.push("a peer");
      reasons.push("a peer rather than a manager");
    } else reasons.push("seniority not recorded, and outside the ECT's management line");
  }
  if (fit.similar) {
    tags.push("similar stage");
    reasons.push("at a similar career stage");
  }
  const strengths = person.strengths ?? [];
  if (fit.strengths > 0) {
    tags.push(fit.strengths === 2 ? "strengths fit" : "has strengths");
    reasons.push(`lists ${strengths.join(", ")} among their strengths`);
  }
  const givers = pools.givers.get(type)!;
  const helped = givers.get(p) ?? 0;
  if (helped > 0) reasons.push(`already helps ${plural(helped, "other ECT")} with ${lower(type)}`);
  else if (givers.has(p)) reasons.push(`already helps colleagues with ${lower(type)}`);
  const supports = prepared.basics.ectCount[p]!;
  reasons.push(supports === 0 ? "supports no ECT yet" : `supports ${plural(supports, "ECT")} now`);
  if (room.places !== undefined)
    reasons.push(`${plural(room.places, "place")} left (capacity ${person.capacity ?? 0} ECTs)`);
  if (room.minutes !== undefined)
    reasons.push(`${Math.round(room.minutes)} minutes a month free (of ${person.capacity_minutes_per_month ?? 0})`);
  if (room.places === undefined && room.minutes === undefined) {
    tags.push("capacity not recorded");
    reasons.push("capacity not recorded: check they have time");
  } else {
    tags.push("has time");
    if (room.places === undefined) reasons.push("how many ECTs they can take is not recorded");
  }
  if (pools.keystones.has(p)) reasons.push("already the only source of some kind for several ECTs");
  reasons.push(OUTSIDE_POWER_REASON);
  const sentence = (words: readonly string[]) => {
    const line = words.join(" · ");
    return line.charAt(0).toUpperCase() + line.slice(1);
  };
  return { reasons, headline: sentence(tags), fit: sentence(tags.filter((t) => t !== "capacity not recorded")) };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

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
  if (school >= 0) (pools.bySchool.get(school) ?? []).forEach(consider);
  if (scored.length < limit) {
    const enough = scored.length + 4 * limit;
    for (const p of farOrder(prepared, pools, type)) {
      if (scored.length >= enough) break;
      consider(p);
    }
  }
  return scored.sort(compareCandidates(prepared)).slice(0, limit);
}
