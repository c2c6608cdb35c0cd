/** The ECT constellation tab: the list of ECTs, mapping one's own support, and one ECT's picture and map. */
import type { RefObject } from "react";
import type { Constellation, Edit, ProposedLink } from "../core/index.ts";
import type { EctListRow, Loaded } from "../workers/protocol.ts";
import { ConstellationView } from "./ConstellationView.tsx";
import { AddPerson } from "./editing/AddPerson.tsx";
import { EditMap } from "./editing/EditMap.tsx";
import { MapMySupport } from "./editing/MapMySupport.tsx";
import type { Keeping } from "./editing/MapFinished.tsx";
import type { Replacing } from "./editing/replaceWords.ts";
import { useNameOf, useWording } from "./AppContext.tsx";
import { EctPicker } from "./panels/EctPicker.tsx";
import { plural } from "./plural.ts";
import { IntroText } from "./research/IntroText.tsx";
import { PURPOSE } from "./research/purpose.ts";

interface Me {
  readonly id: string;
  readonly name: string;
}

/** Who is on my own map so far (once the constellation drawn is mine), for "Map my own support". */
function knownSupporters(constellation: Constellation | undefined, me: Me | undefined) {
  return constellation && me && constellation.ect.id === me.id
    ? [
        ...constellation.supporters.map((p) => ({
          id: p.id,
          name: p.name,
          types: p.types,
          link: p.links[0] ? { id: p.links[0].linkId, types: p.links[0].types } : undefined,
        })),
        ...constellation.contributions
          .filter((c) => !constellation.supporters.some((p) => p.id === c.id))
          .map((p) => ({ id: p.id, name: p.name, types: [] })),
      ]
    : [];
}

interface Props {
  readonly loaded: Loaded | undefined;
  /** The fictional sample is showing (a first visit): a phone says what the app is for above it. */
  readonly sample: boolean;
  /** In the order a mentor lead needs them. */
  readonly ects: readonly EctListRow[];
  readonly selectedEct: EctListRow | undefined;
  readonly webgl: boolean;
  readonly busy: boolean;
  readonly plan: readonly ProposedLink[];
  /** The ECT mapping their own support, once started. */
  readonly me: Me | undefined;
  readonly constellation: Constellation | undefined;
  readonly mapping: boolean;
  readonly mapButton: RefObject<HTMLButtonElement | null>;
  readonly onMapping: (open: boolean) => void;
  readonly onImport: () => void;
  readonly onAbout: () => void;
  readonly onOpenEct: (id: string) => void;
  /** False when the change was refused (changes are off in this tab): nothing was changed. */
  readonly onEdit: (edits: readonly Edit[], step: string) => boolean;
  readonly onStartMapping: (first: readonly Edit[], label: string) => void;
  readonly onCloseMapping: () => void;
  /** Keeping a finished map on this device (Remember) or as a backup file. */
  readonly keeping: Keeping;
  readonly onKeep: () => void;
  readonly onBackup: () => void;
  /** What starting a new map would replace, asked about first; none over the sample. */
  readonly replacing: Replacing | undefined;
  /** The project shown (its files key): a new map, or Undo back past one, starts the mapping panel afresh. */
  readonly mapKey: number;
  readonly onConstellation: (c: Constellation | undefined) => void;
  readonly onAddToPlan: (p: ProposedLink) => void;
}

export function EctTab({
  loaded,
  sample,
  ects,
  selectedEct,
  webgl,
  busy,
  plan,
  me,
  constellation,
  mapping,
  mapButton,
  onMapping,
  onImport,
  onAbout,
  onOpenEct,
  onEdit,
  onStartMapping,
  onCloseMapping,
  onConstellation,
  onAddToPlan,
  keeping,
  onKeep,
  onBackup,
  replacing,
  mapKey,
}: Props) {
  const nameOf = useNameOf();
  const { types } = useWording();
  return (
    <div className="layout">
      {/* Focusable so "Choose another ECT" can take focus there, not leave it on the page's body. */}
      <nav className="sidebar" aria-label="ECTs" id="ects" tabIndex={-1}>
        {loaded ? (
          <>
            <EctPicker
              ects={ects}
              selected={selectedEct?.id}
              displayName={(e) => nameOf(e.id, e.name)}
              onSelect={onOpenEct}
            />
            <p className="muted small">
              {plural(loaded.summary.ects, "ECT")}, {plural(loaded.summary.supporters, "supporter")},{" "}
              {plural(loaded.summary.liveLinks, "live link")}. Sorted by what most needs a look; there are no scores.
            </p>
            <button type="button" onClick={() => onMapping(true)} aria-expanded={mapping} ref={mapButton}>
              Map my own support
            </button>
            <AddPerson takenIds={loaded.peopleIds} busy={busy} onAdd={onEdit} />
          </>
        ) : (
          <p aria-live="polite">Reading the data…</p>
        )}
      </nav>
      <main className="main" id="main">
        {loaded && sample && !mapping && (
          <div className="phone-purpose" data-testid="phone-purpose">
            <p>{PURPOSE}</p>
            <button type="button" className="primary" onClick={() => onMapping(true)}>
              Map my own support
            </button>
          </div>
        )}
        <a
          className="to-ects"
          href="#ects"
          onClick={(e) => {
            e.preventDefault();
            const list = document.getElementById("ects");
            list?.scrollIntoView({ block: "start" });
            list?.focus({ preventScroll: true });
          }}
        >
          Choose another ECT or map your own support
        </a>
        {loaded && mapping && (
          <MapMySupport
            me={me}
            takenIds={loaded.peopleIds}
            known={knownSupporters(constellation, me)}
            types={types}
            busy={busy}
            onStart={onStartMapping}
            onEdit={onEdit}
            onClose={onCloseMapping}
            keeping={keeping}
            onKeep={onKeep}
            onBackup={onBackup}
            replacing={replacing}
            mapKey={mapKey}
          />
        )}
        {loaded && !selectedEct && !mapping && (
          <section className="card empty-intro" aria-labelledby="empty-intro-h" data-testid="empty-intro">
            <h2 id="empty-intro-h">Who is in your corner?</h2>
            <IntroText onAbout={onAbout} />
            <p>
              <button type="button" className="primary" onClick={() => onMapping(true)}>
                Map my own support
              </button>{" "}
              <button type="button" onClick={onImport}>
                Import files
              </button>
            </p>
          </section>
        )}
        {loaded && selectedEct && (
          <ConstellationView
            ectId={selectedEct.id}
            settings={loaded.settings}
            webgl={webgl}
            onConstellation={onConstellation}
            plan={plan}
            // On an ECT's own map ("Map my own support") the ideas come without the lead's draft plan.
            onAddToPlan={me?.id === selectedEct.id ? undefined : onAddToPlan}
            dataVersion={loaded}
            answering={mapping && me?.id === selectedEct.id}
          />
        )}
        {loaded && selectedEct && (
          <EditMap
            ectId={selectedEct.id}
            takenIds={loaded.peopleIds}
            schools={loaded.schools}
            ectYears={loaded.settings.ect_years}
            dataVersion={loaded}
            busy={busy}
            onEdit={onEdit}
          />
        )}
      </main>
    </div>
  );
}
