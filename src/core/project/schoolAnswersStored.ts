/**
 * The "Same school?" answers in a stored project's options, checked: a project file may come from
 * anywhere, and an answer that is not two names and a yes or no would be applied as nonsense. Only
 * well-formed answers are kept; the rest are counted so opening the project can say so.
 */
import type { SameSchoolAnswer } from "../model/schoolAnswers.ts";

export interface StoredSchoolAnswers {
  /** `{ sameSchools }` with the answers read, or nothing when the options held none. */
  readonly options: { readonly sameSchools?: readonly SameSchoolAnswer[] };
  readonly dropped: number;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * @example readSchoolAnswers({ sameSchools: [{ keep: "Brookside School", other: "Brookside", same: true }, 7] })
 * // { options: { sameSchools: [{ keep: "Brookside School", other: "Brookside", same: true }] }, dropped: 1 }
 */
export function readSchoolAnswers(options: unknown): StoredSchoolAnswers {
  if (!isRecord(options) || options.sameSchools === undefined) return { options: {}, dropped: 0 };
  const raw: unknown[] = Array.isArray(options.sameSchools) ? options.sameSchools : [options.sameSchools];
  const answers: SameSchoolAnswer[] = [];
  for (const a of raw)
    if (isRecord(a) && typeof a.keep === "string" && typeof a.other === "string" && typeof a.same === "boolean")
      if (a.keep.trim() !== "" && a.other.trim() !== "") answers.push({ keep: a.keep, other: a.other, same: a.same });
  return { options: { sameSchools: answers }, dropped: raw.length - answers.length };
}
