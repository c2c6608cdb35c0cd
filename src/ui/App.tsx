/**
 * Mosaic's shell: loads the data in the worker, keeps the view state in the URL, and switches
 * between one ECT's constellation and the mentor lead's overview. Layout and wiring only.
 */
import type Sigma from "sigma";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ColumnMapping, Constellation, Edit, InputFile, ProposedLink } from "../core/index.ts";
import { addProposal, byConcern, readProjectFile } from "../core/index.ts";
import { createAnalysisClient } from "../workers/analysisClient.ts";
import { ConstellationView } from "./ConstellationView.tsx";
import { constellationPng, downloadBlob } from "./graph/exportPng.ts";
import type { RenderEdge, RenderNode } from "./graph/toRenderGraph.ts";
import { displayedTypes } from "./graph/toRenderGraph.ts";
import { hasWebGL } from "./graph/webgl.ts";
import type { LeadFilters } from "./lead/LeadView.tsx";
import { LeadView } from "./lead/LeadView.tsx";
import type { ImportMode } from "./importing/ImportPanel.tsx";
import { ImportPanel } from "./importing/ImportPanel.tsx";
import { ExportMenu } from "./importing/ExportMenu.tsx";
import { ShareMenu } from "./importing/ShareMenu.tsx";
import { ImportReport } from "./importing/ImportReport.tsx";
import { nameFunction, pseudonymiser } from "./names.ts";
import { EctPicker } from "./panels/EctPicker.tsx";
import { PlanView } from "./plan/PlanView.tsx";
import { EditMap } from "./editing/EditMap.tsx";
import { MapMySupport } from "./editing/MapMySupport.tsx";
import { AddPerson } from "./editing/AddPerson.tsx";
import type { ViewState } from "./state/viewState.ts";
import { DEFAULT_VIEW, queryToViewState, viewStateToQuery } from "./state/viewState.ts";
import { StorageNotice } from "./components/StorageNotice.tsx";
import { useProject } from "./state/useProject.ts";
import { useUndoKeys } from "./state/useUndoKeys.ts";
import { Menu } from "./components/Menu.tsx";
import { Name } from "./components/Name.tsx";
import { InfoDialog } from "./research/InfoDialog.tsx";
import { IntroText } from "./research/IntroText.tsx";
import { AboutText } from "./research/AboutText.tsx";
import { useAnnounce } from "./announce/useAnnounce.ts";
import { instrument } from "./instrument.ts";

const client = createAnalysisClient();

/** `?demo=N` opens a generated network of N people instead of the sample (for trying Mosaic at scale). */
function demoSize(query: string): number | undefined {
  const n = Number(new URLSearchParams(query).get("demo"));
  return Number.isInteger(n) && n >= 10 ? Math.min(n, 200_000) : undefined;
}

const plural = (n: number, word: string) => `${n.toLocaleString("en-GB")} ${word}${n === 1 ? "" : "s"}`;

function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

export function App() {
  const [pageError, setPageError] = useState<string | undefined>();
  const [view, setView] = useState<ViewState>(DEFAULT_VIEW);
  const [renderer, setRenderer] = useState<Sigma<RenderNode, RenderEdge> | undefined>();
  const [constellation, setConstellation] = useState<Constellation | undefined>();
  const webgl = useMemo(() => hasWebGL(), []);
  const demo = useMemo(() => demoSize(location.search), []);

  const [importing, setImporting] = useState(false);
  const [mapping, setMapping] = useState(false);
  const [info, setInfo] = useState<"intro" | "about" | undefined>();
  const [myId, setMyId] = useState<string | undefined>();
  const announce = useAnnounce();
  const project = useProject({
    client,
    demo,
    onFirstLoad: (l) => {
      instrument({ name: "loaded", timings: l.timings });
      setView(queryToViewState(location.search, l.peopleIds.length, l.schools.length));
    },
    // Data about many ECTs is a lead's: open the overview, worded for a lead. One ECT's map stays on their view.
    onNewData: (l, brought) => {
      setView((v) => ({
        ...v,
        ect: undefined,
        away: [],
        school: undefined,
        dept: undefined,
        ...(brought && l.summary.ects > 1 ? { view: "lead", voice: "they" } : {}),
      }));
      if (brought)
        announce(
          `Read ${l.summary.people.toLocaleString("en-GB")} ${l.summary.people === 1 ? "person" : "people"}, ${plural(l.summary.ects, "ECT")} and ${plural(l.summary.links, "link")}.${l.summary.ects > 1 ? " The mentor lead overview is open." : ""}`,
        );
    },
  });
  const { loaded, sources, plan, setPlan, busy, report, remember, saved, storageError } = project;
  const error = project.error ?? pageError;
  useUndoKeys(project.undo, project.redo);
  useEffect(() => {
    if (project.notice) announce(project.notice);
  }, [project.notice, announce]);
  // Every edit is one step; once applied it is said, as Undo and Redo are.
  const edit = (edits: readonly Edit[], step: string) =>
    void project.editAll(edits, step).then(() => announce(`Done: ${step}.`));

  const downloadBackup = () =>
    downloadBlob(
      new Blob([project.backupJson()], { type: "application/json" }),
      `mosaic-backup-${new Date().toISOString().slice(0, 10)}.json`,
    );

  const openBackup = async (file: File) => {
    const reading = readProjectFile(await file.text());
    if (!reading.ok) {
      setPageError(`${file.name}: ${reading.message}`);
      return;
    }
    setPageError(reading.problems.length > 0 ? `${file.name}: ${reading.problems.join(" ")}` : undefined);
    await project.openProject(reading.project);
  };

  useEffect(() => {
    if (!loaded) return;
    const q = viewStateToQuery(view);
    const withDemo = demo ? `${q ? `${q}&` : "?"}demo=${demo}` : q;
    history.replaceState(null, "", `${location.pathname}${withDemo}`);
  }, [view, loaded, demo]);

  // ECTs in the order a mentor lead needs them: most serious flag first, then warnings; no scores.
  const ects = useMemo(() => [...(loaded?.ects ?? [])].sort(byConcern), [loaded]);
  const keyOf = useMemo(() => new Map((loaded?.peopleIds ?? []).map((id, i) => [id, i])), [loaded]);
  const idOfKey = useCallback((k: number) => loaded?.peopleIds[k], [loaded]);
  const selectedEct = ects.find((e) => keyOf.get(e.id) === view.ect) ?? ects[0];
  const mine = ects.find((e) => e.id === myId);
  const me = mine ? { id: mine.id, name: mine.name } : undefined;

  const hide = view.hideNames || view.share;
  // Codes are worked out only when names are hidden (for 100,000 people they take a while).
  const nameOf = useMemo(
    () =>
      nameFunction(hide, hide ? pseudonymiser(loaded?.peopleIds ?? [], loaded?.peopleKinds ?? []) : () => "Someone"),
    [hide, loaded],
  );
  const types = useMemo(() => displayedTypes(loaded?.settings.include_career_in_coverage ?? false), [loaded]);
  const asOf = loaded ? formatDate(loaded.settings.as_of_date) : "";

  const exportPng = useCallback(async () => {
    if (!renderer || !constellation) return;
    const ectName = nameOf(constellation.ect.id, constellation.ect.name);
    const blob = await constellationPng(
      renderer,
      `${ectName}: support mosaic`,
      `As of ${asOf}. Made with Mosaic; it stays on this device.`,
      types,
    );
    downloadBlob(
      blob,
      `mosaic-${hide ? "ect" : ectName.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${loaded?.settings.as_of_date}.png`,
    );
  }, [renderer, constellation, nameOf, asOf, types, hide, loaded]);

  const addToPlan = useCallback((p: ProposedLink) => setPlan((old) => addProposal(old, p)), [setPlan]);

  const openEct = useCallback((id: string) => setView((v) => ({ ...v, view: "ect", ect: keyOf.get(id) })), [keyOf]);
  // An ECT opened from the overview's table: once their constellation is drawn, focus its heading.
  const opening = useRef<string | undefined>(undefined);
  // Whoever opens an ECT from the mentor lead overview is reading as a lead: "this ECT", not "you".
  const openFromOverview = (id: string) => {
    opening.current = id;
    setView((v) => ({ ...v, view: "ect", ect: keyOf.get(id), voice: "they" }));
  };
  useEffect(() => {
    if (!constellation || constellation.ect.id !== opening.current) return;
    opening.current = undefined;
    document.getElementById("ect-title")?.focus();
    announce(`Opened the constellation of ${nameOf(constellation.ect.id, constellation.ect.name)}.`);
  }, [constellation, nameOf, announce]);
  // Closing "Map my own support" hands focus on: to the map just made, else back to the button.
  const mapButton = useRef<HTMLButtonElement>(null);
  const closeMapping = () => {
    setMapping(false);
    const next = me ? document.getElementById("ect-title") : mapButton.current;
    requestAnimationFrame(() => next?.focus());
  };
  const filters: LeadFilters = {
    school: view.school !== undefined ? loaded?.schools[view.school] : undefined,
    type: view.type,
    flag: view.flag,
    year: view.year,
    department: view.dept !== undefined ? loaded?.departments[view.dept] : undefined,
    sort: view.sort,
    search: "",
  };
  const [search, setSearch] = useState("");
  const away = useMemo(() => view.away.map(idOfKey).filter((x): x is string => x !== undefined), [view.away, idOfKey]);

  return (
    <div className="app">
      <a className="skip" href={view.view === "ect" ? "#constellation-table" : "#main"}>
        {view.view === "ect"
          ? "Skip to the table of supporters"
          : view.view === "plan"
            ? "Skip to the draft plan"
            : "Skip to the overview"}
      </a>
      <header className="top">
        <div className="brand">
          <span className="logo" aria-hidden="true" />
          <div className="brand-text">
            <div className="brand-head">
              <h1>Mosaic</h1>
              <p className="research-links">
                <button type="button" className="link-button" onClick={() => setInfo("intro")} aria-haspopup="dialog">
                  What is this?
                </button>{" "}
                ·{" "}
                <button type="button" className="link-button" onClick={() => setInfo("about")} aria-haspopup="dialog">
                  About and sources
                </button>
              </p>
            </div>
            <p className="muted small brand-source">
              {demo && sources.isSample ? (
                `Synthetic demo network (${demo.toLocaleString("en-GB")} people, nobody real)`
              ) : (
                <Name text={sources.label} />
              )}{" "}
              · as of {asOf || "…"} · everything stays in this browser
            </p>
          </div>
        </div>
        <nav className="tabs" aria-label="Views">
          <button
            type="button"
            aria-current={view.view === "ect" ? "page" : undefined}
            onClick={() => setView({ ...view, view: "ect" })}
          >
            ECT constellation
          </button>
          <button
            type="button"
            aria-current={view.view === "lead" ? "page" : undefined}
            onClick={() => setView({ ...view, view: "lead" })}
          >
            Mentor lead overview
          </button>
          <button
            type="button"
            aria-current={view.view === "plan" ? "page" : undefined}
            onClick={() => setView({ ...view, view: "plan" })}
          >
            Planning{plan.length > 0 ? ` (${plan.length})` : ""}
          </button>
        </nav>
        <div className="toolbar" role="group" aria-label="Undo, data, view and sharing">
          <button
            type="button"
            onClick={project.undo}
            disabled={!project.canUndo || busy}
            title="Ctrl+Z"
            aria-label={project.undoLabel ? `Undo: ${project.undoLabel}` : "Undo"}
          >
            <span className="tool-icon" aria-hidden="true">
              ↶
            </span>
            <span className="tool-word">Undo</span>
          </button>
          <button
            type="button"
            onClick={project.redo}
            disabled={!project.canRedo || busy}
            title="Ctrl+Shift+Z or Ctrl+Y"
            aria-label={project.redoLabel ? `Redo: ${project.redoLabel}` : "Redo"}
          >
            <span className="tool-icon" aria-hidden="true">
              ↷
            </span>
            <span className="tool-word">Redo</span>
          </button>
          <Menu label="Data">
            {(close) => (
              <>
                <button
                  type="button"
                  aria-expanded={importing}
                  onClick={() => {
                    setImporting(!importing);
                    close();
                  }}
                >
                  Import CSV files
                </button>
                <ExportMenu
                  client={client}
                  hideNames={hide}
                  onBackup={downloadBackup}
                  onOpenBackup={(f) => void openBackup(f)}
                />
                <label className="toggle" title="Keeps your files in this browser's storage, on this device only">
                  <input
                    type="checkbox"
                    checked={remember}
                    disabled={(sources.isSample && !remember) || project.readOnly !== undefined}
                    onChange={(e) => project.setRemember(e.target.checked)}
                  />{" "}
                  Remember on this device
                </label>
                {(remember || saved) && (
                  <button
                    type="button"
                    disabled={project.readOnly !== undefined}
                    onClick={() => void project.forgetDevice()}
                  >
                    Delete everything from this device
                  </button>
                )}
              </>
            )}
          </Menu>
          <Menu label="View">
            {() => (
              <>
                <label className="toggle">
                  <input
                    type="checkbox"
                    checked={view.hideNames}
                    onChange={(e) => setView({ ...view, hideNames: e.target.checked })}
                  />{" "}
                  Hide names
                </label>
                <label className="menu-field">
                  Wording{" "}
                  <select
                    value={view.voice}
                    onChange={(e) => setView({ ...view, voice: e.target.value === "they" ? "they" : "you" })}
                  >
                    <option value="you">for the ECT (you)</option>
                    <option value="they">for a mentor lead (this ECT)</option>
                  </select>
                </label>
                <label className="toggle">
                  <input
                    type="checkbox"
                    checked={view.share}
                    onChange={(e) => setView({ ...view, share: e.target.checked })}
                  />{" "}
                  Share mode (governors, trust board)
                </label>
              </>
            )}
          </Menu>
          {view.view === "ect" && (
            <Menu label="Share and print">
              {(close) => (
                <>
                  <button
                    type="button"
                    onClick={() => {
                      void exportPng();
                      close();
                    }}
                    disabled={!renderer}
                  >
                    Download PNG
                  </button>
                  {selectedEct && <ShareMenu client={client} ectId={selectedEct.id} hideNames={hide} />}
                  <button
                    type="button"
                    onClick={() => {
                      close();
                      print();
                    }}
                  >
                    Print one page
                  </button>
                </>
              )}
            </Menu>
          )}
          {saved && (
            <span className="muted small saved-note" role="status">
              Saved on this device {new Date(saved).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" })}
            </span>
          )}
        </div>
      </header>

      <InfoDialog id="intro-dialog" title="What is this?" open={info === "intro"} onClose={() => setInfo(undefined)}>
        <IntroText onAbout={() => setInfo("about")} />
      </InfoDialog>
      <InfoDialog
        id="about-dialog"
        title="About Mosaic and its sources"
        open={info === "about"}
        onClose={() => setInfo(undefined)}
      >
        <AboutText signpost={loaded?.settings.signpost_text ?? ""} />
      </InfoDialog>

      <StorageNotice
        readOnly={project.readOnly}
        problem={project.device.problem}
        lostOnClose={project.device.lostOnClose}
        onUseHere={() => void project.takeOver()}
        onBackup={downloadBackup}
        onDismissLost={project.device.dismissLost}
        onDismissProblem={project.device.dismissProblem}
      />
      {storageError && (
        <p role="alert" className="error">
          {storageError}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          Something went wrong while reading the data: {error}
        </p>
      )}

      {(importing || report) && (
        <div className="import-area">
          {importing && (
            <ImportPanel
              loaded={report}
              busy={busy}
              progress={project.progress}
              onCancel={project.cancel}
              onImport={(files: InputFile[], mode: ImportMode, mapping?: ColumnMapping) =>
                project.importFiles(files, mode, mapping)
              }
            />
          )}
          {report && (
            <ImportReport
              loaded={report}
              canUndo={project.lastStepIsImport}
              onUndo={project.undo}
              onSamePeople={(answers) => void project.answerSamePeople(answers)}
              busy={project.busy}
            />
          )}
        </div>
      )}

      {view.view === "ect" ? (
        <div className="layout">
          <nav className="sidebar" aria-label="ECTs" id="ects">
            {loaded ? (
              <>
                <EctPicker
                  ects={ects}
                  selected={selectedEct?.id}
                  displayName={(e) => nameOf(e.id, e.name)}
                  onSelect={openEct}
                />
                <p className="muted small">
                  {plural(loaded.summary.ects, "ECT")}, {plural(loaded.summary.supporters, "supporter")},{" "}
                  {plural(loaded.summary.liveLinks, "live link")}. Sorted by what most needs a look; there are no
                  scores.
                </p>
                <button type="button" onClick={() => setMapping(true)} aria-expanded={mapping} ref={mapButton}>
                  Map my own support
                </button>
                <AddPerson takenIds={loaded.peopleIds} busy={busy} onAdd={edit} />
              </>
            ) : (
              <p aria-live="polite">Reading the data…</p>
            )}
          </nav>
          <main className="main" id="main">
            <a className="to-ects" href="#ects">
              Choose another ECT or map your own support
            </a>
            {loaded && mapping && (
              <MapMySupport
                me={me}
                takenIds={loaded.peopleIds}
                known={
                  constellation && me && constellation.ect.id === me.id
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
                    : []
                }
                types={types}
                busy={busy}
                onStart={(first, label) => {
                  const added = first[0];
                  if (added?.op === "addPerson") setMyId(added.person.id);
                  setView((v) => ({ ...v, voice: "you" }));
                  void project.startEmpty(first, label);
                }}
                onEdit={edit}
                onClose={closeMapping}
              />
            )}
            {loaded && !selectedEct && !mapping && (
              <section className="card empty-intro" aria-labelledby="empty-intro-h" data-testid="empty-intro">
                <h2 id="empty-intro-h">Who is in your corner?</h2>
                <IntroText onAbout={() => setInfo("about")} />
                <p>
                  <button type="button" className="primary" onClick={() => setMapping(true)}>
                    Map my own support
                  </button>{" "}
                  <button type="button" onClick={() => setImporting(true)}>
                    Import CSV files
                  </button>
                </p>
              </section>
            )}
            {loaded && selectedEct && (
              <ConstellationView
                client={client}
                ectId={selectedEct.id}
                settings={loaded.settings}
                types={types}
                nameOf={nameOf}
                voice={view.voice}
                webgl={webgl}
                asOf={asOf}
                hideNames={hide}
                share={view.share}
                onRenderer={setRenderer}
                onConstellation={setConstellation}
                plan={plan}
                onAddToPlan={addToPlan}
                dataVersion={loaded}
              />
            )}
            {loaded && selectedEct && (
              <EditMap
                client={client}
                ectId={selectedEct.id}
                takenIds={loaded.peopleIds}
                types={types}
                nameOf={nameOf}
                voice={view.voice}
                dataVersion={loaded}
                busy={busy}
                onEdit={edit}
              />
            )}
          </main>
        </div>
      ) : view.view === "plan" ? (
        <main className="main lead-main" id="main">
          {loaded && (
            <PlanView
              client={client}
              loaded={loaded}
              label={sources.label}
              types={types}
              plan={plan}
              onPlan={setPlan}
              nameOf={nameOf}
              share={view.share}
              asOf={asOf}
              busy={busy}
              onSettings={(s) => void project.applySettings(s)}
            />
          )}
        </main>
      ) : (
        <main className="main lead-main" id="main">
          {loaded && (
            <LeadView
              client={client}
              loadedAt={loaded}
              settings={loaded.settings}
              types={types}
              nameOf={nameOf}
              share={view.share}
              away={away}
              onAway={(ids) =>
                setView({ ...view, away: ids.map((id) => keyOf.get(id)).filter((x): x is number => x !== undefined) })
              }
              filters={{ ...filters, search }}
              onFilters={(f) => {
                setSearch(f.search);
                setView({
                  ...view,
                  school: f.school !== undefined ? loaded.schools.indexOf(f.school) : undefined,
                  dept: f.department !== undefined ? loaded.departments.indexOf(f.department) : undefined,
                  type: f.type,
                  flag: f.flag,
                  year: f.year,
                  sort: f.sort,
                });
              }}
              compact={view.compact}
              onCompact={(c) => setView({ ...view, compact: c })}
              onOpenEct={openFromOverview}
            />
          )}
        </main>
      )}
      <footer className="foot">
        <p className="muted small">
          Mosaic keeps no meeting content and sends nothing anywhere: no server, no tracking. Flags are prompts, never
          judgements, and every number is a default you can change.
        </p>
      </footer>
    </div>
  );
}
