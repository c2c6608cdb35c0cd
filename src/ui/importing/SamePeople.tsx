/**
 * "Same person?": names that might be one person written two ways ("Pete Adams" and "Peter
 * Adams"), for the lead to answer one by one, or later; those a title or initial points at ("Mr
 * Patel") can be joined in one go (joinsInBulk). The import never waits for
 * it: both spellings stay until answered, and the answers are kept with the project. Give it a
 * `key` that changes with the proposals: its choices are for one list of them. With `resume` (answers
 * were just saved), it opens on the questions left with focus on the first, so the lead goes on.
 */
import { useEffect, useId, useRef, useState } from "react";
import type { SameAnswer, SamePersonProposal } from "../../core/index.ts";
import { joinsInBulk } from "../../core/index.ts";
import { bulkJoinWords } from "./sameAnswerWords.ts";
import type { SameChoice } from "./sameChoices.ts";
import { bulkAnswers, chosenAnswers } from "./sameChoices.ts";
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
  const [open, setOpen] = useState(resume);
  const [later, setLater] = useState(false);
  const [choices, setChoices] = useState<readonly SameChoice[]>(() => proposals.map(() => "unsure"));
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
  if (proposals.length === 0) return null;
  const count = proposals.length === 1 ? "One name" : `${proposals.length} names`;

  if (!open)
    return (
      <div className="notice notice-warning same-people-notice" data-testid="same-people-notice">
        {later ? (
          <p>
            {count} might be {proposals.length === 1 ? "one person" : "the same people"} written two ways; the figures
            may change once you answer.
          </p>
        ) : (
          <p>
            <strong>Same person?</strong> {count} might be written two ways for one person (&quot;
            {proposals[0]!.other.name}&quot; and &quot;{proposals[0]!.keep.name}&quot;
            {proposals.length > 1 ? ", and more" : ""}). Both are kept until you answer, so the figures may change.
          </p>
        )}
        <div className="button-row">
          <button type="button" onClick={() => setOpen(true)}>
            Answer &quot;Same person?&quot;
          </button>
          {!later && (
            <button type="button" onClick={() => setLater(true)}>
              Decide later
            </button>
          )}
        </div>
      </div>
    );

  const answered = chosenAnswers(proposals, choices);
  const bulk = bulkAnswers(proposals, choices);
  const oneByOne = proposals.filter((p) => !joinsInBulk(p)).length;
  // The step stays open while the answers are read (its buttons wait): the questions left follow it.
  const save = (answers: readonly SameAnswer[]) => onAnswer(answers);
  return (
    <section className="same-people" aria-labelledby={`${id}-h`} data-testid="same-people">
      <h3 id={`${id}-h`} tabIndex={-1} ref={heading}>
        Same person?
      </h3>
      <p>
        These names might be one person written two ways. Say which are the same; anything you leave as &quot;Not sure
        yet&quot; stays as two people, and you can answer later.
        {oneByOne > 0 &&
          ` A nickname, a typing slip or a first name alone can belong to two different people, so ${oneByOne === 1 ? "that one is" : "those are"} yours to answer one by one.`}
      </p>
      <ol className="same-people-list" ref={list}>
        {proposals.map((p, i) => (
          <li key={`${p.keep.name}\u0000${p.other.name}`}>
            <fieldset>
              <legend>
                <bdi>{p.other.name}</bdi> and <bdi>{p.keep.name}</bdi>
              </legend>
              <p className="muted small">
                {p.why}. &quot;<bdi>{p.keep.name}</bdi>&quot; is written {writtenWhere(p.keep, nameFiles)}; &quot;
                <bdi>{p.other.name}</bdi>&quot; {writtenWhere(p.other, nameFiles)}.
              </p>
              {(
                [
                  ["keep", `The same person: call them ${p.keep.name}`],
                  ["other", `The same person: call them ${p.other.name}`],
                  ["different", "Two different people"],
                  ["unsure", "Not sure yet"],
                ] as const
              ).map(([value, label]) => (
                <label key={value} className="choice">
                  <input
                    type="radio"
                    name={`${id}-${i}`}
                    value={value}
                    checked={(choices[i] ?? "unsure") === value}
                    onChange={() => setChoices(choices.map((c, j) => (j === i ? value : c)))}
                  />{" "}
                  {label}
                </label>
              ))}
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="button-row">
        {/* "Save 0 answers" read as a broken button: with nothing chosen, say what to do instead. */}
        {answered.length === 0 ? (
          <p className="muted small nothing-to-save" data-testid="nothing-to-save">
            Nothing to save yet: choose an answer above, or answer later.
          </p>
        ) : (
          <button type="button" disabled={busy} onClick={() => save(answered)}>
            Save {answered.length === 1 ? "1 answer" : `${answered.length} answers`}
          </button>
        )}
        {/* Only the pairs a title or initial points at: "Sam Lee" and "Samantha Lee" are often two people. */}
        {bulk.joined > 0 && (
          <button type="button" disabled={busy} onClick={() => save(bulk.answers)} data-testid="join-in-bulk">
            {bulkJoinWords(bulk.joined, bulk.chosen)}
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
