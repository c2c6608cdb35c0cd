/**
 * "Same school?": school names that might be one school written two ways ("Brookside" and
 * "Brookside School"), for the lead to answer in the app rather than by editing every file. Each
 * question has two answers: one school (with the spelling to show) or two schools (not asked again).
 * Like SamePeople: the import never waits, both spellings stay apart until answered, the answers
 * are kept with the project, and with `resume` it opens on the questions left. Give it a `key` that
 * changes with the questions: its choices are for one list of them.
 */
import { useId, useState } from "react";
import type { SameSchoolAnswer, SameSchoolQuestion, SchoolSide } from "../../core/index.ts";
import { counted } from "../../core/index.ts";
import { QuestionChoices } from "./QuestionChoices.tsx";
import { QuestionsPanel } from "./QuestionsPanel.tsx";

type Choice = "unsure" | "a" | "b" | "different";

function answerOf(q: SameSchoolQuestion, choice: Choice): SameSchoolAnswer | undefined {
  if (choice === "a") return { keep: q.a.name, other: q.b.name, same: true };
  if (choice === "b") return { keep: q.b.name, other: q.a.name, same: true };
  if (choice === "different") return { keep: q.a.name, other: q.b.name, same: false };
  return undefined;
}

/** "2 people, first written in row 2, column School" (with the file when more than one was read). */
function sideWords(s: SchoolSide, nameFiles: boolean): string {
  const w = s.where;
  if (!w) return counted(s.people, "person", "people");
  return `${counted(s.people, "person", "people")}, first written in ${nameFiles ? `${w.file} ` : ""}row ${w.row}${w.column ? `, column ${w.column}` : ""}`;
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
  const [choices, setChoices] = useState<readonly Choice[]>(() => questions.map(() => "unsure"));
  const id = useId();
  const first = questions[0];
  if (!first) return null;
  const count = questions.length === 1 ? "Two school names" : `${questions.length} pairs of school names`;
  const answered = questions.flatMap((q, i) => {
    const a = answerOf(q, choices[i] ?? "unsure");
    return a ? [a] : [];
  });
  return (
    <QuestionsPanel
      name="same-schools"
      title="Same school?"
      notice={
        <p>
          <strong>Same school?</strong> {count} might be one school written two ways (&quot;
          <bdi>{first.a.name}</bdi>&quot; and &quot;<bdi>{first.b.name}</bdi>&quot;
          {questions.length > 1 ? ", and more" : ""}). They are kept apart until you answer, so filters and the heat map
          show them as two.
        </p>
      }
      noticeLater={
        <p>
          {count} might be {questions.length === 1 ? "one school" : "the same schools"} written two ways; the school
          filter shows them apart until you answer.
        </p>
      }
      intro={
        <p>
          These might be one school written two ways. Say which are one school and how to show it; anything you leave as
          &quot;Not sure yet&quot; stays as two schools, and you can answer later. Nothing in your files is changed.
        </p>
      }
      resume={resume}
      answered={answered.length}
      onSave={() => onAnswer(answered)}
      busy={busy}
      nothingTestId="nothing-to-save-schools"
    >
      {questions.map((q, i) => (
        <li key={`${q.a.name}\u0000${q.b.name}`}>
          <QuestionChoices<Choice>
            legend={
              <>
                <bdi>{q.a.name}</bdi> and <bdi>{q.b.name}</bdi>
              </>
            }
            detail={
              <>
                &quot;<bdi>{q.a.name}</bdi>&quot;: {sideWords(q.a, nameFiles)}. &quot;<bdi>{q.b.name}</bdi>&quot;:{" "}
                {sideWords(q.b, nameFiles)}.
              </>
            }
            name={`${id}-${i}`}
            options={[
              ...ordered(q).map(([value, s]) => [value, <bdi>One school (shown as “{s.name}”)</bdi>] as const),
              ["different", <bdi>Two schools</bdi>],
              ["unsure", <bdi>Not sure yet</bdi>],
            ]}
            chosen={choices[i] ?? "unsure"}
            onChoose={(value) => setChoices(choices.map((c, j) => (j === i ? value : c)))}
          />
        </li>
      ))}
    </QuestionsPanel>
  );
}
