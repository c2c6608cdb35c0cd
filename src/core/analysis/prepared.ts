/**
 * An analysis kept with the intermediate state a what-if needs (context, load figures, sole
 * sources), so that taking someone out re-evaluates only what they touch.
 *
 * Result objects are made when first read, each one on its own (ectAt, supporterAt) or all at once
 * (`result`): the mentor lead's ECT table needs 16,000 ECT rows long before anyone opens 87,000
 * supporters, and a what-if reads only the few people it touches.
 */
import type { SupportNetwork } from "../model/network.ts";
import type {
  AnalysisResult,
  AnalysisTables,
  AnalyseOptions,
  EctResult,
  Keystone,
  SupporterResult,
} from "./analyse.ts";
import { analyseWith, resultOf } from "./analyse.ts";
import type { AnalysisContext } from "./context.ts";
import { buildContext } from "./context.ts";
import type { EctAggregates } from "./ectAggregates.ts";
import type { EctSummary } from "./ectSummary.ts";
import type { UntappedCandidate } from "./networkRules.ts";
import { ectResultAt, summaryAt, supporterResultAt } from "./results.ts";
import type { Settings } from "./settings.ts";
import type { SupporterBasics } from "./supporterBasics.ts";
import { computeSupporterBasics } from "./supporterBasics.ts";
import type { TallyState } from "./tally.ts";

export interface PreparedAnalysis {
  readonly net: SupportNetwork;
  readonly ctx: AnalysisContext;
  readonly basics: SupporterBasics;
  readonly tables: AnalysisTables;
  /** Every result object, made on first read. */
  readonly result: AnalysisResult;
  /** Every ECT's summary, in ECT order, made on first read. */
  readonly summaries: readonly EctSummary[];
  /** Person p's ECT result, supporter result or ECT summary; undefined when p has none. */
  ectAt(p: number): EctResult | undefined;
  supporterAt(p: number): SupporterResult | undefined;
  summaryAt(p: number): EctSummary | undefined;
  /** NETWORK_KEYSTONE and UNTAPPED people, kept so a what-if adjusts them instead of rescanning. */
  readonly keystones: readonly Keystone[];
  readonly untapped: readonly { readonly index: number }[];
  /** The network counts, for a what-if to subtract from. */
  readonly tallyState: TallyState;
  readonly aggregates: EctAggregates;
  /** UNTAPPED people by school, and the UNTAPPED_CAPACITY entries of each ECT with some. */
  readonly untappedBySchool: ReadonlyMap<string, readonly number[]>;
  readonly untappedByEct: ReadonlyMap<number, readonly UntappedCandidate[]>;
}

export function prepareAnalysis(
  net: SupportNetwork,
  settings: Settings,
  options: Pick<AnalyseOptions, "skipStructure" | "onProgress"> = {},
): PreparedAnalysis {
  const ctx = buildContext(net, settings);
  const basics = computeSupporterBasics(ctx);
  return preparedFrom(analyseWith(ctx, basics, options));
}

/** A prepared analysis over tables already made (their context and basics are the what-if's state). */
export function preparedFrom(tables: AnalysisTables): PreparedAnalysis {
  const { ctx } = tables;
  const { net } = ctx;
  const n = net.people.length;
  // Position of each ECT in the tables; -1 for everyone else.
  const slot = new Int32Array(n).fill(-1);
  for (let k = 0; k < tables.ects.count; k++) slot[tables.ects.ect[k]!] = k;
  const ects: (EctResult | undefined)[] = new Array<EctResult | undefined>(tables.ects.count);
  const summaries: (EctSummary | undefined)[] = new Array<EctSummary | undefined>(tables.ects.count);
  const supporters = new Map<number, SupporterResult>();
  const ectAt = (p: number): EctResult | undefined => {
    const k = p >= 0 && p < n ? slot[p]! : -1;
    return k < 0 ? undefined : (ects[k] ??= ectResultAt(ctx, tables.ects, k));
  };
  const summaryOf = (p: number): EctSummary | undefined => {
    const k = p >= 0 && p < n ? slot[p]! : -1;
    return k < 0 ? undefined : (summaries[k] ??= summaryAt(net, tables.ects, k));
  };
  const supporterAt = (p: number): SupporterResult | undefined => {
    if (!(p >= 0 && p < n) || !tables.supporters.listed[p]) return undefined;
    let s = supporters.get(p);
    if (!s) supporters.set(p, (s = supporterResultAt(ctx, tables.figures, tables.supporters, tables.sole, p)));
    return s;
  };
  let result: AnalysisResult | undefined;
  let allSummaries: EctSummary[] | undefined;
  return {
    net,
    ctx,
    basics: tables.basics,
    tables,
    get result(): AnalysisResult {
      return (result ??= resultOf(
        tables,
        (k) => ectAt(tables.ects.ect[k]!)!,
        (p) => supporterAt(p)!,
      ));
    },
    get summaries(): readonly EctSummary[] {
      return (allSummaries ??= Array.from(tables.ects.ect, (e) => summaryOf(e)!));
    },
    ectAt,
    supporterAt,
    summaryAt: summaryOf,
    tallyState: tables.tallyState,
    aggregates: tables.aggregates,
    keystones: tables.keystones,
    untapped: tables.untapped,
    untappedBySchool: tables.untappedBySchool,
    untappedByEct: tables.untappedByEct,
  };
}
