/**
 * The lead's answers to "Same school?", applied after an import. The import never merges two
 * spellings that differ by words or punctuation ("Brookside" and "Brookside School"); the lead may
 * answer that they are one school (and which spelling to show) or two. Answers are plain data kept
 * with the project and applied again after every load, so a new import of the same files reads the
 * same. Spellings are matched as schoolKey matches them (case and spacing set aside).
 *
 * An answer whose spellings are no longer in the data does nothing: no one is moved and nothing is
 * asked, and it stays with the project in case those spellings come back.
 */
import { sameSchoolPairs, schoolKey } from "./schoolNames.ts";
import type { Person } from "./types.ts";

/** One answer: `same` true reads `other` as `keep` (the spelling shown); false keeps the two apart. */
export interface SameSchoolAnswer {
  readonly keep: string;
  readonly other: string;
  readonly same: boolean;
}

/**
 * The key of a pair of school names, the same whichever is written first.
 * @example schoolPairKey("Brookside", "brookside  school") === schoolPairKey("Brookside School", "Brookside") // true
 */
export function schoolPairKey(a: string, b: string): string {
  const [x, y] = [schoolKey(a), schoolKey(b)].sort();
  return `${x}\u0000${y}`;
}

/**
 * Where each answered spelling goes, by schoolKey: following "one school" answers to the end
 * ("Brookside" → "Brookside School" → "The Brookside School"). Answers that go round in a circle
 * all go to the `keep` of the first of them, so applying the answers twice changes nothing.
 */
function destinations(answers: readonly SameSchoolAnswer[]): Map<string, string> {
  const next = new Map<string, { name: string; order: number }>();
  answers.forEach((a, order) => {
    if (a.same && schoolKey(a.keep) !== schoolKey(a.other) && schoolKey(a.keep) !== "")
      next.set(schoolKey(a.other), { name: a.keep, order });
  });
  const out = new Map<string, string>();
  for (const start of next.keys()) {
    const path: string[] = [];
    let key = start;
    let step = next.get(key);
    while (step !== undefined && !path.includes(key)) {
      path.push(key);
      key = schoolKey(step.name);
      step = next.get(key);
    }
    let to: string;
    if (step === undefined) to = next.get(path[path.length - 1] ?? start)?.name ?? start;
    else {
      // A circle: every school on it goes to the keep of its earliest answer.
      const circle = path.slice(path.indexOf(key));
      const first = circle.map((k) => next.get(k)).reduce((a, b) => (b && (!a || b.order < a.order) ? b : a));
      to = first?.name ?? start;
    }
    out.set(start, to);
  }
  return out;
}

/**
 * A function giving the school each written school is shown as once the answers are applied. A
 * spelling the data already shows for the answer's school is kept ("BROOKSIDE SCHOOL", when that
 * is how the data writes the `keep` of an answer "Brookside School"), so no school is split by case.
 * @example schoolResolver([{ keep: "Brookside School", other: "Brookside", same: true }], [])("brookside") // "Brookside School"
 */
export function schoolResolver(
  answers: readonly SameSchoolAnswer[],
  shown: Iterable<string>,
): (school: string) => string {
  const to = destinations(answers);
  const present = new Map<string, string>();
  for (const s of shown) if (!present.has(schoolKey(s))) present.set(schoolKey(s), s);
  return (school) => {
    const d = to.get(schoolKey(school));
    return d === undefined ? school : (present.get(schoolKey(d)) ?? d);
  };
}

/**
 * The people with the "one school" answers applied to their schools: a new list of the same
 * people in the same order (a person is copied only when their school changes; none is mutated).
 * @example applySchoolAnswers(people, [{ keep: "Brookside School", other: "Brookside", same: true }])
 */
export function applySchoolAnswers(people: readonly Person[], answers: readonly SameSchoolAnswer[]): Person[] {
  if (!answers.some((a) => a.same)) return [...people];
  const resolve = schoolResolver(
    answers,
    people.flatMap((p) => (p.school === undefined ? [] : [p.school])),
  );
  return people.map((p) => {
    if (p.school === undefined) return p;
    const school = resolve(p.school);
    return school === p.school ? p : { ...p, school };
  });
}

/**
 * The "Same school?" questions left once the answers are applied: pairs among the schools shown
 * (each named once, in first-written order) that may be one school and have no answer yet.
 * @example schoolQuestionsLeft(["Brookside", "Brookside School"], [{ keep: "Brookside", other: "Brookside School", same: false }]) // []
 */
export function schoolQuestionsLeft(
  shown: readonly string[],
  answers: readonly SameSchoolAnswer[],
): [string, string][] {
  const resolve = schoolResolver(answers, shown);
  const answered = new Set(answers.map((a) => schoolPairKey(a.keep, a.other)));
  const after = [...new Set(shown.map(resolve))];
  return sameSchoolPairs(after).filter(([a, b]) => !answered.has(schoolPairKey(a, b)));
}
