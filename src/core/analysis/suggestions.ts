/**
 * Match suggestions for an ECT's gaps and single sources (domain.md 5.5): people with room to
 * help, who already give that kind of support to someone or list it among their strengths (or have
 * time and no one to support yet), never in the ECT's management line, never someone who assesses
 * them, never someone who already gives them that type. Ranked by same school, then not already a
 * keystone, peer-like, similar career stage, strengths that name the type, already giving it. Each comes with its reasons in words.
 * Suggestions are prompts for a human: nothing is ever applied automatically.
 */
import type { SupportType } from "../model/supportTypes.ts";
import { SUPPORT_TYPES } from "../model/supportTypes.ts";
import type { PersonId } from "../model/types.ts";
import { readSupportType } from "../import/vocabulary.ts";
import { inLineChain } from "./context.ts";
import { isPeerLike } from "./ectView.ts";
import type { PreparedAnalysis } from "./prepared.ts";

export interface Candidate {
  readonly id: PersonId;
  readonly name: string;
  readonly reasons: readonly string[];
}

export interface Suggestion {
  readonly ect: PersonId;
  readonly supportType: SupportType;
  /** Why this ECT needs it: no one yet, or one source. */
  readonly need: "gap" | "single";
  readonly candidates: readonly Candidate[];
}

interface Pools {
  /** Per type: givers of a live link carrying it, with how many ECTs they give it to. */
  readonly givers: ReadonlyMap<SupportType, ReadonlyMap<number, number>>;
  /** Per type: people whose strengths name it. */
  readonly strengths: ReadonlyMap<SupportType, readonly number[]>;
  readonly untapped: readonly number[];
  readonly keystones: ReadonlySet<number>;
}

const poolCache = new WeakMap<PreparedAnalysis, Pools>();

function pools(prepared: PreparedAnalysis): Pools {
  const cached = poolCache.get(prepared);
  if (cached) return cached;
  const { net, ctx } = prepared;
  const givers = new Map<SupportType, Map<number, number>>();
  for (const t of Object.values(SUPPORT_TYPES)) givers.set(t.id, new Map());
  for (let l = 0; l < net.links.length; l++) {
    if (!ctx.live[l]) continue;
    const f = net.from[l]!;
    const toEct = net.isEct[net.to[l]!] === 1 ? 1 : 0;
    for (const t of Object.values(SUPPORT_TYPES)) {
      if ((net.typeMask[l]! & t.bit) === 0) continue;
      const m = givers.get(t.id)!;
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
  const untapped = prepared.result.supporters
    .filter((s) => s.flags.some((f) => f.code === "UNTAPPED"))
    .map((s) => s.index);
  const keystones = new Set(
    prepared.result.supporters.filter((s) => s.flags.some((f) => f.code === "NETWORK_KEYSTONE")).map((s) => s.index),
  );
  const out = { givers, strengths, untapped, keystones };
  poolCache.set(prepared, out);
  return out;
}

/** Room left: places and minutes, where recorded; undefined means capacity is not recorded. */
function room(prepared: PreparedAnalysis, p: number): { places?: number; minutes?: number } | false {
  const person = prepared.net.people[p]!;
  const { ectCount, load } = prepared.basics;
  const places = person.capacity === undefined ? undefined : person.capacity - ectCount[p]!;
  const minutes =
    person.capacity_minutes_per_month === undefined ? undefined : person.capacity_minutes_per_month - load[p]!;
  if ((places !== undefined && places <= 0) || (minutes !== undefined && minutes <= 0)) return false;
  return { ...(places !== undefined ? { places } : {}), ...(minutes !== undefined ? { minutes } : {}) };
}

export function suggestFor(prepared: PreparedAnalysis, ectId: string, limit = 5): Suggestion[] {
  const { net, ctx } = prepared;
  const settings = ctx.settings;
  const e = net.indexOf.get(ectId);
  const result = e === undefined ? undefined : prepared.ectByIndex.get(e);
  if (e === undefined || !result || result.unmapped) return [];
  const ect = net.people[e]!;
  const { givers, strengths, untapped, keystones } = pools(prepared);
  // Who already gives this ECT what, and who assesses them.
  const gives = new Map<number, number>();
  const assesses = new Set<number>();
  for (let k = net.inStart[e]!; k < net.inStart[e + 1]!; k++) {
    const l = net.inLinks[k]!;
    if (!ctx.live[l]) continue;
    gives.set(net.from[l]!, (gives.get(net.from[l]!) ?? 0) | net.typeMask[l]!);
    if (ctx.powerful[l] && !inLineChain(net, net.from[l]!, e)) assesses.add(net.from[l]!);
  }
  const out: Suggestion[] = [];
  for (const [type, providers] of Object.entries(result.providers) as [SupportType, readonly PersonId[]][]) {
    // Gaps (also every type of an ECT with no one yet) and single sources.
    if (providers.length > 1) continue;
    const need = providers.length === 0 ? "gap" : "single";
    const bit = SUPPORT_TYPES[type].bit;
    const everyone = [...(givers.get(type)?.keys() ?? []), ...(strengths.get(type) ?? []), ...untapped];
    // Same school ranks first, so when the ECT's own school offers enough candidates nobody
    // further away can reach the list: look there first, and wider only when it falls short.
    const school = net.school[e]!;
    const local = school < 0 ? [] : everyone.filter((p) => net.school[p] === school);
    const scored: { p: number; key: number[]; reasons: string[] }[] = [];
    const seen = new Set<number>();
    const consider = (p: number) => {
      if (seen.has(p)) return;
      seen.add(p);
      score(p);
    };
    const score = (p: number) => {
      const person = net.people[p]!;
      if (p === e || person.kind !== "person" || ctx.excluded[p]) return;
      if (((gives.get(p) ?? 0) & bit) !== 0 || assesses.has(p) || inLineChain(net, p, e)) return;
      const r = room(prepared, p);
      if (r === false) return;
      const reasons: string[] = [];
      const othersGiven = givers.get(type)?.get(p) ?? 0;
      if (othersGiven > 0)
        reasons.push(
          `already helps ${othersGiven} other ECT${othersGiven === 1 ? "" : "s"} with ${SUPPORT_TYPES[type].label.toLowerCase()}`,
        );
      else if (givers.get(type)?.has(p))
        reasons.push(`already helps colleagues with ${SUPPORT_TYPES[type].label.toLowerCase()}`);
      const named = (person.strengths ?? []).filter((s) => {
        const reading = readSupportType(s);
        return reading.kind === "type" && reading.type === type;
      });
      if (named.length > 0) reasons.push(`lists ${named.join(", ")} among their strengths`);
      if (reasons.length === 0) reasons.push("has time and supports no one yet");
      if (r.places !== undefined) reasons.push(`${r.places} place${r.places === 1 ? "" : "s"} left`);
      if (r.minutes !== undefined) reasons.push(`${Math.round(r.minutes)} minutes a month free`);
      if (r.places === undefined && r.minutes === undefined) reasons.push("capacity not recorded");
      const sameSchool = person.school !== undefined && person.school === ect.school;
      if (sameSchool) reasons.push("same school");
      const peer = isPeerLike(ctx, p, e);
      if (peer) reasons.push("a peer rather than a manager");
      const similar =
        person.years_experience !== undefined &&
        ect.years_experience !== undefined &&
        Math.abs(person.years_experience - ect.years_experience) <= settings.similar_years;
      if (similar) reasons.push("at a similar career stage");
      const keystone = keystones.has(p);
      if (keystone) reasons.push("already the only source for several ECTs");
      // No names in reasons: the page may be showing codes instead ("hide names").
      reasons.push("not in the ECT's line management, and does not assess them");
      scored.push({
        p,
        key: [
          sameSchool ? 1 : 0,
          keystone ? 0 : 1,
          peer ? 1 : 0,
          similar ? 1 : 0,
          named.length > 0 ? 1 : 0,
          othersGiven > 0 ? 1 : 0,
        ],
        reasons,
      });
    };
    local.forEach(consider);
    if (scored.length < limit) everyone.forEach(consider);
    scored.sort((a, b) => {
      for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return b.key[i]! - a.key[i]!;
      return net.people[a.p]!.name.localeCompare(net.people[b.p]!.name);
    });
    out.push({
      ect: ect.id,
      supportType: type,
      need,
      candidates: scored
        .slice(0, limit)
        .map((s) => ({ id: net.people[s.p]!.id, name: net.people[s.p]!.name, reasons: s.reasons })),
    });
  }
  return out;
}
