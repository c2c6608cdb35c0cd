/**
 * One person's details as held (role, school, department, seniority, capacity; an ECT's school,
 * department and year) with an "Edit details" button that opens the form. A save is one step of
 * the project's history through `onEdit`, as a rename is: undoable, kept with the project and
 * replayed over the files. With names hidden (or in share mode) nothing is offered: a role and a
 * school beside a code would say who the code is, which hiding names exists to prevent.
 */
import { useEffect, useRef, useState } from "react";
import type { Edit } from "../../core/index.ts";
import { detailFieldsFor } from "../../core/index.ts";
import { useClient, useHideNames } from "../AppContext.tsx";
import { useWorkerQuery } from "../state/useWorkerQuery.ts";
import { DetailsForm } from "./DetailsForm.tsx";
import { DETAIL_LABELS, NOT_SAVED, detailValueWords } from "./detailsWords.ts";

interface Props {
  readonly personId: string;
  /** The schools on the map (Loaded.schools). */
  readonly schools: readonly string[];
  /** The settings' years of induction (Settings.ect_years): an ECT's year is offered as 1 to this. */
  readonly ectYears: number;
  /** The data shown (a new value after each step): the details are asked for again. */
  readonly dataVersion: unknown;
  readonly busy: boolean;
  /** False when the change was refused (changes are off in this tab): nothing was changed. */
  readonly onEdit: (edits: readonly Edit[], step: string) => boolean;
  /**
   * The data version this person's details were saved from, kept by the parent (the panel may be
   * redrawn while the data reloads): once shown from newer data, the details take focus.
   */
  readonly savedFrom?: unknown;
  /** Save pressed: the parent keeps `dataVersion` as `savedFrom`. */
  readonly onSaved: () => void;
  /** The saved details have been focused: the parent forgets `savedFrom`. */
  readonly onFocused: () => void;
}

export function EditDetails(props: Props) {
  const { personId, schools, ectYears, dataVersion, busy, onEdit, savedFrom, onSaved, onFocused } = props;
  const client = useClient();
  const hidden = useHideNames();
  const [open, setOpen] = useState(false);
  // A save refused (the project is open in another tab): the form stays open with what was typed,
  // and says the change was not made; nothing is marked as saved.
  const [refused, setRefused] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const details = useRef<HTMLDListElement>(null);
  const data = useWorkerQuery(
    () =>
      hidden
        ? undefined
        : client.request({ kind: "person", id: personId }).then((person) => ({ for: dataVersion, person })),
    [client, personId, dataVersion, hidden],
  );
  const person = data && data.for === dataVersion ? data.person : undefined;

  // After a save the details are redrawn from the new data: focus goes to them, so the change is read out.
  const fresh = person !== undefined && savedFrom !== undefined && savedFrom !== dataVersion;
  useEffect(() => {
    if (!fresh) return;
    details.current?.focus();
    onFocused();
  }, [fresh, onFocused]);

  if (hidden)
    return (
      <p className="muted small" data-testid="details-hidden">
        Roles, schools and capacity are not shown while names are hidden. Show names to see or correct them.
      </p>
    );
  if (!person) return null;
  const close = () => {
    setOpen(false);
    setRefused(false);
    requestAnimationFrame(() => button.current?.focus());
  };
  return (
    <div className="person-details" data-testid="person-details">
      <dl ref={details} tabIndex={-1} aria-label={`Details of ${person.name}`} className="details-list">
        {detailFieldsFor(person).map((field) => (
          <div key={field}>
            <dt>{DETAIL_LABELS[field]}</dt>
            <dd>{detailValueWords(person, field)}</dd>
          </div>
        ))}
      </dl>
      <button
        type="button"
        ref={button}
        aria-expanded={open}
        disabled={busy && !open}
        onClick={() => (open ? close() : setOpen(true))}
      >
        Edit details<span className="visually-hidden"> of {person.name}</span>
      </button>
      {open && (
        <DetailsForm
          // Starts again from what is held whenever the record changes (an undo, another tab's step).
          key={JSON.stringify(person)}
          person={person}
          schools={schools}
          ectYears={ectYears}
          busy={busy}
          notSaved={refused ? NOT_SAVED : undefined}
          onCancel={close}
          onSave={(edit) => {
            if (edit && !onEdit([edit], `change the details of ${person.name}`)) {
              setRefused(true);
              return;
            }
            setOpen(false);
            setRefused(false);
            if (edit) onSaved();
            else requestAnimationFrame(() => details.current?.focus());
          }}
        />
      )}
    </div>
  );
}
