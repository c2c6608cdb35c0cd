/**
 * An analysis kept with the intermediate state a what-if needs (context, load figures, sole
 * sources), so that taking someone out re-evaluates only what they touch.
 */
import type { SupportNetwork } from "../model/network.ts";
import type { PersonId } from "../model/types.ts";
import type { SupportType } from "../model/supportTypes.ts";
import type { AnalysisResult, EctResult, SupporterResult } from "./analyse.ts";
import type { AnalyseOptions } from "./analyse.ts";
import { analyseWith } from "./analyse.ts";
import type { EctAggregates } from "./ectAggregates.ts";
import type { TallyState } from "./tally.ts";
import type { AnalysisContext } from "./context.ts";
import { buildContext } from "./context.ts";
import type { EctSummary, UntappedCandidate } from "./networkRules.ts";
import type { Settings } from "./settings.ts";
import type { SupporterBasics } from "./supporterBasics.ts";
import { computeSupporterBasics } from "./supporterBasics.ts";

export interface PreparedAnalysis {
  readonly net: SupportNetwork;
  readonly ctx: AnalysisContext;
  readonly basics: SupporterBasics;
  readonly result: AnalysisResult;
  readonly summaries: readonly EctSummary[];
  readonly soleFor: ReadonlyMap<number, readonly { readonly ect: number; readonly type: SupportType }[]>;
  readonly ectByIndex: ReadonlyMap<number, EctResult>;
  readonly summaryByIndex: ReadonlyMap<number, EctSummary>;
  readonly supporterByIndex: ReadonlyMap<number, SupporterResult>;
  /** NETWORK_KEYSTONE and UNTAPPED people, kept so a what-if adjusts them instead of rescanning. */
  readonly keystones: readonly { readonly id: PersonId; readonly index: number; readonly impact: number }[];
  readonly untapped: readonly SupporterResult[];
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
  const { result, summaries, aggregates, soleFor, tallyState, keystones, untapped, untappedBySchool, untappedByEct } =
    analyseWith(ctx, basics, options);
  return {
    net,
    ctx,
    basics,
    result,
    summaries,
    soleFor,
    ectByIndex: new Map(result.ects.map((e) => [e.index, e])),
    summaryByIndex: new Map(summaries.map((e) => [e.index, e])),
    supporterByIndex: new Map(result.supporters.map((s) => [s.index, s])),
    tallyState,
    aggregates,
    keystones,
    untapped,
    untappedBySchool,
    untappedByEct,
  };
}
