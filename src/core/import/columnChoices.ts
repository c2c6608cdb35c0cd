/**
 * What a column can be said to hold, in words a mentor lead reads ("Who helps with behaviour"),
 * grouped by what the file is. The values are those of a column mapping (`--mapping FILE.json`,
 * the app's mapping step, remembered choices): field names, support type ids, and the survey
 * choices below. The UI and the CLI both name a column's target from this table.
 */
import type { SupportType } from "../model/supportTypes.ts";
import { ALL_TYPES } from "../model/supportTypes.ts";

/** The mapping value that leaves a column out. */
export const LEAVE_OUT = "ignore";

export type ChoiceGroup = "survey" | "people" | "links";

export const CHOICE_GROUP_LABEL: Readonly<Record<ChoiceGroup, string>> = {
  survey: "For a survey",
  people: "For a people file",
  links: "For a links file",
};

export interface ColumnChoice {
  /** The mapping value. */
  readonly value: string;
  readonly label: string;
  readonly group: ChoiceGroup;
}

const TYPE_WORDS: Readonly<Record<SupportType, string>> = {
  organisational_literacy: "Who helps with how the school works",
  behaviour: "Who helps with behaviour",
  pedagogy: "Who helps with teaching",
  psychosocial: "Who they talk to (wellbeing)",
  career: "Who helps with career and next steps",
};

const SURVEY: readonly (readonly [string, string])[] = [
  ["respondent", "The ECT's name"],
  ...ALL_TYPES.map((t) => [t, TYPE_WORDS[t]] as const),
  ["helps", "Who the ECT helps"],
  ["ectSchool", "The ECT's school"],
  ["ectDepartment", "The ECT's department or subject"],
  ["ectYear", "The ECT's year (ECT1 or ECT2)"],
];

const PEOPLE: readonly (readonly [string, string])[] = [
  ["id", "Person's id"],
  ["name", "Person's name"],
  ["is_ect", "Is an ECT (yes/no)"],
  ["kind", "Person or group"],
  ["role_title", "Job title"],
  ["school", "School"],
  ["department", "Department or subject"],
  ["seniority", "Seniority"],
  ["line_manager_id", "Line manager (id)"],
  ["ect_year", "ECT year (1 or 2)"],
  ["capacity", "How many ECTs they can support"],
  ["capacity_minutes_per_month", "Minutes a month they can give"],
  ["years_experience", "Years of experience"],
  ["staff_type", "Teaching or support staff"],
  ["map_status", "Map status"],
  ["mentor_training", "Mentor training"],
  ["support_experience_stage", "Experience of supporting others"],
  ["mentoring_conception", "How they see mentoring"],
  ["wants_orientation", "What kind of support the ECT wants"],
  ["strengths", "Strengths"],
  ["notes", "Notes"],
];

const LINKS: readonly (readonly [string, string])[] = [
  ["from_id", "Who gives support (id or name)"],
  ["to_id", "Who receives support (id or name)"],
  ["support_types", "Kinds of support"],
  ["link_id", "Link's id"],
  ["link_role", "Role in the support (mentor, peer…)"],
  ["supporterRole", "Supporter's job title"],
  ["supporterSchool", "Supporter's school"],
  ["assesses", "Assesses the ECT (yes/no)"],
  ["formality", "Formal or informal"],
  ["origin", "How the support began"],
  ["frequency", "How often they meet"],
  ["minutes_per_month", "Minutes a month"],
  ["started_on", "Date started"],
  ["last_contact", "Date of last contact"],
  ["ends_on", "Date it ends"],
  ["status", "Status (active, paused, ended)"],
  ["trust", "Trust (1 to 5)"],
  ["similarity", "How similar they are (1 to 5)"],
  ["willingness", "Volunteered or directed"],
  ["style", "Style of support"],
  ["modes", "How they meet"],
  ["knew_before", "Knew each other before (yes/no)"],
  ["agreement_in_place", "Agreement in place (yes/no)"],
  ["brokered_by", "Brokered by (id)"],
  ["subtopics", "Subtopics"],
  ["visibility", "Who may see it"],
];

/** Every choice but "Leave out", in display order. */
export const COLUMN_CHOICES: readonly ColumnChoice[] = [
  ...SURVEY.map(([value, label]) => ({ value, label, group: "survey" as const })),
  ...PEOPLE.map(([value, label]) => ({ value, label, group: "people" as const })),
  ...LINKS.map(([value, label]) => ({ value, label, group: "links" as const })),
];

const LABELS: ReadonlyMap<string, string> = new Map([
  [LEAVE_OUT, "Leave out"],
  ...COLUMN_CHOICES.map((c) => [c.value, c.label] as const),
]);

/** A mapping value in words ("behaviour" → "Who helps with behaviour"); an unknown value as written. */
export function choiceLabel(value: string): string {
  return LABELS.get(value) ?? value;
}
