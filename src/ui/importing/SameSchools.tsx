/**
 * "Same school?": school names that might be one school written two ways ("Brookside" and
 * "Brookside School"), for the lead to answer in the app rather than by editing every file. Each
 * question has two answers: one school (with the spelling to show) or two schools (not asked again).
 * Like SamePeople: the import never waits, both spellings stay apart until answered, the answers
 * are kept with the project, and with `resume` it opens on the questions left. Give it a `key` that
 * changes with the questions: its choices are for one list of them.
 */
import { useEffect, useId, useRef, useState } from "react";
import type { SameSchoolAnswer, SameSchoolQuestion, SchoolSide } from "../../core/index.ts";

type Choice = "unsure" | "a" | "b" | "different";

function answerOf(q: SameSchoolQuestion, choice: Choice): SameSchoolAnswer | undefined {
  if (choice === "a") return { keep: q.a.name, other: q.b.name, same: true };
  if (choice === "b") return { keep: q.b.name, other: q.a.name, same: true };
  if (choice === "different") return { keep: q.a.name, other: q.b.name, same: false };
  return undefined;
}

const people = (n: number) => `${n.toLocaleString("en-GB")} ${n === 1 ? "person" : "people"}`;

/** "2 people, first written in row 2, column School" (with the file when more than one was read). */
function sideWords(s: SchoolSide, nameFiles: boolean): string {
  const w = s.where;
  if (!w) return people(s.people);
  return `${people(s.people)}, first written in ${nameFiles ? `${w.file} ` : ""}row ${w.row}${w.column ? `, column ${w.column}` : ""}`;
}

/** The spelling with more people first: the likelier one to show. */
const ordered = (q: SameSchoolQuestion): readonly ["a" | "b", SchoolSide][] =>
  q.b.people > q.a.people
    ? [
        ["b", q.b],
        ["a", q.a],
      ]
    : [
        ["a", q.a],
        ["b", q.b],
      ];

export function SameSchools({
  questions,
  nameFiles,
  resume,
  onAnswer,
  busy,
}: {
  questions: readonly SameSchoolQuestion[];
  /** More than one file was read: each place is given with its file. */
  nameFiles: boolean;
  resume: boolean;
  onAnswer: (answers: readonly SameSchoolAnswer[]) => void;
  busy: boolean;
}) {
  const [open, setOpen] = useState(resume);
  const [later, setLater] = useState(false);
  const [choices, setChoices] = useState<readonly Choice[]>(() => questions.map(() => "unsure"));
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLOListElement>(null);
  // Opened by the lead: focus on the heading. Opened again after answers: on the next question's choice.
  const toQuestion = useRef(resume);
  const id = useId();
  useEffect(() => {
    if (!open) return;
    if (toQuestion.current) list.current?.querySelector<HTMLInputElement>("input:checked")?.focus();
    else heading.current?.focus();
    toQuestion.current = false;
  }, [open]);
  const first = questions[0];
  if (!first) return null;
  const count = questions.length === 1 ? "Two school names" : `${questions.length} pairs of school names`;

  if (!open)
    return (
      <div className="notice notice-warning same-schools-notice" data-testid="same-schools-notice">
        {later ? (
          <p>
            {count} might be {questions.length === 1 ? "one school" : "the same schools"} written two ways; the school
            filter shows them apart until you answer.
          </p>
        ) : (
          <p>
            <strong>Same school?</strong> {count} might be one school written two ways (&quot;
            <bdi>{first.a.name}</bdi>&quot; and &quot;<bdi>{first.b.name}</bdi>&quot;
            {questions.length > 1 ? ", and more" : ""}). They are kept apart until you answer, so filters and the heat
            map show them as two.
          </p>
        )}
        <div className="button-row">
          <button type="button" onClick={() => setOpen(true)}>
            Answer &quot;Same school?&quot;
          </button>
          {!later && (
            <button type="button" onClick={() => setLater(true)}>
              Decide later
            </button>
          )}
        </div>
      </div>
    );

  const answered = questions.flatMap((q, i) => {
    const a = answerOf(q, choices[i] ?? "unsure");
    return a ? [a] : [];
  });
  return (
    <section className="same-schools" aria-labelledby={`${id}-h`} data-testid="same-schools">
      <h3 id={`${id}-h`} tabIndex={-1} ref={heading}>
        Same school?
      </h3>
      <p>
        These might be one school written two ways. Say which are one school and how to show it; anything you leave as
        &quot;Not sure yet&quot; stays as two schools, and you can answer later. Nothing in your files is changed.
      </p>
      <ol className="same-schools-list" ref={list}>
        {questions.map((q, i) => (
          <li key={`${q.a.name}\u0000${q.b.name}`}>
            <fieldset>
              <legend>
                <bdi>{q.a.name}</bdi> and <bdi>{q.b.name}</bdi>
              </legend>
              <p className="muted small">
                &quot;<bdi>{q.a.name}</bdi>&quot;: {sideWords(q.a, nameFiles)}. &quot;<bdi>{q.b.name}</bdi>&quot;:{" "}
                {sideWords(q.b, nameFiles)}.
              </p>
              {[
                ...ordered(q).map(([value, s]) => [value, `One school (shown as “${s.name}”)`] as const),
                ["different", "Two schools"] as const,
                ["unsure", "Not sure yet"] as const,
              ].map(([value, label]) => (
                <label key={value} className="choice">
                  <input
                    type="radio"
                    name={`${id}-${i}`}
                    value={value}
                    checked={(choices[i] ?? "unsure") === value}
                    onChange={() => setChoices(choices.map((c, j) => (j === i ? value : c)))}
                  />{" "}
                  <bdi>{label}</bdi>
                </label>
              ))}
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="button-row">
        {answered.length === 0 ? (
          <p className="muted small nothing-to-save" data-testid="nothing-to-save-schools">
            Nothing to save yet: choose an answer above, or answer later.
          </p>
        ) : (
          <button type="button" disabled={busy} onClick={() => onAnswer(answered)}>
            Save {answered.length === 1 ? "1 answer" : `${answered.length} answers`}
          </button>
        )}
        <button
          type="button"
          onClick={() => {
            setOpen(false);
            setLater(true);
          }}
        >
          Decide later
        </button>
      </div>
    </section>
  );
}
