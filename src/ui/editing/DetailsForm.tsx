/**
 * The "Edit details" form for one person: labelled fields for what a lead corrects (a supporter's
 * role, setting, seniority and capacity; an ECT's setting and year), read by the core's
 * readPersonDetails (the importer's rules), with each problem said beside its field. Escape or
 * Cancel leaves it; Save hands over the one edit (or none, when nothing changed).
 */
import type { FormEvent } from "react";
import { useId, useMemo, useState } from "react";
import type { DetailField, DetailsDraft, Edit, Person } from "../../core/index.ts";
import { SENIORITIES, detailFieldsFor, detailsDraftOf, readPersonDetails } from "../../core/index.ts";
import { DETAIL_HINTS, DETAIL_LABELS, SENIORITY_WORDS, ectYearHint, schoolNote } from "./detailsWords.ts";

/** Above this many schools the browser's suggestion list is more noise than help. */
const MAX_LISTED_SCHOOLS = 300;

interface Props {
  readonly person: Person;
  /** The schools on the map, for the spelling rule and the suggestions. */
  readonly schools: readonly string[];
  /** The settings' years of induction: an ECT's year is 1 to this. */
  readonly ectYears: number;
  readonly busy: boolean;
  /** Said under the buttons when the last save was refused: the change was not made. */
  readonly notSaved?: string | undefined;
  /** Save pressed with nothing wrong: the edit, or undefined when nothing changed. */
  readonly onSave: (edit: Edit | undefined) => void;
  readonly onCancel: () => void;
}

export function DetailsForm({ person, schools, ectYears, busy, notSaved, onSave, onCancel }: Props) {
  const idBase = useId();
  const [draft, setDraft] = useState<DetailsDraft>(() => detailsDraftOf(person));
  // Problems are said once Save is pressed (then kept up to date as they are fixed), not while the
  // first digit is typed; nor on leaving a field, as the text appearing then moved the Save button
  // from under the pointer between press and release, and the click was lost.
  const [tried, setTried] = useState(false);
  const reading = useMemo(
    () => readPersonDetails(person, draft, schools, ectYears),
    [person, draft, schools, ectYears],
  );
  const fields = detailFieldsFor(person);
  const idOf = (field: DetailField) => `${idBase}-${field}`;
  const problemOf = (field: DetailField) =>
    tried ? reading.problems.find((p) => p.field === field)?.message : undefined;
  const set = (field: DetailField, value: string) => setDraft((d) => ({ ...d, [field]: value }));

  const save = (e: FormEvent) => {
    e.preventDefault();
    const first = reading.problems[0];
    if (first) {
      setTried(true);
      document.getElementById(idOf(first.field))?.focus();
      return;
    }
    onSave(reading.edit);
  };

  const note = schoolNote(reading.school, draft.school, person.school);
  const near = reading.school.kind === "new" && reading.school.school !== person.school ? reading.school.near : [];
  const listId = `${idBase}-schools`;

  return (
    <form
      className="details-form"
      aria-label={`Edit the details of ${person.name}`}
      data-testid="details-form"
      noValidate
      onSubmit={save}
      onKeyDown={(e) => {
        if (e.key !== "Escape") return;
        // Escape leaves this form only, not the panel it sits in.
        e.stopPropagation();
        onCancel();
      }}
    >
      {fields.map((field) => {
        const problem = problemOf(field);
        const hint = field === "ect_year" ? ectYearHint(ectYears) : DETAIL_HINTS[field];
        const isSchool = field === "school";
        const described = [
          hint && `${idOf(field)}-hint`,
          isSchool && note && `${idOf(field)}-note`,
          problem && `${idOf(field)}-problem`,
        ].filter(Boolean);
        const common = {
          id: idOf(field),
          value: draft[field],
          "aria-invalid": problem ? true : undefined,
          "aria-describedby": described.length > 0 ? described.join(" ") : undefined,
        };
        return (
          <div className="details-field" key={field}>
            <label htmlFor={idOf(field)}>{DETAIL_LABELS[field]}</label>
            {field === "seniority" ? (
              <select {...common} onChange={(e) => set(field, e.target.value)}>
                <option value="">not recorded</option>
                {SENIORITIES.map((s) => (
                  <option key={s} value={s}>
                    {SENIORITY_WORDS[s]}
                  </option>
                ))}
              </select>
            ) : (
              <input
                {...common}
                type="text"
                inputMode={
                  field === "capacity" || field.endsWith("per_month") || field === "ect_year" ? "numeric" : undefined
                }
                list={isSchool && schools.length <= MAX_LISTED_SCHOOLS ? listId : undefined}
                autoComplete="off"
                onChange={(e) => set(field, e.target.value)}
              />
            )}
            {hint && (
              <p className="muted small field-hint" id={`${idOf(field)}-hint`}>
                {hint}
              </p>
            )}
            {isSchool && note && (
              <div className="field-note" id={`${idOf(field)}-note`} data-testid="school-note">
                <p>{note}</p>
                {near.length > 0 && (
                  <div className="button-row">
                    {near.map((s) => (
                      <button type="button" key={s} className="small-button" onClick={() => set("school", s)}>
                        Use ‘{s}’
                      </button>
                    ))}
                  </div>
                )}
              </div>
            )}
            {problem && (
              <p className="field-problem" id={`${idOf(field)}-problem`}>
                {problem}
              </p>
            )}
          </div>
        );
      })}
      {schools.length <= MAX_LISTED_SCHOOLS && (
        <datalist id={listId}>
          {schools.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy}>
          Save details
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {/* Always in the page, so a screen reader hears the words when they appear. */}
      <div role="status" className="field-note details-not-saved" data-testid="details-not-saved">
        {notSaved && <p>{notSaved}</p>}
      </div>
    </form>
  );
}
