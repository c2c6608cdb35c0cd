/**
 * "Map my support": an ECT with nothing but their memory of who helps them builds their map from
 * empty, one prompt per kind of support, then "Who do you help?". The constellation and flags
 * beside it update as each person is added. Everything stays on this device; new links are private.
 */
import { useEffect, useRef, useState } from "react";
import type { Edit, SupportType } from "../../core/index.ts";
import { canonicalPerson, freshId, INTRO, personIdOf, SUPPORT_TYPES } from "../../core/index.ts";
import type { KnownPerson } from "./SupporterForm.tsx";
import { SupporterForm } from "./SupporterForm.tsx";
import { MapFinished } from "./MapFinished.tsx";
import type { Keeping } from "./MapFinished.tsx";
import { ConfirmNewMap } from "./ConfirmNewMap.tsx";
import type { Replacing } from "./replaceWords.ts";

interface Props {
  /** The ECT being mapped, once started. */
  readonly me?: { readonly id: string; readonly name: string } | undefined;
  readonly takenIds: readonly string[];
  /** Who is on the map so far, and what each gives. */
  readonly known: readonly (KnownPerson & { readonly types: readonly SupportType[] })[];
  readonly types: readonly SupportType[];
  readonly busy: boolean;
  readonly onStart: (first: readonly Edit[], label: string) => void;
  readonly onEdit: (edits: readonly Edit[], step: string) => void;
  readonly onClose: () => void;
  /** Whether the map is kept on this device, for the offer made once it is finished. */
  readonly keeping: Keeping;
  /** Turns on Remember (the Data menu's setting). */
  readonly onKeep: () => void;
  readonly onBackup: () => void;
  /** What a new map would replace (a kept map, work only in this page): asked first. None over the sample. */
  readonly replacing: Replacing | undefined;
  /** Changes when another project is shown (a new map started, Undo back past it): the panel starts afresh. */
  readonly mapKey: number;
}

export function MapMySupport(props: Props) {
  const { me, takenIds, known, types, busy, onStart, onEdit, onClose, mapKey } = props;
  const [name, setName] = useState("");
  // Finishing does not close the panel: a finished map lives only in this tab until it is kept.
  const [finished, setFinished] = useState(false);
  const [school, setSchool] = useState("");
  const [step, setStep] = useState(0);
  // An ECT whose own map is open expects "Map my own support" to take them back to it, not to start
  // again from nothing (after a reload too: App finds their map in the project). Starting afresh is
  // still there, a deliberate step below the questions, and asks before anything is replaced.
  const [reopened, setReopened] = useState(me !== undefined);
  const [startingOver, setStartingOver] = useState(false);
  // The new map waiting on "Start a new map?".
  const [asking, setAsking] = useState<{ readonly first: readonly Edit[]; readonly label: string } | undefined>();
  // Another project shown (the new map started, or Undo back past it): this panel is for that one now.
  const [shownKey, setShownKey] = useState(mapKey);
  if (shownKey !== mapKey) {
    setShownKey(mapKey);
    setStartingOver(false);
    setReopened(false);
    setFinished(false);
    setStep(0);
  }
  const steps: readonly (SupportType | "help")[] = [...types, "help"];
  const section = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const question = useRef<HTMLHeadingElement>(null);
  const opened = useRef(false);

  // Focus follows the work: opening the form brings it into view with focus on its heading; once
  // the map is started, and at each question, focus goes to the question asked.
  const started = me !== undefined && !startingOver;
  useEffect(() => {
    const first = !opened.current;
    opened.current = true;
    if (first) section.current?.scrollIntoView({ block: "start" });
    (started ? question : heading).current?.focus({ preventScroll: first });
  }, [started, step]);

  if (me && finished)
    return <MapFinished keeping={props.keeping} onKeep={props.onKeep} onBackup={props.onBackup} onClose={onClose} />;

  if (!me || startingOver)
    return (
      <section className="card map-my-support" aria-labelledby="mms-h" data-testid="map-my-support" ref={section}>
        <h2 id="mms-h" tabIndex={-1} ref={heading}>
          Map my support
        </h2>
        <p className="intro-text">{INTRO}</p>
        <p>
          A few questions, one for each kind of support, to draw your own mosaic. It starts a new, empty map on this
          device. Until this page is closed, Undo brings back what was here before (a reload or closing the page ends
          that). Nothing is sent anywhere.
        </p>
        <form
          className="filters"
          onSubmit={(e) => {
            e.preventDefault();
            const n = name.trim();
            if (!n) return;
            const id = freshId(new Set(), n);
            const start = (first: readonly Edit[], label: string) =>
              props.replacing ? setAsking({ first, label }) : onStart(first, label);
            start(
              [
                {
                  op: "addPerson",
                  person: canonicalPerson({
                    id,
                    name: n,
                    kind: "person",
                    is_ect: true,
                    seniority: "ect",
                    map_status: "draft",
                    school: school.trim() || undefined,
                  }),
                },
              ],
              `${n}'s support map`,
            );
          }}
        >
          <label htmlFor="mms-name">Your name (or any name you like)</label>
          <input id="mms-name" type="text" value={name} onChange={(e) => setName(e.target.value)} />
          <label htmlFor="mms-school">School (optional)</label>
          <input id="mms-school" type="text" value={school} onChange={(e) => setSchool(e.target.value)} />
          <button type="submit" className="primary" disabled={!name.trim() || busy}>
            Start my map
          </button>
          <button type="button" onClick={startingOver ? () => setStartingOver(false) : onClose}>
            {startingOver ? "Back to my map" : "Not now"}
          </button>
        </form>
        <ConfirmNewMap
          replacing={asking && props.replacing}
          onBackup={props.onBackup}
          onReplace={() => asking && onStart(asking.first, asking.label)}
          onClose={() => setAsking(undefined)}
        />
      </section>
    );

  const current = steps[Math.min(step, steps.length - 1)]!;
  const prompt = current === "help" ? "Who do you help?" : SUPPORT_TYPES[current].prompt;
  const already = current === "help" ? [] : known.filter((k) => k.types.includes(current));
  return (
    <section className="card map-my-support" aria-labelledby="mms-h" data-testid="map-my-support" ref={section}>
      <h2 id="mms-h">
        Map my support{" "}
        <span className="muted small">
          (question {step + 1} of {steps.length})
        </span>
      </h2>
      <p className="muted small" data-testid="links-private">
        Links you add are private to you unless you choose otherwise.
      </p>
      <h3 data-testid="mms-prompt" tabIndex={-1} ref={question}>
        {prompt}
      </h3>
      {current === "help" ? (
        <p className="muted small">
          New teachers bring skills and ideas too: a resource you shared, something you showed a colleague.
        </p>
      ) : (
        already.length > 0 && <p className="small">So far: {already.map((k) => k.name).join(", ")}. Anyone else?</p>
      )}
      <SupporterForm
        key={current}
        ectId={me.id}
        ectName={me.name}
        direction={current === "help" ? "out" : "in"}
        takenIds={takenIds}
        known={known}
        types={current === "help" ? undefined : [current]}
        allTypes={types}
        voice="you"
        onAdd={onEdit}
        submitLabel="Add to my map"
      />
      <div className="filters">
        <button type="button" disabled={step === 0} onClick={() => setStep(step - 1)}>
          Back
        </button>
        {step < steps.length - 1 ? (
          <button type="button" onClick={() => setStep(step + 1)}>
            Next question
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => {
              onEdit(
                [{ op: "updatePerson", id: personIdOf(me.id), changes: { map_status: "confirmed" } }],
                "finish your map",
              );
              setFinished(true);
            }}
          >
            Finish: this is my network
          </button>
        )}
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {reopened && (
        <p className="muted small">
          Want to begin again from nothing?{" "}
          <button type="button" className="link-button" onClick={() => setStartingOver(true)}>
            Start a new map instead
          </button>
        </p>
      )}
    </section>
  );
}
