/**
 * "Collect with a form": the questionnaire (from the core) ready to paste into Microsoft Forms or
 * Google Forms, how to set each one up and bring its responses back here, and a printable one-page
 * paper version. The questions are worded as the importer reads them, so the export needs no
 * column mapping.
 */
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { createPortal } from "react-dom";
import type { FormQuestion, Questionnaire, QuestionnaireOptions } from "../../core/index.ts";
import { questionnaire, questionnaireText } from "../../core/index.ts";

/** Prints only the paper version: the print stylesheet shows what `data-print="form"` names. */
function printPaper(): void {
  document.body.dataset.print = "form";
  const done = () => {
    delete document.body.dataset.print;
    removeEventListener("afterprint", done);
  };
  addEventListener("afterprint", done);
  print();
}

/** Ruled lines to write on: three for the names of supporters, two for the optional extras, one for a name. */
const linesFor = (q: FormQuestion) => (q.kind === "support" ? 3 : q.answer === "long" ? 2 : 1);

function PaperVersion({ form }: { form: Questionnaire }) {
  return (
    <article className="form-paper">
      <h1>{form.title}</h1>
      {form.intro.map((p) => (
        <p key={p} className="form-paper-intro">
          {p}
        </p>
      ))}
      <ol>
        {form.questions.map((q) => (
          <li key={q.text} className={`form-paper-${q.answer}`}>
            <strong>{q.text}</strong>
            {!q.required && <span> (optional)</span>}
            {q.help && <span className="form-paper-help"> {q.help}</span>}
            {Array.from({ length: linesFor(q) }, (_, i) => (
              <span key={i} className="form-paper-line" />
            ))}
          </li>
        ))}
      </ol>
    </article>
  );
}

export function CollectWithForm({ onClose }: { onClose: () => void }) {
  const id = useId();
  const [options, setOptions] = useState<Required<QuestionnaireOptions>>({
    career: true,
    gives: true,
    howOften: false,
  });
  const [status, setStatus] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);
  const block = useRef<HTMLPreElement>(null);
  const form = useMemo(() => questionnaire(options), [options]);
  const text = useMemo(() => questionnaireText(form), [form]);

  // Opening it takes keyboard and screen-reader users straight to it.
  useEffect(() => heading.current?.focus(), []);

  const selectText = () => {
    const el = block.current;
    const selection = getSelection();
    if (!el || !selection) return;
    selection.selectAllChildren(el);
    el.focus();
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("Copied. Paste the questions into your form, one at a time.");
    } catch {
      // No clipboard (an older browser, or permission refused): select the text to copy by hand.
      selectText();
      setStatus("The questions are selected: press Ctrl+C (or ⌘C on a Mac) to copy them.");
    }
  };
  const option = (key: keyof QuestionnaireOptions, label: string) => (
    <label>
      <input
        type="checkbox"
        checked={options[key]}
        onChange={(e) => setOptions({ ...options, [key]: e.target.checked })}
      />{" "}
      {label}
    </label>
  );

  return (
    <section className="collect-form" aria-labelledby={`${id}-h`} data-testid="collect-form">
      <h3 id={`${id}-h`} ref={heading} tabIndex={-1}>
        Collect with a form
      </h3>
      <p className="small">
        Ask your ECTs with a Microsoft Form, a Google Form or on paper. The questions below are worded so that Mosaic
        recognises them: keep the wording of each question as it is, and the responses will import with no extra steps.
      </p>
      <fieldset className="options">
        <legend>Optional questions</legend>
        {option("career", "Career and next steps")}
        {option("gives", "Who do you help?")}
        {option("howOften", "How often they talk")}
      </fieldset>
      {(options.gives || options.howOften) && (
        <p className="small muted">
          Mosaic does not read the answers to{" "}
          {[options.gives && '"Who do you help?"', options.howOften && '"How often"'].filter(Boolean).join(" or ")} yet:
          they stay in your form for you to read.
        </p>
      )}
      <pre className="form-text" ref={block} tabIndex={0} data-testid="form-text" aria-label="The questions">
        {text}
      </pre>
      <div className="collect-actions">
        <button type="button" className="primary" onClick={() => void copy()}>
          Copy questions
        </button>
        <button type="button" onClick={printPaper}>
          Print paper version
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
        <span role="status" className="small" data-testid="copy-status">
          {status}
        </span>
      </div>
      <div className="collect-services">
        <div>
          <h4>Microsoft Forms</h4>
          <ol className="small">
            <li>Create a new form. Paste the title, and the three short paragraphs as its description.</li>
            <li>
              For "Your name" and the school, add a <strong>Text</strong> question. For every other question add a{" "}
              <strong>Text</strong> question and switch on <strong>Long answer</strong>. Paste the question exactly as
              written, and its help text as the subtitle.
            </li>
            <li>Switch on Required for the questions that are not marked optional.</li>
            <li>
              When the responses are in: <strong>Responses</strong> → <strong>Open results in Excel</strong>. In Excel,
              save it as <strong>CSV UTF-8</strong> and import that file here.
            </li>
          </ol>
        </div>
        <div>
          <h4>Google Forms</h4>
          <ol className="small">
            <li>Create a blank form. Paste the title, and the three short paragraphs as its description.</li>
            <li>
              For "Your name" and the school, add a <strong>Short answer</strong> question. For every other question add
              a <strong>Paragraph</strong> question. Paste the question exactly as written, and its help text as the
              description (⋮ → Description).
            </li>
            <li>Switch on Required for the questions that are not marked optional.</li>
            <li>
              When the responses are in: <strong>Responses</strong> → ⋮ → <strong>Download responses (.csv)</strong>. If
              it arrives as a .zip file, open it and import the CSV inside here.
            </li>
          </ol>
        </div>
      </div>
      <p className="small muted">
        ECTs can write one name per line or separate names with commas; Mosaic reads both. "No one" is read as no one.
        Timestamps and email addresses in the export are not kept.
      </p>
      {createPortal(<PaperVersion form={form} />, document.body)}
    </section>
  );
}
