/**
 * Roles an answer can name instead of a person: "my mentor", "HoD", "the SENCo". Each role has a
 * plain label and, where one fits, the link role of the data model (docs/domain.md 3.3) so the importer
 * can later resolve "my mentor" to the ECT's recorded mentor. Phrases are folded (foldName).
 */
import type { LinkRole } from "../model/enums.ts";

interface RoleEntry {
  readonly label: string;
  readonly linkRole?: LinkRole;
  /** Folded phrases, each naming this role as a whole piece (after "my", "the", "our", "a"). */
  readonly phrases: readonly string[];
}

export const ROLE_KEYS = [
  "mentor",
  "subject_mentor",
  "induction_tutor",
  "coach",
  "head_of_department",
  "head_of_year",
  "line_manager",
  "senco",
  "behaviour_lead",
  "dsl",
  "headteacher",
  "deputy_head",
  "assistant_head",
  "slt",
  "tutor",
  "year_group_partner",
  "department",
  "team",
  "peers",
  "teaching_assistant",
  "chaplaincy",
  "office",
  "pastoral_team",
] as const;
export type RoleKey = (typeof ROLE_KEYS)[number];

const ROLE_TABLE: Readonly<Record<RoleKey, RoleEntry>> = {
  mentor: {
    label: "mentor",
    linkRole: "ect_mentor",
    phrases: ["mentor", "mentors", "ect mentor", "nqt mentor", "ecf mentor", "school mentor", "induction mentor"],
  },
  subject_mentor: { label: "subject mentor", linkRole: "subject_mentor", phrases: ["subject mentor"] },
  induction_tutor: {
    label: "induction tutor",
    linkRole: "induction_tutor",
    phrases: [
      "induction tutor",
      "induction lead",
      "induction coordinator",
      "ect lead",
      "ect coordinator",
      "ect tutor",
      "nqt lead",
      "nqt coordinator",
      "ecf lead",
    ],
  },
  coach: {
    label: "coach",
    linkRole: "specialist_coach",
    phrases: ["coach", "instructional coach", "specialist coach", "ecf coach", "ect coach"],
  },
  head_of_department: {
    label: "head of department",
    phrases: [
      "hod",
      "head of department",
      "head of dept",
      "head of dep",
      "head of faculty",
      "hof",
      "head of subject",
      "subject lead",
      "subject leader",
      "curriculum lead",
      "curriculum leader",
      "department head",
      "dept head",
      "faculty lead",
      "faculty leader",
    ],
  },
  head_of_year: {
    label: "head of year",
    phrases: [
      "hoy",
      "head of year",
      "year lead",
      "year leader",
      "head of house",
      "head of key stage",
      "key stage lead",
      "key stage leader",
      "phase lead",
      "phase leader",
      "head of sixth form",
      "head of ks1",
      "head of ks2",
      "head of ks3",
      "head of ks4",
      "head of ks5",
    ],
  },
  line_manager: { label: "line manager", linkRole: "line_manager", phrases: ["line manager", "lm", "manager"] },
  senco: {
    label: "SENCo",
    linkRole: "send_support",
    phrases: [
      "senco",
      "sendco",
      "sen coordinator",
      "send coordinator",
      "sen team",
      "send team",
      "senco team",
      "inclusion lead",
      "inclusion team",
    ],
  },
  behaviour_lead: {
    label: "behaviour lead",
    linkRole: "behaviour_support",
    phrases: ["behaviour lead", "behaviour team", "head of behaviour", "pastoral lead", "pastoral team", "pastoral"],
  },
  dsl: {
    label: "DSL",
    phrases: ["dsl", "designated safeguarding lead", "safeguarding lead", "safeguarding team", "safeguarding"],
  },
  headteacher: {
    label: "headteacher",
    phrases: [
      "head",
      "headteacher",
      "head teacher",
      "headmaster",
      "headmistress",
      "principal",
      "executive head",
      "executive headteacher",
      "head of school",
    ],
  },
  deputy_head: {
    label: "deputy head",
    phrases: ["deputy", "deputy head", "deputy headteacher", "deputy head teacher", "dht", "vice principal"],
  },
  assistant_head: {
    label: "assistant head",
    phrases: ["assistant head", "assistant headteacher", "assistant head teacher", "aht", "assistant principal"],
  },
  slt: {
    label: "SLT",
    phrases: ["slt", "smt", "senior leadership", "senior leadership team", "senior leaders", "leadership team"],
  },
  tutor: { label: "tutor", phrases: ["tutor", "uni tutor", "university tutor"] },
  year_group_partner: {
    label: "year group partner",
    linkRole: "year_group_partner",
    phrases: [
      "year group partner",
      "partner teacher",
      "planning partner",
      "parallel teacher",
      "parallel class teacher",
    ],
  },
  department: {
    label: "department",
    phrases: ["department", "dept", "the department", "subject team", "faculty", "department team"],
  },
  team: {
    label: "team",
    phrases: [
      "team",
      "year team",
      "year group team",
      "colleagues",
      "other teachers",
      "other staff",
      "staff",
      "all staff",
    ],
  },
  peers: {
    label: "other ECTs",
    linkRole: "peer_group",
    phrases: ["other ects", "ect peers", "fellow ects", "other ect", "peers", "ect group", "ect network"],
  },
  teaching_assistant: {
    label: "teaching assistant",
    phrases: ["ta", "tas", "teaching assistant", "teaching assistants", "lsa", "learning support assistant"],
  },
  chaplaincy: { label: "chaplaincy", phrases: ["chaplain", "chaplaincy", "chaplaincy team", "school chaplain"] },
  office: {
    label: "school office",
    phrases: ["office", "school office", "the office staff", "office staff", "reception", "admin team", "admin staff"],
  },
  pastoral_team: {
    label: "pastoral team",
    phrases: ["pastoral team", "pastoral staff", "pastoral lead", "pastoral", "student services", "wellbeing team"],
  },
};

/** A role named in an answer ("my HoD"): the role, not a person. */
export interface RoleRef {
  readonly key: RoleKey;
  readonly label: string;
  readonly linkRole?: LinkRole;
}

/** Words before a role that change nothing: "my mentor" = "mentor". */
export const DETERMINERS: ReadonlySet<string> = new Set(["my", "the", "our", "a", "an", "your"]);

/** Phrases that are a role only after "my"/"our": "IT" alone is as likely the IT department. */
const ONLY_AFTER_MY: ReadonlyMap<string, RoleKey> = new Map<string, RoleKey>([["it", "induction_tutor"]]);

/** One frozen reference per role, shared by every mention of it (no object per call). */
function refOf(key: RoleKey): RoleRef {
  const { label, linkRole } = ROLE_TABLE[key];
  return linkRole ? { key, label, linkRole } : { key, label };
}
const REFS: ReadonlyMap<RoleKey, RoleRef> = new Map(ROLE_KEYS.map((k) => [k, refOf(k)]));

const BY_PHRASE: ReadonlyMap<string, RoleRef> = (() => {
  const map = new Map<string, RoleRef>();
  for (const [key, ref] of REFS) for (const p of ROLE_TABLE[key].phrases) if (!map.has(p)) map.set(p, ref);
  return map;
})();

/** "head of year 7", "ks3 lead 2": a number or stage ending a role phrase. */
const TRAILING_NUMBER = / (?:\d+|ks\d|y\d+)$/;
const YEAR_OR_STAGE = /^(?:y\d+|ks\d|year\d+)$/;

/** Words after "head of" that are not a subject: "head of year 7" and the like are read above. */
const HEAD_OF_NOT_SUBJECT: ReadonlySet<string> = new Set([
  "year",
  "house",
  "school",
  "key",
  "sixth",
  "ks3",
  "ks4",
  "ks5",
]);

/**
 * The role a folded piece names as a whole, or undefined. Allows one leading determiner ("my HoD"),
 * a trailing number or stage ("head of year 7", "head of house 2"; "year 9 lead" is not read), and "head of <subject>" ("head
 * of maths") as head of department.
 * @example roleOf("my hod") // { key: "head_of_department", label: "head of department" }
 */
export function roleOf(folded: string): RoleRef | undefined {
  const space = folded.indexOf(" ");
  const first = space < 0 ? folded : folded.slice(0, space);
  const determined = space > 0 && DETERMINERS.has(first);
  const phrase = determined ? folded.slice(space + 1) : folded;
  const direct = BY_PHRASE.get(phrase);
  if (direct) return direct;
  if (determined && (first === "my" || first === "our")) {
    const key = ONLY_AFTER_MY.get(phrase);
    if (key) return REFS.get(key);
  }
  // "head of year 7", "head of ks3": the number or stage is the role's own detail.
  const numbered = TRAILING_NUMBER.exec(phrase);
  if (numbered) {
    const role = BY_PHRASE.get(phrase.slice(0, numbered.index));
    if (role) return role;
  }
  if (phrase.startsWith("head of ")) {
    const subject = phrase.slice(8).split(" ");
    const what = subject[0] ?? "";
    // "head of y9", "head of ks4 science": a year or stage, so a head of year.
    if (YEAR_OR_STAGE.test(what)) return REFS.get("head_of_year");
    if (subject.length <= 2 && !HEAD_OF_NOT_SUBJECT.has(what)) return REFS.get("head_of_department");
  }
  return undefined;
}
