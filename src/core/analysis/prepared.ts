/**
 * An analysis kept with the intermediate state a what-if needs (context, load figures, sole
 * sources), so that taking someone out re-evaluates only what they touch.
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
import type { EctSummary, UntappedCandidate } from "./networkRules.ts";
import { summaryAt } from "./results.ts";
import type { Settings } from "./settings.ts";
import type { SupporterBasics } from "./supporterBasics.ts";
import { computeSupporterBasics } from "./supporterBasics.ts";
import type { TallyState } from "./tally.ts";

export interface PreparedAnalysis {
  readonly net: SupportNetwork;
  readonly ctx: AnalysisContext;
  readonly basics: SupporterBasics;
  readonly tables: AnalysisTables;
  readonly result: AnalysisResult;
  readonly summaries: readonly EctSummary[];
  readonly ectByIndex: ReadonlyMap<number, EctResult>;
  readonly summaryByIndex: ReadonlyMap<number, EctSummary>;
  readonly supporterByIndex: ReadonlyMap<number, SupporterResult>;
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
  const tables = analyseWith(ctx, basics, options);
  const result = resultOf(tables);
  const summaries: EctSummary[] = [];
  for (let k = 0; k < tables.ects.count; k++) summaries.push(summaryAt(net, tables.ects, k));
  return {
    net,
    ctx,
    basics,
    tables,
    result,
    summaries,
    ectByIndex: new Map(result.ects.map((e) => [e.index, e])),
    summaryByIndex: new Map(summaries.map((e) => [e.index, e])),
    supporterByIndex: new Map(result.supporters.map((s) => [s.index, s])),
    tallyState: tables.tallyState,
    aggregates: tables.aggregates,
    keystones: tables.keystones,
    untapped: tables.untapped,
    untappedBySchool: tables.untappedBySchool,
    untappedByEct: tables.untappedByEct,
  };
}
