/**
 * Survey questions read by meaning: which kind of support a header asks about ("Who helps you with
 * behaviour?", "Who do you talk to when things get hard?"), or whether it asks whom the ECT helps.
 * Keywords match whole words with their endings ("lessons" = "lesson", "feeling" = "feel"); a
 * header that reads as two kinds equally is no question (the user says which in the mapping step).
 */
import type { SupportType } from "../model/supportTypes.ts";
import { ALL_TYPES } from "../model/supportTypes.ts";
import { readSupportType, TYPE_SYNONYMS } from "./vocabulary.ts";

/** Words that tell a survey question's kind, beside the type synonyms (docs/domain.md 2). */
const QUESTION_KEYWORDS: Readonly<Record<SupportType, readonly string[]>> = {
  organisational_literacy: [
    "how things work",
    "how the school works",
    "how school works",
    "systems",
    "procedures",
    "policies",
    "routines",
    "admin",
    "who to ask",
    "paperwork",
    "how things are done",
    "way things are done",
    "find your way",
    "school life",
    "day to day",
  ],
  behaviour: ["behaviour", "behavior", "classroom management", "discipline", "managing classes", "managing class"],
  pedagogy: ["teaching", "lessons", "planning", "subject", "curriculum", "assessment of pupils", "marking"],
  psychosocial: [
    "talk to",
    "wellbeing",
    "well-being",
    "hard",
    "tough",
    "worries",
    "workload",
    "stress",
    "feel",
    "confidence",
    "confident",
    "listen",
    "difficult",
    "struggling",
    "turn to",
    "boost",
    "cheer",
    "down",
    "lean on",
    "look after you",
  ],
  career: ["career", "next steps", "promotion", "future"],
};

/** A long header is a question about people only when it asks for them. */
const PERSON_CUES = new Set(["who", "whom", "whose", "anyone", "someone", "people", "person", "names", "name"]);
/** Headers this short may be a bare label over a column of names ("Behaviour", "Wellbeing support"). */
const LABEL_WORDS = 3;

/** "Who do you help?", "Who do you support with their teaching?", "Who have you helped?" */
const HELPS =
  /\bwho(m)? (do|did|have|can) you (help|helped|support|supported|mentor|mentored|coach|coached|give (help|support) to|look after)\b|\bwho (else )?do you give (help|support)\b/;

/** Light stemming, enough for English question endings: "classes" = "class", "policy" = "policies". */
function stem(word: string): string {
  let w = word;
  if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("ies")) w = `${w.slice(0, -3)}i`;
  else if (w.endsWith("s") && !w.endsWith("ss") && w.length > 3) w = w.slice(0, -1);
  for (const end of ["ing", "ed"]) {
    if (w.endsWith(end) && w.length - end.length >= 3) {
      w = w.slice(0, -end.length);
      if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  if (w.endsWith("y")) w = `${w.slice(0, -1)}i`;
  if (w.endsWith("e") && w.length > 3) w = w.slice(0, -1);
  return w;
}

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/\bwell[\s-]+being\b/g, "wellbeing")
    .replace(/\bwork[\s-]+life\b/g, "worklife")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

const stems = (text: string): string => ` ${wordsOf(text).map(stem).join(" ")} `;

/** Each kind's phrases as stemmed word runs; short synonyms ("org", "TL") only match a whole header. */
const PHRASES: readonly (readonly [SupportType, string])[] = ALL_TYPES.flatMap((type) =>
  [
    ...new Set([...QUESTION_KEYWORDS[type], ...TYPE_SYNONYMS[type].filter((s) => s.replace(/\W/g, "").length >= 5)]),
  ].map((p) => [type, stems(p)] as const),
);

export type QuestionReading =
  { readonly kind: "type"; readonly type: SupportType } | { readonly kind: "helps"; readonly type?: SupportType };

/**
 * What a survey column's header asks, or undefined when it reads as no question or as two kinds
 * equally.
 *
 * @example readQuestion("Who do you go to about workload?") // { kind: "type", type: "psychosocial" }
 */
export function readQuestion(header: string): QuestionReading | undefined {
  const whole = readSupportType(header);
  if (whole.kind === "type") return { kind: "type", type: whole.type };
  const words = wordsOf(header);
  if (words.length > LABEL_WORDS && !words.some((w) => PERSON_CUES.has(w))) return undefined;
  const type = kindOf(header);
  if (HELPS.test(words.join(" "))) return type ? { kind: "helps", type } : { kind: "helps" };
  return type ? { kind: "type", type } : undefined;
}

/** The support type a question is about, when one kind's keywords outnumber every other's. */
export function typeOfQuestion(header: string): SupportType | undefined {
  const q = readQuestion(header);
  return q?.kind === "type" ? q.type : undefined;
}

function kindOf(header: string): SupportType | undefined {
  const text = stems(header);
  const hits = PHRASES.filter(([, p]) => text.includes(p));
  // A phrase inside a longer one that also matched ("wellbeing" in "wellbeing and belonging") counts once.
  const kept = hits.filter(([, p]) => !hits.some(([, q]) => q !== p && q.includes(p)));
  const score = new Map<SupportType, number>();
  for (const [type] of kept) score.set(type, (score.get(type) ?? 0) + 1);
  const ranked = [...score].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || (second && second[1] === first[1])) return undefined;
  return first[0];
}
