/**
 * A seeded generator of free-text survey answers for the name-resolution bench: one row per ECT,
 * four "Who helps you with …?" cells, about four name pieces a row, written the way people write
 * them: full names mostly, and some "Mr Patel", short forms, typing slips, lone first names,
 * roles, family and non-answers, joined by commas, "and", "&", slashes and line breaks. Staff are
 * drawn from a pool about 0.6 times the number of responses, within schools of 40, so names repeat
 * across answers as in a real trust. Nobody in it is real. Bench only, not part of the product.
 */
import { seededRandom } from "../core/generate/syntheticNetwork.ts";

const FIRST = [
  ["Peter", "Pete"],
  ["Samantha", "Sam"],
  ["Samuel", "Sam"],
  ["Elizabeth", "Liz"],
  ["Thomas", "Tom"],
  ["James", "Jim"],
  ["Robert", "Rob"],
  ["William", "Will"],
  ["Catherine", "Kate"],
  ["David", "Dave"],
  ["Michael", "Mike"],
  ["Christopher", "Chris"],
  ["Jennifer", "Jen"],
  ["Daniel", "Dan"],
  ["Rebecca", "Becky"],
  ["Ravindra", "Ravi"],
  ["Priya"],
  ["Aisha"],
  ["Callum"],
  ["Zofia"],
  ["Holly"],
  ["Megan"],
  ["Owen"],
  ["Ruth"],
  ["Amir"],
  ["Lucy"],
  ["Kirsty"],
  ["Nadia"],
  ["Siobhán"],
  ["Chloé"],
] as const;
// Surnames from three syllables: 8,000 of them, so a name repeats within a school only by chance.
const SURNAME_START = [
  "Pat",
  "Ad",
  "Doy",
  "Ok",
  "Now",
  "Har",
  "Kel",
  "Mor",
  "Car",
  "Hugh",
  "Low",
  "Mar",
  "Rah",
  "Ben",
  "Ash",
  "Bro",
  "Cole",
  "Dun",
  "Eg",
  "Fair",
] as const;
const SURNAME_MID = [
  "",
  "er",
  "ing",
  "ow",
  "al",
  "im",
  "ford",
  "wick",
  "en",
  "ast",
  "ry",
  "ob",
  "uth",
  "ind",
  "ag",
  "orn",
  "el",
  "und",
  "oss",
  "iv",
] as const;
const SURNAME_END = [
  "el",
  "ams",
  "le",
  "afor",
  "ak",
  "ris",
  "ly",
  "eno",
  "ter",
  "es",
  "sh",
  "man",
  "nett",
  "ton",
  "ley",
  "by",
  "wood",
  "hurst",
  "ridge",
  "dale",
] as const;
const TITLES = ["Mr", "Mrs", "Ms", "Dr", "Miss"] as const;
const SEPARATORS = [", ", " and ", " & ", "; ", "/", "\n", " + ", ",\n"] as const;
const ROLES = [
  "my mentor",
  "HoD",
  "the SENCo",
  "my line manager",
  "head of year",
  "SLT",
  "my induction tutor",
] as const;
const FAMILY = ["my mum", "partner", "friends outside school", "my sister", "therapist"] as const;
const BLANKS = ["nobody really", "N/A", "-", "not sure", "none yet"] as const;

interface Person {
  readonly first: (typeof FIRST)[number];
  readonly surname: string;
}

/** Rows of four answer cells each. */
export function generateSurveyAnswers(responses: number, seed = 42): string[][] {
  const rand = seededRandom(seed);
  const pick = <L extends readonly [unknown, ...unknown[]]>(list: L): L[number] =>
    list[Math.floor(rand() * list.length)] ?? list[0];
  const staff: Person[] = Array.from({ length: Math.max(40, Math.round(responses * 0.6)) }, () => ({
    first: pick(FIRST),
    surname: `${pick(SURNAME_START)}${pick(SURNAME_MID)}${pick(SURNAME_END)}`,
  }));
  const someone: Person = { first: FIRST[0], surname: "Patel" };
  const written = (p: Person): string => {
    const r = rand();
    if (r < 0.7) return `${p.first[0]} ${p.surname}`;
    if (r < 0.78) return `${pick(TITLES)} ${p.surname}`;
    if (r < 0.83) return `${p.first[1] ?? p.first[0]} ${p.surname}`;
    if (r < 0.86) {
      // A typing slip: one letter of the surname doubled.
      const at = 1 + Math.floor(rand() * (p.surname.length - 1));
      return `${p.first[0]} ${p.surname.slice(0, at)}${p.surname[at - 1]}${p.surname.slice(at)}`;
    }
    if (r < 0.9) return p.first[0];
    if (r < 0.94) return pick(ROLES);
    if (r < 0.97) return pick(FAMILY);
    return pick(BLANKS);
  };
  const rows: string[][] = [];
  for (let r = 0; r < responses; r++) {
    // Each ECT's supporters come from their own school of 40.
    const school = Math.floor((r * 0.6) / 40) * 40;
    const colleague = () => staff[Math.min(staff.length - 1, school + Math.floor(rand() * 40))] ?? someone;
    const cells: string[] = [];
    for (let c = 0; c < 4; c++) {
      const n = rand() < 0.2 ? 2 : rand() < 0.05 ? 0 : 1;
      const pieces = Array.from({ length: n }, () => written(colleague()));
      cells.push(pieces.reduce((cell, piece, i) => (i === 0 ? piece : cell + pick(SEPARATORS) + piece), ""));
    }
    rows.push(cells);
  }
  return rows;
}
