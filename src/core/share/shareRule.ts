/**
 * What a view may show, decided once (docs/domain.md 8.3, 8.4, 8.8, 8.9). Every place that shows or
 * exports people reads this rule instead of checking "share" or "hide names" itself, so share mode
 * and "People as codes" cannot mean one thing on screen and another in a file.
 *
 * - Every file, whatever the rule: no link `trust`, `similarity` or `notes`. 8.3 says they "never
 *   leave the ECT's own view, except in the ECT's personal backup file", and a named export leaves
 *   the device as surely as a coded one (decided by the lead engineer, session 12). Only the backup
 *   (core/project/projectFile.ts, "Download a backup") and what is remembered on this device keep
 *   them. 8.3's `notes` are the link notes (3.2, the ECT's own words about a relationship); a
 *   person's `notes` (3.1) are the importer's own free text about their staff, so named exports
 *   keep them and only codes drop them, with the other free text. recordsToShare applies this.
 * - Names shown: everything else, as the user holds it.
 * - Names hidden ("People as codes"): codes instead of names and ids; no role title, strengths,
 *   subtopics or person notes (free text that names or singles out the person behind a code, and
 *   the screen shows no role beside a code either); links marked private stay behind (8.4: a coded
 *   file is made to leave the device).
 * - Share mode (governors, a trust board): names hidden as above, and also counts below k shown as
 *   "fewer than k" with any change in them hidden (8.9: "down 1" from "fewer than 3" gives the
 *   count away), totals only (no per-person or per-school breakdown, no school or department in a
 *   file), and no import report (it quotes people's names from the files, row by row).
 */

export interface ShareChoice {
  /** Share mode (for governors or a trust board). */
  readonly share: boolean;
  /** "Hide names" / "People as codes" (always on in share mode). */
  readonly hideNames: boolean;
  /** `small_count_k`: counts below it are not shown exactly in share mode. */
  readonly k: number;
}

export interface ShareRule {
  /** Real names and ids may be shown; otherwise stable codes ("ECT 3"). */
  readonly names: boolean;
  /** Role titles, strengths, subtopics and person notes may be shown or exported. */
  readonly freeText: boolean;
  /** Links marked `private` may leave in a file. */
  readonly privateLinks: boolean;
  /** Schools, departments and people may be listed one by one (not totals only). */
  readonly breakdowns: boolean;
  /** The import report (which quotes names from the files) may be shown and printed. */
  readonly importReport: boolean;
  /** Counts below this show as "fewer than k" (undefined: every count is exact). */
  readonly suppressBelow: number | undefined;
}

export const NAMES_SHOWN: ShareRule = {
  names: true,
  freeText: true,
  privateLinks: true,
  breakdowns: true,
  importReport: true,
  suppressBelow: undefined,
};

/**
 * @example
 * shareRule({ share: true, hideNames: false, k: 3 }).names; // false: share mode always hides names
 */
export function shareRule(choice: ShareChoice): ShareRule {
  if (choice.share)
    return {
      names: false,
      freeText: false,
      privateLinks: false,
      breakdowns: false,
      importReport: false,
      suppressBelow: choice.k,
    };
  if (choice.hideNames) return { ...NAMES_SHOWN, names: false, freeText: false, privateLinks: false };
  return NAMES_SHOWN;
}

/** True when this count is not shown exactly under the rule. */
export function isSuppressed(n: number, rule: ShareRule): boolean {
  return rule.suppressBelow !== undefined && n > 0 && n < rule.suppressBelow;
}

/**
 * A count as the rule lets it be shown: "1,234", or "fewer than 3" for a small count in share mode.
 * Nought stays "0": it singles nobody out.
 */
export function countWords(n: number, rule: ShareRule): string {
  return isSuppressed(n, rule) ? `fewer than ${rule.suppressBelow}` : n.toLocaleString("en-GB");
}

/**
 * The change from one count to another, "down 2" or "up 1", or undefined when there is none or
 * when either count is suppressed: a change from "fewer than 3" to 0 would give the first away.
 */
export function changeWords(before: number, after: number, rule: ShareRule): string | undefined {
  if (after === before || isSuppressed(before, rule) || isSuppressed(after, rule)) return undefined;
  return `${after < before ? "down" : "up"} ${Math.abs(after - before).toLocaleString("en-GB")}`;
}
