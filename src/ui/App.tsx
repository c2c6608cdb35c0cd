/**
 * Mosaic's shell: loads the data in the worker, keeps the view state in the URL, and switches
 * between one ECT's constellation and the mentor lead's overview. Layout and wiring only.
 */
import type Sigma from "sigma";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { ColumnMapping, Constellation, ImportOptions, InputFile, ProposedLink, Settings } from "../core/index.ts";
import { addProposal, byConcern, readStoredPlan } from "../core/index.ts";
import { createAnalysisClient } from "../workers/analysisClient.ts";
import type { Loaded } from "../workers/protocol.ts";
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
import { ImportReport } from "./importing/ImportReport.tsx";
import { deleteEverything, loadProject, saveProject } from "./storage/deviceStore.ts";
import { nameFunction, pseudonymiser } from "./names.ts";
import { EctPicker } from "./panels/EctPicker.tsx";
import { PlanView } from "./plan/PlanView.tsx";
import { SAMPLE_FILES, SAMPLE_NAME, SAMPLE_SETTINGS } from "./sample.ts";
import type { ViewState } from "./state/viewState.ts";
import { DEFAULT_VIEW, queryToViewState, viewStateToQuery } from "./state/viewState.ts";

const client = createAnalysisClient();

/** The files behind what is loaded, kept so an import can add to them or be undone. */
interface Sources {
  readonly files: readonly InputFile[];
  readonly settings?: unknown;
  readonly options?: ImportOptions | undefined;
  readonly label: string;
}

const SAMPLE_SOURCES: Sources = { files: SAMPLE_FILES, settings: SAMPLE_SETTINGS, label: SAMPLE_NAME };

/** `?demo=N` opens a generated network of N people instead of the sample (for trying Mosaic at scale). */
function demoSize(query: string): number | undefined {
  const n = Number(new URLSearchParams(query).get("demo"));
  return Number.isInteger(n) && n >= 10 ? Math.min(n, 200_000) : undefined;
}

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
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [view, setView] = useState<ViewState>(DEFAULT_VIEW);
  const [renderer, setRenderer] = useState<Sigma<RenderNode, RenderEdge> | undefined>();
  const [constellation, setConstellation] = useState<Constellation | undefined>();
  const webgl = useMemo(() => hasWebGL(), []);
  const demo = useMemo(() => demoSize(location.search), []);

  const [sources, setSources] = useState<Sources>(SAMPLE_SOURCES);
  const [undoStack, setUndoStack] = useState<readonly Sources[]>([]);
  const [importing, setImporting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<Loaded | undefined>();
  const [remember, setRemember] = useState(false);
  const [saved, setSaved] = useState<string | undefined>();
  const [storageError, setStorageError] = useState<string | undefined>();
  const [plan, setPlan] = useState<readonly ProposedLink[]>([]);

  /** Loads a set of files in the worker; a set that yields nothing leaves the current data in place. */
  const loadSources = useCallback(async (next: Sources, previous?: Sources) => {
    setBusy(true);
    try {
      const today = new Date().toISOString().slice(0, 10);
      const l = await client.request({
        kind: "load",
        files: next.files,
        settings: next.settings,
        options: next.options,
        today,
      });
      setReport(l);
      if (l.summary.people === 0 && l.summary.links === 0) return;
      setLoaded(l);
      setSources(next);
      if (previous) setUndoStack((stack) => [...stack, previous]);
      setView((v) => ({ ...v, ect: undefined, away: [], school: undefined, dept: undefined }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }, []);

  // Remembering is explicit: each change is saved only while "Remember on this device" is ticked.
  useEffect(() => {
    if (!remember || sources === SAMPLE_SOURCES) return;
    const savedAt = new Date().toISOString();
    saveProject({
      version: 1,
      savedAt,
      label: sources.label,
      files: sources.files,
      settings: sources.settings,
      options: sources.options,
      plan,
    })
      .then(() => {
        setSaved(savedAt);
        setStorageError(undefined);
      })
      .catch((e: Error) =>
        setStorageError(
          `Couldn't save on this device (${e.message}). Your work is still here; use Export data to keep a copy.`,
        ),
      );
  }, [remember, sources, plan]);

  // Imported work that is not remembered is lost on leaving: the browser asks first.
  useEffect(() => {
    if (remember || sources === SAMPLE_SOURCES) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    addEventListener("beforeunload", warn);
    return () => removeEventListener("beforeunload", warn);
  }, [remember, sources]);

  const forgetDevice = async () => {
    await deleteEverything().catch(() => undefined);
    setPlan([]);
    setRemember(false);
    setSaved(undefined);
    setUndoStack([]);
    setReport(undefined);
    await loadSources(SAMPLE_SOURCES);
  };

  // Start-up loads one data set: the demo, what the user remembered on this device, or the sample.
  useEffect(() => {
    const today = new Date().toISOString().slice(0, 10);
    const start = async (): Promise<Loaded> => {
      if (demo) return client.request({ kind: "demo", people: demo, seed: 42, today });
      const stored = await loadProject().catch(() => undefined);
      if (!stored)
        return client.request({ kind: "load", files: SAMPLE_SOURCES.files, settings: SAMPLE_SOURCES.settings, today });
      const remembered: Sources = {
        files: stored.files,
        settings: stored.settings,
        options: stored.options as ImportOptions | undefined,
        label: stored.label,
      };
      setRemember(true);
      setSaved(stored.savedAt);
      setSources(remembered);
      setPlan(readStoredPlan(stored.plan));
      return client.request({
        kind: "load",
        files: remembered.files,
        settings: remembered.settings,
        options: remembered.options,
        today,
      });
    };
    start()
      .then((l) => {
        // The bench reads where the worker's time went (demo mode only).
        if (demo) (window as unknown as { __mosaicTimings?: Loaded["timings"] }).__mosaicTimings = l.timings;
        setLoaded(l);
        // The URL is read once the data says which keys exist.
        setView(queryToViewState(location.search, l.peopleIds.length, l.schools.length));
      })
      .catch((e: Error) => setError(e.message));
  }, [demo]);

  useEffect(() => {
    if (!demo) return;
    // The bench's naive baseline, loaded only in demo mode.
    import("./bench/drawWhole.ts").then(({ drawWhole }) => {
      (window as unknown as { __mosaicDrawWhole?: typeof drawWhole }).__mosaicDrawWhole = drawWhole;
    });
  }, [demo]);

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

  const code = useMemo(() => pseudonymiser(loaded?.peopleIds ?? [], loaded?.peopleKinds ?? []), [loaded]);
  const hide = view.hideNames || view.share;
  const nameOf = useMemo(() => nameFunction(hide, code), [hide, code]);
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

  const applySettings = useCallback(async (next: Settings) => {
    setBusy(true);
    try {
      const l = await client.request({
        kind: "reanalyse",
        settings: next,
        today: new Date().toISOString().slice(0, 10),
      });
      if (!l) return;
      setLoaded(l);
      setSources((s) => ({ ...s, settings: next }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }, []);
  const addToPlan = useCallback((p: ProposedLink) => setPlan((old) => addProposal(old, p)), []);

  const openEct = useCallback((id: string) => setView((v) => ({ ...v, view: "ect", ect: keyOf.get(id) })), [keyOf]);
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
          <div>
            <h1>Mosaic</h1>
            <p className="muted small">
              {demo && sources === SAMPLE_SOURCES
                ? `Synthetic demo network (${demo.toLocaleString("en-GB")} people, nobody real)`
                : sources.label}{" "}
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
        <div className="toolbar" role="toolbar" aria-label="View and export">
          <button type="button" aria-expanded={importing} onClick={() => setImporting(!importing)}>
            Import CSV files
          </button>
          <ExportMenu client={client} hideNames={hide} />
          <label className="toggle" title="Keeps your files in this browser's storage, on this device only">
            <input
              type="checkbox"
              checked={remember}
              disabled={sources === SAMPLE_SOURCES && !remember}
              onChange={(e) => setRemember(e.target.checked)}
            />{" "}
            Remember on this device
          </label>
          {saved && (
            <span className="muted small" role="status">
              Saved on this device {new Date(saved).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" })}
            </span>
          )}
          {(remember || saved) && (
            <button type="button" onClick={() => void forgetDevice()}>
              Delete everything from this device
            </button>
          )}
          <label className="toggle">
            <input
              type="checkbox"
              checked={view.hideNames}
              onChange={(e) => setView({ ...view, hideNames: e.target.checked })}
            />{" "}
            Hide names
          </label>
          {view.view === "ect" ? (
            <>
              <label>
                Wording{" "}
                <select
                  value={view.voice}
                  onChange={(e) => setView({ ...view, voice: e.target.value === "they" ? "they" : "you" })}
                >
                  <option value="you">for the ECT (you)</option>
                  <option value="they">for a mentor lead (this ECT)</option>
                </select>
              </label>
              <button type="button" onClick={exportPng} disabled={!renderer}>
                Download PNG
              </button>
              <button type="button" onClick={() => print()}>
                Print one page
              </button>
            </>
          ) : (
            <label className="toggle">
              <input
                type="checkbox"
                checked={view.share}
                onChange={(e) => setView({ ...view, share: e.target.checked })}
              />{" "}
              Share mode (governors, trust board)
            </label>
          )}
        </div>
      </header>

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
              onImport={(files: InputFile[], mode: ImportMode, mapping?: ColumnMapping) => {
                const names = files.map((f) => f.name).join(", ");
                const options = mapping ? { mapping } : undefined;
                const next: Sources =
                  mode === "merge"
                    ? {
                        ...sources,
                        files: [...sources.files, ...files],
                        options: options ?? sources.options,
                        label: `${sources.label} + ${names}`,
                      }
                    : { files, options, label: `Your data: ${names}` };
                void loadSources(next, sources);
              }}
            />
          )}
          {report && (
            <ImportReport
              loaded={report}
              canUndo={undoStack.length > 0}
              onUndo={() => {
                const previous = undoStack.at(-1);
                if (!previous) return;
                setUndoStack((stack) => stack.slice(0, -1));
                void loadSources(previous);
              }}
            />
          )}
        </div>
      )}

      {view.view === "ect" ? (
        <div className="layout">
          <nav className="sidebar" aria-label="ECTs">
            {loaded ? (
              <>
                <EctPicker
                  ects={ects}
                  selected={selectedEct?.id}
                  displayName={(e) => nameOf(e.id, e.name)}
                  onSelect={openEct}
                />
                <p className="muted small">
                  {loaded.summary.ects} ECTs, {loaded.summary.supporters} supporters, {loaded.summary.liveLinks} live
                  links. Sorted by what most needs a look; there are no scores.
                </p>
              </>
            ) : (
              <p aria-live="polite">Reading the data…</p>
            )}
          </nav>
          <main className="main" id="main">
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
                onRenderer={setRenderer}
                onConstellation={setConstellation}
                plan={plan}
                onAddToPlan={addToPlan}
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
              onSettings={(s) => void applySettings(s)}
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
              onOpenEct={openEct}
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
