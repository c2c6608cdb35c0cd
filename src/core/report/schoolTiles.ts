/**
 * The lead's picture of a network too large to draw person by person: one tile per school, the
 * schools whose ECTs most need a look first. Counting goes by the network's interned school
 * numbers (not name strings) and reads the flag table, so it stays within tens of milliseconds at
 * 100,000 people; no layout and no ties between schools are made (the picture has none).
 */
import { ECT_RULES_ORDERED } from "../analysis/ectRules.ts";
import { CRITICAL } from "../analysis/flagTable.ts";
import type { PreparedAnalysis } from "../analysis/prepared.ts";

export const NO_SCHOOL = "(no school recorded)";

/**
 * What "needs a look" means on the lead's picture: something urgent (a critical flag), or support
 * missing: no one at all, no one for some kind of support, or everything through one person. Not
 * every warning: on a stretched network nearly every ECT has one (a busy supporter, a slipped
 * meeting), and a picture where every school is at 100% shows no school first.
 */
export const MISSING_SUPPORT: ReadonlySet<string> = new Set(["ISOLATED", "GAP", "SINGLE_SUPPORTER"]);
const MISSING_RULE = ECT_RULES_ORDERED.map((r) => MISSING_SUPPORT.has(r.code));

/** Whether an ECT with these flags needs a look (see MISSING_SUPPORT). */
export function needsALook(flags: readonly { readonly code: string; readonly severity: string }[]): boolean {
  return flags.some((f) => f.severity === "critical" || MISSING_SUPPORT.has(f.code));
}

export interface SchoolTile {
  readonly school: string;
  readonly people: number;
  readonly ects: number;
  /** ECTs that need a look (see MISSING_SUPPORT). */
  readonly ectsAtRisk: number;
  /** ectsAtRisk / ects, 0 for a school with no ECTs. */
  readonly share: number;
}

export interface SchoolTiles {
  readonly kind: "tiles";
  /** Most in need first (see compareTiles). */
  readonly tiles: readonly SchoolTile[];
  /** People the whole picture stands for. */
  readonly total: number;
  readonly ects: number;
  readonly ectsAtRisk: number;
}

/** Code-unit order, as `<` on strings. */
const compareNames = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Which school needs attention first: the larger share of ECTs needing a look, then more of them
 * (12 of 16 before 3 of 4: the same share, more people waiting), then the larger school, then by
 * name, so the order never depends on the file's.
 */
export function compareTiles(a: SchoolTile, b: SchoolTile): number {
  return b.share - a.share || b.ectsAtRisk - a.ectsAtRisk || b.ects - a.ects || compareNames(a.school, b.school);
}

/**
 * Shade band of a share at risk, 0 (none) to 4 (more than three in four): five steps a reader can
 * tell apart in greyscale, each also written as a count on the tile.
 */
export function shareBand(share: number): 0 | 1 | 2 | 3 | 4 {
  if (share <= 0) return 0;
  if (share <= 0.25) return 1;
  if (share <= 0.5) return 2;
  if (share <= 0.75) return 3;
  return 4;
}

/** "12 of 40 ECTs need a look" (and the singular and none cases said plainly). */
export function tileCountText(t: Pick<SchoolTile, "ects" | "ectsAtRisk">): string {
  if (t.ects === 0) return "No ECTs";
  if (t.ectsAtRisk === 0) return `None of ${t.ects} ECT${t.ects === 1 ? "" : "s"} needs a look`;
  return `${t.ectsAtRisk} of ${t.ects} ECT${t.ects === 1 ? "" : "s"} need${t.ectsAtRisk === 1 ? "s" : ""} a look`;
}

/**
 * One tile per school (people with no school share one tile), sorted most in need first.
 * @example schoolTiles(prepared).tiles[0] // { school: "Hollinsfield Academy", ects: 6, ectsAtRisk: 5, … }
 */
export function schoolTiles(prepared: PreparedAnalysis, total = prepared.net.people.length): SchoolTiles {
  const { net } = prepared;
  let schools = 0;
  for (let p = 0; p < net.people.length; p++) schools = Math.max(schools, net.school[p]! + 1);
  const named = new Array<string | undefined>(schools + 1);
  for (let p = 0; p < net.people.length; p++) if (net.school[p]! >= 0) named[net.school[p]!] ??= net.people[p]!.school;
  // Blank joins a school written as the blank's own label, as it did when schools went by name.
  const written = named.indexOf(NO_SCHOOL);
  const blank = written >= 0 ? written : schools;
  const schoolAt = (p: number) => (net.school[p]! < 0 ? blank : net.school[p]!);
  const people = new Int32Array(schools + 1);
  for (let p = 0; p < net.people.length; p++) {
    const s = schoolAt(p);
    named[s] ??= NO_SCHOOL;
    people[s]!++;
  }
  const ectCount = new Int32Array(schools + 1);
  const atRisk = new Int32Array(schools + 1);
  const ects = prepared.tables.ects;
  let risky = 0;
  for (let k = 0; k < ects.count; k++) {
    const s = schoolAt(ects.ect[k]!);
    ectCount[s]!++;
    for (let i = ects.flagStart[k]!; i < ects.flagStart[k + 1]!; i++) {
      if (ects.flags.severity[i] !== CRITICAL && !MISSING_RULE[ects.flags.rule[i]!]) continue;
      atRisk[s]!++;
      risky++;
      break;
    }
  }
  const tiles: SchoolTile[] = [];
  named.forEach((school, s) => {
    if (school === undefined) return;
    const e = ectCount[s]!;
    tiles.push({ school, people: people[s]!, ects: e, ectsAtRisk: atRisk[s]!, share: e === 0 ? 0 : atRisk[s]! / e });
  });
  tiles.sort(compareTiles);
  return { kind: "tiles", tiles, total, ects: ects.count, ectsAtRisk: risky };
}
