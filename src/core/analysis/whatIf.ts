/**
 * What-if: take one or more people out (leaving, long-term absence) and see what changes, without
 * rebuilding the network. Only the people next to those removed, and the ECTs they support, are
 * re-evaluated; the result equals a full re-analysis with those people excluded (tested).
 */
import type { SupportNetwork } from "../model/network.ts";
import type { PersonId } from "../model/types.ts";
import type { SupportType } from "../model/supportTypes.ts";
import type { AnalysisResult, EctResult, SupporterResult } from "./analyse.ts";
import {
  hasFlag,
  keystonesOf,
  networkFlagsOf,
  supporterResultFor,
  untappedBySchool,
  untappedForEct,
  untappedOf,
} from "./analyse.ts";
import { adjustAggregates } from "./ectAggregates.ts";
import type { TallyState } from "./tally.ts";
import { countLink, mentorLinksOf, overlayTally, talliesOf } from "./tally.ts";
import type { AnalysisContext } from "./context.ts";
import { isLive, overlayOf, withOverlay } from "./context.ts";
import { giverOf, receiverOf } from "./facts/links.ts";
import { isEctAt, personAt } from "./facts/people.ts";
import { countedTypesOf } from "./ectView.ts";
import type { EctTables } from "./passes.ts";
import { ectPass, forEachSole } from "./passes.ts";
import { ectResultAt, summaryAt } from "./results.ts";
import type { Flag } from "./flags.ts";
import { flagKey } from "./flags.ts";
import type { EctSummary } from "./ectSummary.ts";
import type { UntappedCandidate } from "./networkRules.ts";
import type { Settings } from "./settings.ts";
import type { SupporterBasics } from "./supporterBasics.ts";
import { basicsWith, hasOwnSupport, isOverCapacity } from "./supporterBasics.ts";
import { prepareAnalysis } from "./prepared.ts";
import type { PreparedAnalysis } from "./prepared.ts";

export interface WhatIfResult {
  readonly removed: readonly PersonId[];
  readonly unknown: readonly string[];
  readonly newGaps: readonly { readonly ect: PersonId; readonly supportType: SupportType }[];
  readonly newlyIsolated: readonly PersonId[];
  readonly flagsAdded: readonly Flag[];
  readonly flagsCleared: readonly Flag[];
  /** The ECT results that changed, after removal. */
  readonly ects: readonly EctResult[];
  /** Every network flag after removal, values and all (what a full re-analysis would raise). */
  readonly networkFlags: readonly Flag[];
}

/**
 * A what-if is an overlay on the prepared analysis (context.ts, Overlay): the removed people and
 * their live links, which the readers consult first, plus the figures and counts of the people
 * next to them, held apart. The prepared analysis is read, never written; nothing the size of the
 * network is copied, which at 100,000 people would cost more than the what-if itself.
 */
export function whatIf(prepared: PreparedAnalysis, removeIds: readonly string[]): WhatIfResult {
  return whatIfWithTables(prepared, removeIds).result;
}

/** A what-if, and the tables of the ECTs it re-evaluated (one per ECT in `result.ects`, in its order), for their rows. */
export interface WhatIfAnswer {
  readonly result: WhatIfResult;
  readonly ects: EctTables;
}

/** The state a what-if's answer is read from: the prepared analysis seen through its overlay. */
interface Scenario {
  readonly ctx: AnalysisContext;
  readonly basics: SupporterBasics;
  readonly counts: TallyState;
}

/** whatIf, with the re-evaluated ECTs' tables beside the result. */
export function whatIfWithTables(prepared: PreparedAnalysis, removeIds: readonly string[]): WhatIfAnswer {
  const { net } = prepared;
  const base = prepared.ctx;
  const removed = new Set<number>();
  const unknown: string[] = [];
  for (const id of removeIds) {
    const p = net.indexOf.get(id);
    if (p === undefined) unknown.push(id);
    else removed.add(p);
  }
  const neighbours = new Set<number>();
  const dropped: number[] = [];
  for (const p of removed) {
    for (const [start, links, other] of [
      [net.outStart, net.outLinks, net.to],
      [net.inStart, net.inLinks, net.from],
    ] as const) {
      for (let k = start[p]!; k < start[p + 1]!; k++) {
        const l = links[k]!;
        // A link between two removed people is taken once, with the giver's links.
        if (!isLive(base, l) || (other === net.from && removed.has(giverOf(net, l)))) continue;
        dropped.push(l);
        if (!removed.has(other[l]!)) neighbours.add(other[l]!);
      }
    }
  }
  for (const p of removed) neighbours.delete(p);
  const touched = [...neighbours, ...removed];
  // 1. The overlay: the removed people and their live links, and the counts and figures they change.
  const ctx = withOverlay(base, overlayOf(removed, new Set(dropped)));
  const counts = overlayTally(prepared.tallyState);
  for (const l of dropped) countLink(ctx, counts, l, -1);
  const basics = basicsWith(ctx, prepared.basics, touched);
  for (const p of touched) {
    const was = mentorLinksOf(prepared.tallyState, p) > 0 && hasOwnSupport(base, p);
    const is = mentorLinksOf(counts, p) > 0 && hasOwnSupport(ctx, p);
    counts.counts.mentorsWithSupport += Number(is) - Number(was);
  }
  return evaluate(prepared, { ctx, basics, counts }, removed, unknown, neighbours);
}

/** The what-if's answer, read from the prepared analysis through `scenario`. */
function evaluate(
  prepared: PreparedAnalysis,
  scenario: Scenario,
  removed: ReadonlySet<number>,
  unknown: readonly string[],
  neighbours: ReadonlySet<number>,
): WhatIfAnswer {
  const { net } = prepared;
  const { ctx, basics, counts } = scenario;

  // 2. ECTs to re-evaluate: neighbours, and ECTs of anyone whose capacity state changed.
  const ectsToDo = new Set<number>();
  for (const p of neighbours) {
    if (isEctAt(net, p)) ectsToDo.add(p);
    if (isOverCapacity(basics, p) !== isOverCapacity(prepared.basics, p)) {
      for (let k = net.outStart[p]!; k < net.outStart[p + 1]!; k++) {
        const l = net.outLinks[k]!;
        if (isLive(ctx, l) && isEctAt(net, receiverOf(net, l))) ectsToDo.add(receiverOf(net, l));
      }
    }
  }
  const counted = countedTypesOf(ctx);
  const newEcts = new Map<number, EctResult>();
  const newSummaries = new Map<number, EctSummary>();
  const redoneEcts = ectPass(ctx, basics, [...ectsToDo]);
  for (let k = 0; k < redoneEcts.count; k++) {
    newEcts.set(redoneEcts.ect[k]!, ectResultAt(ctx, redoneEcts, k));
    newSummaries.set(redoneEcts.ect[k]!, summaryAt(net, redoneEcts, k));
  }
  // Pairs (ECT, type index) each giver alone provides to a re-evaluated ECT.
  const newSole = new Map<number, { ect: number; type: number }[]>();
  forEachSole(redoneEcts, (g, ect, type) => {
    const list = newSole.get(g);
    if (list) list.push({ ect, type });
    else newSole.set(g, [{ ect, type }]);
  });

  // 3. Supporters to re-evaluate: neighbours, and everyone who provides to a re-evaluated ECT.
  const supportersToDo = new Set<number>(neighbours);
  for (const e of ectsToDo) {
    for (const ids of Object.values(prepared.ectAt(e)!.providers))
      for (const id of ids ?? []) supportersToDo.add(net.indexOf.get(id)!);
  }
  for (const p of removed) supportersToDo.delete(p);
  const newSupporters = new Map<number, SupporterResult | undefined>();
  const baseSole = prepared.tables.sole;
  for (const p of supportersToDo) {
    const sole: { ect: number; type: number }[] = [];
    for (let i = baseSole.start[p]!; i < baseSole.start[p + 1]!; i++) {
      const ect = baseSole.ect[i]!;
      if (!ectsToDo.has(ect) && !removed.has(ect)) sole.push({ ect, type: baseSole.type[i]! });
    }
    sole.push(...(newSole.get(p) ?? []));
    // The same order a full analysis gives: by ECT, then by type.
    sole.sort((x, y) => x.ect - y.ect || x.type - y.type);
    newSupporters.set(p, supporterResultFor(ctx, basics, p, sole));
  }

  // 4. Network flags: the base aggregates with the changed and removed ECTs taken out and put back.
  const goneEcts = [...removed].filter((p) => isEctAt(net, p));
  const oldSummaries = [...newSummaries.keys(), ...goneEcts].flatMap((e) => {
    const s = prepared.summaryAt(e);
    return s ? [s] : [];
  });
  const aggregates = adjustAggregates(prepared.aggregates, oldSummaries, [...newSummaries.values()]);
  // Keystones and untapped people: the base lists, less those re-evaluated or away, plus their new state.
  const redone = (i: number) => removed.has(i) || newSupporters.has(i);
  const changedNow = [...newSupporters.values()].filter((s): s is SupporterResult => s !== undefined);
  const keystones = [...prepared.keystones.filter((k) => !redone(k.index)), ...keystonesOf(changedNow)].sort(
    (a, b) => b.impact - a.impact || a.index - b.index,
  );
  const untapped = [...prepared.untapped.filter((u) => !redone(u.index)), ...untappedOf(changedNow)].sort(
    (a, b) => a.index - b.index,
  );
  const networkFlags = networkFlagsOf(
    ctx.settings,
    aggregates,
    talliesOf(counts),
    keystones,
    untappedAfter(prepared, ctx, untapped, removed, newSummaries),
  );

  // 5. The difference.
  const before: Flag[] = [...prepared.result.network.flags];
  const after: Flag[] = [...networkFlags];
  for (const e of new Set([...ectsToDo, ...[...removed].filter((p) => isEctAt(net, p))])) {
    before.push(...(prepared.ectAt(e)?.flags ?? []));
    after.push(...(newEcts.get(e)?.flags ?? []));
  }
  for (const p of new Set([...supportersToDo, ...removed])) {
    before.push(...(prepared.supporterAt(p)?.flags ?? []));
    after.push(...(newSupporters.get(p)?.flags ?? []));
  }
  const beforeKeys = new Set(before.map(flagKey));
  const afterKeys = new Set(after.map(flagKey));
  const newGaps: { ect: PersonId; supportType: SupportType }[] = [];
  const newlyIsolated: PersonId[] = [];
  for (const [e, r] of newEcts) {
    const old = prepared.ectAt(e)!;
    for (const t of counted)
      if ((old.coverage[t] ?? 0) > 0 && (r.coverage[t] ?? 0) === 0) newGaps.push({ ect: r.id, supportType: t });
    if (!hasFlag(old, "ISOLATED") && hasFlag(r, "ISOLATED")) newlyIsolated.push(r.id);
  }
  const result: WhatIfResult = {
    removed: [...removed].map((p) => personAt(net, p).id),
    unknown,
    newGaps,
    newlyIsolated,
    flagsAdded: after.filter((f) => !beforeKeys.has(flagKey(f))),
    flagsCleared: before.filter((f) => !afterKeys.has(flagKey(f))),
    ects: [...newEcts.values()],
    networkFlags,
  };
  return { result, ects: redoneEcts };
}

/**
 * UNTAPPED_CAPACITY's entries after the change: recomputed for ECTs that changed and for schools
 * whose untapped people changed, the base entries kept for everyone else.
 */
function untappedAfter(
  prepared: PreparedAnalysis,
  ctx: AnalysisContext,
  untapped: readonly { readonly index: number }[],
  removed: ReadonlySet<number>,
  newSummaries: ReadonlyMap<number, EctSummary>,
): UntappedCandidate[] {
  const bySchool = untappedBySchool(ctx, untapped);
  const changedSchools = new Set<string>();
  for (const school of new Set([...bySchool.keys(), ...prepared.untappedBySchool.keys()])) {
    const a = bySchool.get(school) ?? [];
    const b = prepared.untappedBySchool.get(school) ?? [];
    if (a.length !== b.length || a.some((p, i) => p !== b[i])) changedSchools.add(school);
  }
  const out: UntappedCandidate[] = [];
  const redo = (e: EctSummary) => out.push(...untappedForEct(ctx, e, bySchool));
  if (changedSchools.size > 0) {
    for (const base of prepared.summaries) {
      if (removed.has(base.index)) continue;
      const e = newSummaries.get(base.index) ?? base;
      if (newSummaries.has(base.index) || (e.school !== undefined && changedSchools.has(e.school))) redo(e);
      else out.push(...(prepared.untappedByEct.get(e.index) ?? []));
    }
    return out;
  }
  // Nobody's untapped state changed: only the changed ECTs' entries can differ, so walk the ECTs
  // that had entries or changed, in ECT order.
  const ects = [...new Set([...prepared.untappedByEct.keys(), ...newSummaries.keys()])].sort((a, b) => a - b);
  for (const e of ects) {
    if (removed.has(e)) continue;
    const now = newSummaries.get(e);
    if (now) redo(now);
    else out.push(...(prepared.untappedByEct.get(e) ?? []));
  }
  return out;
}

/** Convenience for one-off use (the CLI): prepare, then take people out. */
export function whatIfOnce(net: SupportNetwork, settings: Settings, removeIds: readonly string[]): WhatIfResult {
  return whatIf(prepareAnalysis(net, settings), removeIds);
}

export type { AnalysisResult, SupporterBasics };
