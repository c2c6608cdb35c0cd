/**
 * "Same person?": names that might be one person written two ways ("Pete Adams" and "Peter
 * Adams"), for the lead to answer one by one, or later; those a title or initial points at ("Mr
 * Patel") can be joined in one go (joinsInBulk). The import never waits for
 * it: both spellings stay until answered, and the answers are kept with the project. Give it a
 * `key` that changes with the proposals: its choices are for one list of them. With `resume` (answers
 * were just saved), it opens on the questions left with focus on their heading, so the lead goes on.
 */
import { useId, useState } from "react";
import type { SameAnswer, SamePersonProposal } from "../../core/index.ts";
import { joinsInBulk } from "../../core/index.ts";
import { QuestionChoices } from "./QuestionChoices.tsx";
import { QuestionsPanel } from "./QuestionsPanel.tsx";
import { bulkJoinWords } from "./sameAnswerWords.ts";
import type { SameChoice } from "./sameChoices.ts";
import { bulkAnswers, choicesFor, chosenAnswers } from "./sameChoices.ts";
import { writtenWhere } from "./writtenWhere.ts";

export function SamePeople({
  proposals,
  nameFiles,
  resume,
  onAnswer,
  busy,
}: {
  proposals: readonly SamePersonProposal[];
  /** More than one file was read: each row is given with its file. */
  nameFiles: boolean;
  resume: boolean;
  onAnswer: (answers: readonly SameAnswer[]) => void;
  busy: boolean;
}) {
  const [choices, setChoices] = useState<readonly SameChoice[]>(() => proposals.map(() => "unsure"));
  const id = useId();
  const first = proposals[0];
  if (!first) return null;
  const count = proposals.length === 1 ? "One name" : `${proposals.length} names`;
  const answered = chosenAnswers(proposals, choices);
  const bulk = bulkAnswers(proposals, choices);
  const oneByOne = proposals.filter((p) => !joinsInBulk(p)).length;
  // The step stays open while the answers are read (its buttons wait): the questions left follow it.
  return (
    <QuestionsPanel
      name="same-people"
      title="Same person?"
      notice={
        <p>
          <strong>Same person?</strong> {count} might be written two ways for one person (&quot;
          {first.other.name}&quot; and &quot;{first.keep.name}&quot;
          {proposals.length > 1 ? ", and more" : ""}). Both are kept until you answer, so the figures may change.
        </p>
      }
      noticeLater={
        <p>
          {count} might be {proposals.length === 1 ? "one person" : "the same people"} written two ways; the figures may
          change once you answer.
        </p>
      }
      intro={
        <p>
          These names might be one person written two ways. Say which are the same; anything you leave as &quot;Not sure
          yet&quot; stays as two people, and you can answer later.
          {oneByOne > 0 &&
            ` A nickname, a typing slip or a first name alone can belong to two different people, so ${oneByOne === 1 ? "that one is" : "those are"} yours to answer one by one.`}
        </p>
      }
      resume={resume}
      answered={answered.length}
      onSave={() => onAnswer(answered)}
      busy={busy}
      nothingTestId="nothing-to-save"
      moreButtons={
        // Only the pairs a title or initial points at: "Sam Lee" and "Samantha Lee" are often two people.
        bulk.joined > 0 && (
          <button type="button" disabled={busy} onClick={() => onAnswer(bulk.answers)} data-testid="join-in-bulk">
            {bulkJoinWords(bulk.joined, bulk.chosen)}
          </button>
        )
      }
    >
      {proposals.map((p, i) => (
        <li key={`${p.keep.name}\u0000${p.other.name}`}>
          <QuestionChoices<SameChoice>
            legend={
              <>
                <bdi>{p.other.name}</bdi> and <bdi>{p.keep.name}</bdi>
              </>
            }
            detail={
              <>
                {p.why}. &quot;<bdi>{p.keep.name}</bdi>&quot; is written {writtenWhere(p.keep, nameFiles)}; &quot;
                <bdi>{p.other.name}</bdi>&quot; {writtenWhere(p.other, nameFiles)}.
              </>
            }
            name={`${id}-${i}`}
            options={choicesFor(p)}
            chosen={choices[i] ?? "unsure"}
            onChoose={(value) => setChoices(choices.map((c, j) => (j === i ? value : c)))}
          />
        </li>
      ))}
    </QuestionsPanel>
  );
}
