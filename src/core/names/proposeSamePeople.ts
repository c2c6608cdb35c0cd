/**
 * Proposals to the mentor lead: "Are these one person?", for spellings of names gathered from a
 * survey. Spellings that fold alike (foldName) are expected merged already; these are the pairs
 * only a person can decide. See sameNames.ts for when a pair is proposed.
 */
import { hasAccents } from "./foldName.ts";
import { findSameNames, type SameReason } from "./sameNames.ts";

/** One spelling of a name, with how often and where it was written (spreadsheet rows, header = 1). */
export interface Spelling {
  readonly name: string;
  readonly count: number;
  readonly where: readonly { readonly file: string; readonly row: number; readonly column?: string }[];
}

export interface SamePersonProposal {
  /** The spelling to keep if the answer is "same". */
  readonly keep: Spelling;
  readonly other: Spelling;
  readonly reason: SameReason;
  /** Plain UK English: `"Mr Patel" could be Ravi Patel (the only Patel named)`. */
  readonly why: string;
}

export interface ProposeOptions {
  /** True for a pair already answered (either way): it is not proposed again. Asked in both orders. */
  readonly answered?: (a: string, b: string) => boolean;
}

/**
 * Pairs of spellings that could be one person, in order of first appearance (by the earlier of the
 * two, then the later). `keep` is the spelling written more often; on a tie the fuller one (not
 * the title-only, short-form, initial or lone first name), then the one with accents, then the
 * one given first.
 * @example proposeSamePeople([{ name: "Mr Patel", count: 2, where }, { name: "Ravi Patel", count: 1, where }])
 * // [{ keep: Mr Patel, other: Ravi Patel, reason: "title", why: '"Mr Patel" could be Ravi Patel (the only Patel named)' }]
 */
export function proposeSamePeople(spellings: readonly Spelling[], options: ProposeOptions = {}): SamePersonProposal[] {
  const { answered } = options;
  const proposals: SamePersonProposal[] = [];
  for (const pair of findSameNames(spellings.map((s) => s.name))) {
    const a = spellings[pair.a];
    const b = spellings[pair.b];
    if (!a || !b) continue;
    if (answered && (answered(a.name, b.name) || answered(b.name, a.name))) continue;
    // "Mrs J Hartley" through "Jess Hartley": once Jess and Jessica are answered apart, J could be either.
    const via = pair.via === undefined ? undefined : spellings[pair.via];
    const viaFuller = pair.fuller === undefined ? undefined : spellings[pair.fuller];
    if (via && viaFuller && answered && (answered(via.name, viaFuller.name) || answered(viaFuller.name, via.name)))
      continue;
    const keepA = keepFirst(a, b, pair.fuller === undefined ? undefined : pair.fuller === pair.a);
    proposals.push({ keep: keepA ? a : b, other: keepA ? b : a, reason: pair.reason, why: pair.why });
  }
  return proposals;
}

/** Whether to keep a (given first) rather than b. */
function keepFirst(a: Spelling, b: Spelling, aIsFuller: boolean | undefined): boolean {
  if (a.count !== b.count) return a.count > b.count;
  if (aIsFuller !== undefined) return aIsFuller;
  const accentsA = hasAccents(a.name);
  if (accentsA !== hasAccents(b.name)) return accentsA;
  return true;
}
