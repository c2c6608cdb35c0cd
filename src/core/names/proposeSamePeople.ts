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
  /**
   * Given by a people file (the staff list): its id says who they are. A listed spelling is the one
   * kept when a written name could be them, and two listed spellings are never asked about each
   * other: different ids are different people, however alike the names.
   */
  readonly listed?: boolean;
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
 * two, then the later). `keep` is the listed one (from the staff list) when there is one; otherwise
 * the spelling written more often; on a tie the fuller one (not the title-only, short-form, initial
 * or lone first name), then the one with accents, then the one given first. Two listed spellings are
 * never paired, and count as answered apart.
 * @example proposeSamePeople([{ name: "Mr Patel", count: 2, where }, { name: "Ravi Patel", count: 1, where }])
 * // [{ keep: Mr Patel, other: Ravi Patel, reason: "title", why: '"Mr Patel" could be Ravi Patel (the only Patel named)' }]
 */
export function proposeSamePeople(spellings: readonly Spelling[], options: ProposeOptions = {}): SamePersonProposal[] {
  const { answered } = options;
  // Two people from the staff list are two people (their ids differ): never asked, as if answered apart.
  const apart = (x: Spelling, y: Spelling) =>
    (x.listed === true && y.listed === true) ||
    (answered !== undefined && (answered(x.name, y.name) || answered(y.name, x.name)));
  const proposals: SamePersonProposal[] = [];
  for (const pair of findSameNames(spellings.map((s) => s.name))) {
    const a = spellings[pair.a];
    const b = spellings[pair.b];
    if (!a || !b || apart(a, b)) continue;
    // "Mrs J Hartley" through "Jess Hartley": once Jess and Jessica are answered apart, J could be either.
    const via = pair.via === undefined ? undefined : spellings[pair.via];
    const viaFuller = pair.fuller === undefined ? undefined : spellings[pair.fuller];
    if (via && viaFuller && apart(via, viaFuller)) continue;
    const keepA = keepFirst(a, b, pair.fuller === undefined ? undefined : pair.fuller === pair.a);
    proposals.push({ keep: keepA ? a : b, other: keepA ? b : a, reason: pair.reason, why: pair.why });
  }
  return proposals;
}

/** Whether to keep a (given first) rather than b. */
function keepFirst(a: Spelling, b: Spelling, aIsFuller: boolean | undefined): boolean {
  // The staff list's spelling is kept: its id says who they are, and answers then merge into them.
  if ((a.listed === true) !== (b.listed === true)) return a.listed === true;
  if (a.count !== b.count) return a.count > b.count;
  if (aIsFuller !== undefined) return aIsFuller;
  const accentsA = hasAccents(a.name);
  if (accentsA !== hasAccents(b.name)) return accentsA;
  return true;
}
