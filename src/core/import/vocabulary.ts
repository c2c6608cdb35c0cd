/**
 * The importer's vocabulary (docs/domain.md sections 2 and 3.4): support-type synonyms, ambiguous words
 * that must be asked about, and value synonyms for the enumerated fields.
 */
import type { SupportType } from "../model/supportTypes.ts";
import { typeEntries } from "../model/supportTypes.ts";
import { memoise } from "./memo.ts";
import { termKey } from "./normalise.ts";

export const TYPE_SYNONYMS: Readonly<Record<SupportType, readonly string[]>> = {
  organisational_literacy: [
    "organisational literacy",
    "organizational literacy",
    "org",
    "org literacy",
    "school systems",
    "systems",
    "policies",
    "procedures",
    "school know-how",
    "how the school works",
    "how this school works",
    "how things work",
    "how things work in your school",
    "culture",
    "norms",
    "admin",
    "induction admin",
  ],
  behaviour: [
    "behaviour",
    "behavior",
    "behaviour management",
    "behavior management",
    "classroom management",
    "discipline",
    "classroom routines",
    "relationships with pupils",
  ],
  pedagogy: [
    "pedagogy",
    "teaching",
    "teaching and learning",
    "T&L",
    "TL",
    "planning",
    "lesson planning",
    "subject",
    "subject knowledge",
    "curriculum",
    "assessment",
    "feedback",
    "adaptive teaching",
    "differentiation",
    "coaching",
  ],
  psychosocial: [
    "psychosocial",
    "wellbeing",
    "well-being",
    "wellbeing and belonging",
    "emotional",
    "emotional support",
    "moral support",
    "personal",
    "reassurance",
    "workload",
    "work-life balance",
    "belonging",
    "pastoral support for me",
    "talk to when things are hard",
  ],
  career: [
    "career",
    "careers",
    "career and next steps",
    "progression",
    "next steps",
    "applications",
    "interviews",
    "promotion",
  ],
};

export interface Ambiguity {
  readonly word: string;
  readonly question: string;
  /** The type offered first, if any; never applied without the user choosing. */
  readonly suggest?: SupportType;
  readonly offer: readonly SupportType[];
}

const AMBIGUOUS: readonly Ambiguity[] = [
  {
    word: "pastoral",
    question:
      'Does "pastoral" mean support for you (wellbeing and belonging) or help with pupils\' behaviour and welfare (behaviour)?',
    offer: ["psychosocial", "behaviour"],
  },
  {
    word: "welfare",
    question:
      'Does "welfare" mean support for you (wellbeing and belonging) or help with pupils\' behaviour and welfare (behaviour)?',
    offer: ["psychosocial", "behaviour"],
  },
  {
    word: "SEND",
    question: '"SEND" usually means help adapting teaching (teaching); it can also mean behaviour. Which is it?',
    suggest: "pedagogy",
    offer: ["pedagogy", "behaviour"],
  },
  {
    word: "inclusion",
    question: '"Inclusion" usually means help adapting teaching (teaching); it can also mean behaviour. Which is it?',
    suggest: "pedagogy",
    offer: ["pedagogy", "behaviour"],
  },
  {
    word: "CPD",
    question: '"CPD" usually means teaching; it can also mean career and next steps. Which is it?',
    suggest: "pedagogy",
    offer: ["pedagogy", "career"],
  },
  {
    word: "induction",
    question: '"Induction" usually means how this school works. Please confirm the type.',
    suggest: "organisational_literacy",
    offer: ["organisational_literacy"],
  },
  ...["mentoring", "support", "general", "all", "everything"].map((word) => ({
    word,
    question: `"${word}" could mean any kind of support. Which kinds does this person give? (It is never read as all four, because that would overstate coverage.)`,
    offer: ["organisational_literacy", "behaviour", "pedagogy", "psychosocial"] as const,
  })),
];

// No word is listed under two types (tests/core/import/vocabulary.test.ts), so the order is immaterial.
const TYPE_BY_KEY: ReadonlyMap<string, SupportType> = new Map(
  typeEntries(TYPE_SYNONYMS).flatMap(([type, words]) => words.map((w) => [termKey(w), type] as const)),
);
const AMBIGUITY_BY_KEY: ReadonlyMap<string, Ambiguity> = new Map(AMBIGUOUS.map((a) => [termKey(a.word), a]));

export type TypeReading =
  | { readonly kind: "type"; readonly type: SupportType }
  | { readonly kind: "ambiguous"; readonly ambiguity: Ambiguity }
  | { readonly kind: "unknown" };

/** Reads one support-type word or phrase. */
export const readSupportType = memoise(readSupportTypeOnce);

function readSupportTypeOnce(word: string): TypeReading {
  const key = termKey(word);
  const type = TYPE_BY_KEY.get(key);
  if (type) return { kind: "type", type };
  const ambiguity = AMBIGUITY_BY_KEY.get(key);
  if (ambiguity) return { kind: "ambiguous", ambiguity };
  return { kind: "unknown" };
}

/** Value synonyms for enumerated fields (docs/domain.md 3.4), keyed by field name then termKey. */
const VALUE_SYNONYMS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  frequency: {
    "every week": "weekly",
    "once a week": "weekly",
    "every two weeks": "fortnightly",
    "every fortnight": "fortnightly",
    "once a month": "monthly",
    "every month": "monthly",
    "half termly": "half_termly",
    "once a half term": "half_termly",
    "once a term": "termly",
    "every term": "termly",
    "as needed": "ad_hoc",
    "when needed": "ad_hoc",
    "ad hoc": "ad_hoc",
    once: "one_off",
    "one off": "one_off",
  },
  origin: {
    me: "ect_chosen",
    "i chose": "ect_chosen",
    ect: "ect_chosen",
    school: "school_assigned",
    assigned: "school_assigned",
    mentor: "mentor_brokered",
    "my mentor": "mentor_brokered",
    "just happened": "emergent",
  },
  seniority: {
    slt: "senior_leader",
    "deputy head": "senior_leader",
    "assistant head": "senior_leader",
    "deputy headteacher": "senior_leader",
    "assistant headteacher": "senior_leader",
    head: "headteacher",
    principal: "headteacher",
    hod: "middle_leader",
    "head of department": "middle_leader",
    "head of year": "middle_leader",
    "subject lead": "middle_leader",
    "phase leader": "middle_leader",
    nqt: "ect",
  },
  status: { "on hold": "paused", finished: "ended", live: "active" },
  formality: { yes: "formal", y: "formal", true: "formal", no: "informal", n: "informal", false: "informal" },
  kind: { individual: "person", network: "group" },
  mentoring_conception: {
    practical: "instrumental",
    "practical ready to use": "instrumental",
    "long term development": "developmental",
    "a mix": "mixed",
  },
  wants_orientation: {
    practical: "instrumental",
    "practical ready to use": "instrumental",
    "long term development": "developmental",
    "a mix": "mixed",
  },
};

const VALUE_SYNONYMS_BY_KEY: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map(
  Object.entries(VALUE_SYNONYMS).map(([field, table]) => [
    field,
    new Map(Object.entries(table).map(([k, v]) => [termKey(k), v])),
  ]),
);

const enumReaders = new WeakMap<readonly string[], Map<string, (raw: string) => string | undefined>>();

/** Maps a written value onto one of `values`, or undefined. */
export function readEnum(field: string, raw: string, values: readonly string[]): string | undefined {
  // A value written exactly as the vocabulary spells it (what exports from Mosaic and most MIS
  // templates hold) needs no lookup.
  for (const v of values) if (raw === v) return v;
  let byField = enumReaders.get(values);
  if (!byField) enumReaders.set(values, (byField = new Map<string, (raw: string) => string | undefined>()));
  let reader = byField.get(field);
  if (!reader) {
    const byKey = new Map(values.map((v) => [termKey(v), v]));
    const synonyms = VALUE_SYNONYMS_BY_KEY.get(field);
    reader = memoise((text: string) => {
      const key = termKey(text);
      return byKey.get(key) ?? synonyms?.get(key);
    });
    byField.set(field, reader);
  }
  return reader(raw);
}
