/**
 * The shell the import report's questions share ("Same person?", "Same school?"): a notice that
 * offers to answer now or later, and once opened a section with heading, intro, the ordered list of
 * questions and the save row. Each question kind brings its own rows, answers and words; the shell
 * keeps the open/later state and where focus goes: on the heading, also with `resume` (answers were
 * just saved, and some questions are left or new). Landing on a question's "Not sure yet" read as
 * if that question were already answered, and skipped the intro that says what the list is.
 */
import type { ReactNode } from "react";
import { useEffect, useId, useRef, useState } from "react";

export function QuestionsPanel({
  name,
  title,
  notice,
  noticeLater,
  intro,
  resume,
  answered,
  onSave,
  busy,
  nothingTestId,
  moreButtons,
  children,
}: {
  /** Class name and test id of the section ("same-people"); the notice and list add "-notice", "-list". */
  name: string;
  /** The question, as heading and in the "Answer …" button: "Same person?". */
  title: string;
  /** The notice's words before the lead chose "Decide later"… */
  notice: ReactNode;
  /** …and after. */
  noticeLater: ReactNode;
  intro: ReactNode;
  resume: boolean;
  /** How many answers the save button would save. */
  answered: number;
  onSave: () => void;
  busy: boolean;
  nothingTestId: string;
  /** Buttons between the save button and "Decide later". */
  moreButtons?: ReactNode;
  /** The questions, one <li> each. */
  children: ReactNode;
}) {
  const [open, setOpen] = useState(resume);
  const [later, setLater] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);

  if (!open)
    return (
      <div className={`notice notice-warning ${name}-notice`} data-testid={`${name}-notice`}>
        {later ? noticeLater : notice}
        <div className="button-row">
          <button type="button" onClick={() => setOpen(true)}>
            {/* On a phone the button shows "Answer" beside "Decide later"; its name keeps the question. */}
            Answer<span className="question-name"> &quot;{title}&quot;</span>
          </button>
          {!later && (
            <button type="button" onClick={() => setLater(true)}>
              Decide later
            </button>
          )}
        </div>
      </div>
    );

  return (
    <section className={name} aria-labelledby={`${id}-h`} data-testid={name}>
      <h3 id={`${id}-h`} tabIndex={-1} ref={heading}>
        {title}
      </h3>
      {intro}
      <ol className={`${name}-list`}>{children}</ol>
      <div className="button-row">
        {/* "Save 0 answers" read as a broken button: with nothing chosen, say what to do instead. */}
        {answered === 0 ? (
          <p className="muted small nothing-to-save" data-testid={nothingTestId}>
            Nothing to save yet: choose an answer above, or answer later.
          </p>
        ) : (
          <button type="button" disabled={busy} onClick={onSave}>
            Save {answered === 1 ? "1 answer" : `${answered} answers`}
          </button>
        )}
        {moreButtons}
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
