/**
 * Mosaic's shell: loads the data in the worker, keeps the view state in the URL, and switches
 * between one ECT's constellation and the mentor lead's overview. Layout and wiring only.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Constellation, Edit, ProposedLink } from "../core/index.ts";
import { addProposal, DEFAULT_SETTINGS, peopleWords, readProjectFile, shareRule } from "../core/index.ts";
import { rememberedWording } from "../storage/wording.ts";
import { createAnalysisClient } from "../workers/analysisClient.ts";
import { downloadBlob } from "./graph/exportPng.ts";
import { displayedTypes } from "./graph/toRenderGraph.ts";
import { hasWebGL } from "./graph/webgl.ts";
import { LeadTab } from "./lead/LeadTab.tsx";
import { ImportArea } from "./importing/ImportArea.tsx";
import { nameFunction, pseudonymiser } from "./names.ts";
import { PlanView } from "./plan/PlanView.tsx";
import type { SettingsDraft } from "./plan/SettingsPanel.tsx";
import type { ViewState } from "./state/viewState.ts";
import { DEFAULT_VIEW, queryToViewState } from "./state/viewState.ts";
import { useUrlViewState } from "./state/useUrlViewState.ts";
import { StorageNotice } from "./components/StorageNotice.tsx";
import { StoredProgressBar } from "./components/ProgressBar.tsx";
import { useProject } from "./state/useProject.ts";
import { doneWords } from "./state/doneWords.ts";
import { useUndoKeys } from "./state/useUndoKeys.ts";
import { InfoDialogs } from "./research/InfoDialogs.tsx";
import { useAnnounce } from "./announce/useAnnounce.ts";
import { instrument } from "./instrument.ts";
import { EctTab } from "./EctTab.tsx";
import type { AppValues } from "./AppContext.tsx";
import { AppProvider } from "./AppContext.tsx";
import { Toolbar } from "./Toolbar.tsx";
import { ToolbarSlots } from "./ToolbarSlots.tsx";
import { Masthead } from "./Masthead.tsx";
import { printedSourceWords } from "./sourceWords.ts";
import { ectOpenedWords } from "./ectOpenedWords.ts";
import { formatDate } from "./formatDate.ts";
import { demoSize } from "./state/demoSize.ts";
import { keyLookup } from "./state/keyLookup.ts";
import { newDataView } from "./state/newDataView.ts";
import { ownMapOf } from "./state/ownMap.ts";
import { startReplaces } from "./state/startReplaces.ts";
import { deviceWord } from "./savedWords.ts";

const client = createAnalysisClient();

export function App() {
  const [pageError, setPageError] = useState<string | undefined>();
  const [view, setView] = useState<ViewState>(DEFAULT_VIEW);
  const [constellation, setConstellation] = useState<Constellation | undefined>();
  const webgl = useMemo(() => hasWebGL(), []);
  const demo = useMemo(() => demoSize(location.search), []);

  const [importing, setImporting] = useState(false);
  const [mapping, setMapping] = useState(false);
  const [info, setInfo] = useState<"intro" | "about" | undefined>();
  const announce = useAnnounce();
  // The lead's name search (not in the address): cleared with the other filters when new data comes.
  const [search, setSearch] = useState("");
  // Settings changed in Planning but not applied: kept here, as the tabs unmount the form.
  const [settingsDraft, setSettingsDraft] = useState<SettingsDraft | undefined>();
  const project = useProject({
    client,
    demo,
    onFirstLoad: (l) => {
      instrument({ name: "loaded", timings: l.timings });
      // A plain address (a bookmark, the next morning) opens in the wording kept with the remembered project.
      const remembered = demo ? {} : { voice: rememberedWording.read() };
      setView(queryToViewState(location.search, l.peopleIds.length, l.schools.length, remembered));
    },
    // Data about many ECTs is a lead's: open the overview, worded for a lead. One ECT's map stays on their view.
    onNewData: (l, brought) => {
      setView((v) => newDataView(v, brought && l.summary.ects > 1));
      setSearch("");
      if (brought)
        announce(`Read ${peopleWords(l.summary)}.${l.summary.ects > 1 ? " The mentor lead overview is open." : ""}`);
    },
  });
  const { loaded, sources, plan, setPlan, busy, storageError } = project;
  // The wording goes with the project while one is kept on this device (see storage/wording.ts).
  const kept = project.remember || project.saved !== undefined;
  // What "Start my map" would replace, asked about first (editing/ConfirmNewMap).
  const replaced = startReplaces(sources, kept);
  const replacing =
    replaced && loaded
      ? {
          what: replaced,
          label: sources.label,
          people: loaded.summary.people,
          device: deviceWord(matchMedia("(pointer: coarse)").matches, innerWidth),
        }
      : undefined;
  useEffect(() => {
    if (kept && loaded) rememberedWording.save(view.voice);
  }, [kept, loaded, view.voice]);
  const error = project.error ?? pageError;
  useUndoKeys(project.undo, project.redo);
  useEffect(() => {
    if (project.notice) announce(project.notice);
  }, [project.notice, announce]);
  // Every edit is one step; once applied it is said, as Undo and Redo are. False when refused (read-only tab).
  const edit = (edits: readonly Edit[], step: string): boolean =>
    project.editAll(edits, step, () => announce(doneWords(step)));

  // Chosen files are read for it now: the page holds them unread (the worker has its own copy).
  const downloadBackup = () =>
    void project.backupJson().then(
      (json) =>
        downloadBlob(
          new Blob([json], { type: "application/json" }),
          `mosaic-backup-${new Date().toISOString().slice(0, 10)}.json`,
        ),
      (e: unknown) => setPageError(e instanceof Error ? e.message : String(e)),
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

  useUrlViewState(view, loaded, demo);

  // ECTs in the order a mentor lead needs them (the worker sends them so): most serious flag first,
  // then warnings; no scores.
  const ects = loaded?.ects ?? [];
  const keyOf = useMemo(() => keyLookup(loaded?.peopleIds ?? []), [loaded]);
  const idOfKey = useCallback((k: number) => loaded?.peopleIds[k], [loaded]);
  const selectedEct = ects.find((e) => e.key === view.ect) ?? ects[0];
  // Whose own map this is is read from the project itself, so it survives a reload (see state/ownMap.ts).
  const myId = ownMapOf(sources);
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
  // One rule for what may be shown and exported, read by every view and download (core shareRule).
  const k = loaded?.settings.small_count_k ?? DEFAULT_SETTINGS.small_count_k;
  const rule = useMemo(() => shareRule({ share: view.share, hideNames: hide, k }), [view.share, hide, k]);
  const shared: AppValues = useMemo(
    () => ({ client, nameOf, hideNames: hide, share: view.share, shareRule: rule, voice: view.voice, types, asOf }),
    [nameOf, hide, view.share, rule, view.voice, types, asOf],
  );

  const addToPlan = useCallback((p: ProposedLink) => setPlan((old) => addProposal(old, p)), [setPlan]);

  // An ECT being opened: said once their constellation is drawn ("Tom Gallagher's map is open: 1
  // supporter."). From the list focus stays there, to go on down it; from the overview it moves to
  // the map's heading. Each opening is counted, so opening the ECT already drawn is said too.
  const opening = useRef<{ readonly id: string; readonly focus: boolean } | undefined>(undefined);
  const [openings, setOpenings] = useState(0);
  const openEct = useCallback(
    (id: string) => {
      opening.current = { id, focus: false };
      setOpenings((n) => n + 1);
      setView((v) => ({ ...v, view: "ect", ect: keyOf(id) }));
    },
    [keyOf],
  );
  // Whoever opens an ECT from the mentor lead overview is reading as a lead: "this ECT", not "you".
  const openFromOverview = (id: string) => {
    opening.current = { id, focus: true };
    setOpenings((n) => n + 1);
    setView((v) => ({ ...v, view: "ect", ect: keyOf(id), voice: "they" }));
  };
  useEffect(() => {
    const open = opening.current;
    const title = document.getElementById("ect-title");
    // The last constellation drawn can be this ECT's from before: wait for its heading to be on the page.
    if (!open || !constellation || constellation.ect.id !== open.id || !title) return;
    opening.current = undefined;
    if (open.focus) title.focus();
    announce(ectOpenedWords(nameOf(constellation.ect.id, constellation.ect.name), constellation.supporters.length));
  }, [openings, constellation, nameOf, announce]);
  // Closing "Map my own support" hands focus on: to the map just made, else back to the button.
  const mapButton = useRef<HTMLButtonElement>(null);
  const closeMapping = () => {
    setMapping(false);
    const next = me ? document.getElementById("ect-title") : mapButton.current;
    requestAnimationFrame(() => next?.focus());
  };
  const closeImport = useCallback(() => setImporting(false), []);

  return (
    <AppProvider value={shared}>
      <ToolbarSlots>
        <div className="app">
          <a className="skip" href={view.view === "ect" ? "#constellation-table" : "#main"}>
            {view.view === "ect"
              ? "Skip to the table of supporters"
              : view.view === "plan"
                ? "Skip to the draft plan"
                : "Skip to the overview"}
          </a>
          <header className="top">
            <Masthead
              demo={demo}
              sources={sources}
              asOf={asOf}
              view={view}
              onView={setView}
              planLength={plan.length}
              onInfo={setInfo}
            />
            <Toolbar
              project={project}
              view={view}
              onView={setView}
              importing={importing}
              onImporting={setImporting}
              onBackup={downloadBackup}
              onOpenBackup={(f) => void openBackup(f)}
              selectedEctId={selectedEct?.id}
            />
          </header>

          <InfoDialogs
            info={info}
            onInfo={setInfo}
            signpost={loaded?.settings.signpost_text ?? ""}
            onMapMine={() => {
              setView((v) => ({ ...v, view: "ect" }));
              setMapping(true);
            }}
          />

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

          {/* New data on its way (the start-up load, a demo, a backup): the import panel shows its own. */}
          {project.opening && !importing && (
            <StoredProgressBar label="Loading the data" store={project.progress} testId="load-progress" />
          )}
          <ImportArea
            project={project}
            importing={importing}
            onClose={closeImport}
            tab={view.view}
            onTab={(tab) => setView((v) => ({ ...v, view: tab }))}
          />

          {view.view === "ect" ? (
            <EctTab
              loaded={loaded}
              sample={sources.isSample === true}
              ects={ects}
              selectedEct={selectedEct}
              webgl={webgl}
              busy={busy}
              plan={plan}
              me={me}
              constellation={constellation}
              mapping={mapping}
              mapButton={mapButton}
              onMapping={setMapping}
              onImport={() => setImporting(true)}
              onAbout={() => setInfo("about")}
              onOpenEct={openEct}
              onEdit={edit}
              onStartMapping={(first, label) => {
                setView((v) => ({ ...v, voice: "you" }));
                void project.startEmpty(first, label);
              }}
              onCloseMapping={closeMapping}
              keeping={{
                remember: project.remember,
                saved: project.saved,
                problem: project.device.problem?.kind === "cannotRemember" ? project.device.problem.reason : undefined,
              }}
              onKeep={() => project.setRemember(true)}
              onBackup={downloadBackup}
              replacing={replacing}
              mapKey={sources.filesKey}
              onConstellation={setConstellation}
              onAddToPlan={addToPlan}
            />
          ) : view.view === "plan" ? (
            <main className="main lead-main" id="main">
              {loaded && (
                <PlanView
                  loaded={loaded}
                  label={sources.label}
                  source={printedSourceWords(demo, sources)}
                  plan={plan}
                  onPlan={setPlan}
                  busy={busy}
                  onSettings={project.applySettings}
                  settingsDraft={settingsDraft}
                  onSettingsDraft={setSettingsDraft}
                />
              )}
            </main>
          ) : (
            <main className="main lead-main" id="main">
              {loaded && (
                <LeadTab
                  loaded={loaded}
                  view={view}
                  onView={setView}
                  keyOf={keyOf}
                  idOfKey={idOfKey}
                  search={search}
                  onSearch={setSearch}
                  onOpenEct={openFromOverview}
                  plan={plan}
                  source={printedSourceWords(demo, sources)}
                  busy={busy}
                  onEdit={edit}
                />
              )}
            </main>
          )}
          <footer className="foot">
            <p className="muted small">
              Mosaic keeps no meeting content and sends nothing anywhere: no server, no tracking. Flags are prompts,
              never judgements, and every number is a default you can change.
            </p>
          </footer>
        </div>
      </ToolbarSlots>
    </AppProvider>
  );
}
