/**
 * The words of the "Edit details" form: each field's label and hint, how a held value reads, and
 * what is said under the school field. Pure, so the wording is tested without a page.
 */
import type { DetailField, Person, Seniority, TypedSchool } from "../../core/index.ts";
import { ectYearChoices, lastEctYear } from "../../core/index.ts";

export const DETAIL_LABELS: Readonly<Record<DetailField, string>> = {
  role_title: "Role title",
  school: "School",
  department: "Department, subject or team",
  seniority: "Seniority",
  capacity: "ECTs they can support at once",
  capacity_minutes_per_month: "Minutes a month they can give",
  ect_year: "ECT year",
};

/** Said under a field, always (a problem, when there is one, is said after it). */
export const DETAIL_HINTS: Readonly<Partial<Record<DetailField, string>>> = {
  seniority: "Leave it blank for support staff and people without a school post.",
  capacity: "England's guidance is one ECT at a time. Blank means not known.",
  capacity_minutes_per_month: "Time for supporting others, in minutes. Blank means not known.",
};

/**
 * Said under an ECT's year: the years offered, from the settings' years of induction.
 * @example ectYearHint(2) // "1 or 2: induction lasts 2 years here (Years of induction, in the settings)."
 */
export function ectYearHint(ectYears: number): string {
  const last = lastEctYear(ectYears);
  const choices = ectYearChoices(last);
  return `${choices.charAt(0).toUpperCase()}${choices.slice(1)}: induction lasts ${last === 1 ? "1 year" : `${last} years`} here (Years of induction, in the settings).`;
}

export const SENIORITY_WORDS: Readonly<Record<Seniority, string>> = {
  ect: "ECT",
  teacher: "Teacher",
  middle_leader: "Middle leader",
  senior_leader: "Senior leader",
  headteacher: "Headteacher",
};

/** Said in the form when a save is refused because another tab holds the project: nothing was changed. */
export const NOT_SAVED =
  "Not saved: changes are turned off in this tab because the project is open in another tab. Make the change there, or choose “Use it here” at the top of the page and make it again.";

/** A held value as read in the details list: "not recorded" for a blank. */
export function detailValueWords(person: Person, field: DetailField): string {
  const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
  switch (field) {
    case "seniority":
      return person.seniority ? SENIORITY_WORDS[person.seniority] : "not recorded";
    case "capacity":
      return person.capacity === undefined ? "not recorded" : plural(person.capacity, "ECT", "ECTs");
    case "capacity_minutes_per_month":
      return person.capacity_minutes_per_month === undefined
        ? "not recorded"
        : plural(person.capacity_minutes_per_month, "minute", "minutes");
    case "ect_year":
      return person.ect_year === undefined ? "not recorded" : `Year ${person.ect_year}`;
    default: {
      const text = person[field];
      return text === undefined || text === "" ? "not recorded" : text;
    }
  }
}

/**
 * What is said under the school field about the school typed, or undefined when there is nothing
 * to say (blank, or exactly a school on the map). `held` is the person's school as it is now.
 * @example schoolNote({ kind: "new", school: "Brookside Schol", near: ["Brookside School"] }, "x", undefined)
 * // "New school: no one else is at ‘Brookside Schol’. Did you mean this one?"
 */
export function schoolNote(school: TypedSchool, typed: string, held: string | undefined): string | undefined {
  if (school.kind === "blank") return undefined;
  if (school.kind === "known")
    return school.school !== typed.trim() && school.school !== held
      ? `This is ‘${school.school}’, as it is written on the map, and is saved that way.`
      : undefined;
  if (school.school === held) return undefined;
  const first = `New school: no one else is at ‘${school.school}’.`;
  if (school.near.length === 0) return `${first} It will be saved as a school of its own.`;
  return `${first} ${school.near.length === 1 ? "Did you mean this one?" : "Did you mean one of these?"}`;
}
