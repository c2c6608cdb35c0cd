/** What the supporter rules read about one person. */
import type { Person } from "../../model/types.ts";
import type { AnalysisContext } from "../context.ts";
import type { SupporterBasics } from "../supporterBasics.ts";

/** What the supporter rules read about person p. */
export interface SupporterView {
  readonly ctx: AnalysisContext;
  readonly basics: SupporterBasics;
  readonly p: number;
  readonly person: Person;
  /** The ECT of each (ECT, type) pair p alone provides, in ECT order: soleEcts[soleFrom .. soleTo). */
  readonly soleEcts: ArrayLike<number>;
  readonly soleFrom: number;
  readonly soleTo: number;
}
