/**
 * What rests on one supporter alone, in one wording used wherever it is said (supporters' table,
 * removal-impact list, network summary, Markdown report). It counts (ECT, kind) pairs, and there
 * are only four kinds, so "9 kinds of support (9 ECTs)" was untrue: a pair is a gap that would open
 * if they were away, as the what-if counts it ("4 new gaps").
 */
import type { SupportType } from "../model/supportTypes.ts";

const inFull = (n: number): string => n.toLocaleString("en-GB");
const counted = (n: number, word: string, show: (n: number) => string): string =>
  `${show(n)} ${word}${n === 1 ? "" : "s"}`;

/** "1 gap if away", "9 gaps if away". */
export function gapsIfAway(pairs: number, show: (n: number) => string = inFull): string {
  return `${counted(pairs, "gap", show)} if away`;
}

/**
 * Read after "only source for": "9 ECTs (9 gaps if away)", "1 ECT (4 gaps if away)". A no-break
 * space keeps "1 ECT" whole in a narrow column.
 * @param pairs the (ECT, kind) pairs they alone provide
 * @param ects the distinct ECTs among them
 */
export function soleSourceWords(pairs: number, ects: number, show: (n: number) => string = inFull): string {
  return `${counted(ects, "ECT", show).replace(" ", "\u00a0")} (${gapsIfAway(pairs, show)})`;
}

/** soleSourceWords of a supporter's sole-source list (one entry per (ECT, kind) pair). */
export function soleSourceListWords(
  pairs: readonly { readonly ect: string; readonly supportType: SupportType }[],
): string {
  return soleSourceWords(pairs.length, new Set(pairs.map((p) => p.ect)).size);
}
