/**
 * What saving answers to "Same school?" did, in words: the school filter and the heat map change
 * when two schools become one, and a change no one mentions reads as a fault.
 */
import type { SameSchoolAnswer } from "../../core/index.ts";
import { schoolKey } from "../../core/index.ts";
import { plural } from "../plural.ts";

/**
 * "2 answers saved: Brookside School now covers 14 people; St Mary's and St Marys kept apart."
 * `schools` and `schoolPeople` are the load's after the answers (parallel lists).
 */
export function sameSchoolAnswerWords(
  answers: readonly SameSchoolAnswer[],
  schools: readonly string[],
  schoolPeople: readonly number[],
): string {
  const people = new Map(schools.map((s, i) => [schoolKey(s), { name: s, count: schoolPeople[i] ?? 0 }]));
  const did = answers.map((a) => {
    if (!a.same) return `${a.keep} and ${a.other} kept apart`;
    const now = people.get(schoolKey(a.keep));
    // Not in the data (or joined on into another school by a later answer): say what was asked.
    if (!now) return `${a.other} now shown as ${a.keep}`;
    return `${now.name} now covers ${now.count.toLocaleString("en-GB")} ${now.count === 1 ? "person" : "people"}`;
  });
  return `${plural(answers.length, "answer")} saved: ${did.join("; ")}.`;
}
