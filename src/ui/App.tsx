/**
 * Mosaic's constellation view: pick an ECT, see their supporters by type of support (graph, tiles,
 * table), read what is worth a look, export or print. All analysis runs in the worker.
 */
import type Sigma from "sigma";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { Constellation } from "../core/index.ts";
import { createAnalysisClient } from "../workers/analysisClient.ts";
import type { EctListItem, Loaded } from "../workers/protocol.ts";
import { ConstellationGraph } from "./graph/ConstellationGraph.tsx";
import { constellationPng, downloadBlob } from "./graph/exportPng.ts";
import type { RenderEdge, RenderNode } from "./graph/toRenderGraph.ts";
import { displayedTypes, toRenderGraph } from "./graph/toRenderGraph.ts";
import { hasWebGL } from "./graph/webgl.ts";
import { nameFunction, pseudonymiser } from "./names.ts";
import { ConstellationTable } from "./panels/ConstellationTable.tsx";
import { EctPicker } from "./panels/EctPicker.tsx";
import { FlagsPanel } from "./panels/FlagsPanel.tsx";
import { MosaicTiles } from "./panels/MosaicTiles.tsx";
import { SupporterDetails } from "./panels/SupporterDetails.tsx";
import { SAMPLE_FILES, SAMPLE_NAME, SAMPLE_SETTINGS } from "./sample.ts";
import type { ViewState } from "./state/viewState.ts";
import { queryToViewState, viewStateToQuery } from "./state/viewState.ts";

const client = createAnalysisClient();
const RANK = { critical: 0, warning: 1, info: 2 } as const;

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
  const [view, setView] = useState<ViewState>(() => queryToViewState(location.search, Number.MAX_SAFE_INTEGER));
  const [constellation, setConstellation] = useState<Constellation | undefined>();
  const [focus, setFocus] = useState<string | undefined>();
  const [selected, setSelected] = useState<string | undefined>();
  const [renderer, setRenderer] = useState<Sigma<RenderNode, RenderEdge> | undefined>();
  const [printImage, setPrintImage] = useState<string | undefined>();
  const webgl = useMemo(() => hasWebGL(), []);

  const demo = useMemo(() => demoSize(location.search), []);
  useEffect(() => {
    if (!demo) return;
    // The bench's naive baseline, loaded only in demo mode.
    import("./bench/drawWhole.ts").then(({ drawWhole }) => {
      (window as unknown as { __mosaicDrawWhole?: typeof drawWhole }).__mosaicDrawWhole = drawWhole;
    });
  }, [demo]);
  useEffect(() => {
    const today = new Date().toISOString().slice(0, 10);
    const request = demo
      ? client.request({ kind: "demo", people: demo, seed: 42, today })
      : client.request({ kind: "load", files: SAMPLE_FILES, settings: SAMPLE_SETTINGS, today });
    request.then(setLoaded).catch((e: Error) => setError(e.message));
  }, [demo]);

  // ECTs in the order a mentor lead needs them: most serious flag first, then warnings; no scores.
  const ects = useMemo(
    () =>
      [...(loaded?.ects ?? [])].sort(
        (a, b) =>
          (a.worst ? RANK[a.worst] : 3) - (b.worst ? RANK[b.worst] : 3) ||
          b.warnings - a.warnings ||
          a.name.localeCompare(b.name),
      ),
    [loaded],
  );
  const selectedIndex = view.ect ?? 0;
  const selectedEct: EctListItem | undefined = ects[selectedIndex];

  useEffect(() => {
    if (!selectedEct) return;
    performance.mark("mosaic:select");
    let current = true;
    client.request({ kind: "constellation", ect: selectedEct.id }).then((c) => {
      if (current) setConstellation(c);
    });
    return () => {
      current = false;
    };
  }, [selectedEct]);

  useEffect(() => {
    history.replaceState(null, "", `${location.pathname}${viewStateToQuery(view)}`);
  }, [view]);

  const code = useMemo(() => pseudonymiser(loaded?.peopleOrder ?? []), [loaded]);
  const nameOf = useMemo(() => nameFunction(view.hideNames, code), [view.hideNames, code]);
  const nameById = useMemo(() => {
    const names = new Map<string, string>();
    if (constellation)
      for (const p of [
        ...constellation.supporters,
        ...constellation.contributions,
        { id: constellation.ect.id, name: constellation.ect.name },
      ])
        names.set(p.id, p.name);
    return (id: string) => nameOf(id, names.get(id) ?? id);
  }, [constellation, nameOf]);
  const types = useMemo(() => displayedTypes(loaded?.settings.include_career_in_coverage ?? false), [loaded]);
  const graph = useMemo(
    () =>
      constellation
        ? toRenderGraph(constellation, nameOf, loaded?.settings.include_career_in_coverage ?? false)
        : undefined,
    [constellation, nameOf, loaded],
  );

  const ectName = constellation ? nameOf(constellation.ect.id, constellation.ect.name) : "";
  const asOf = loaded ? formatDate(loaded.settings.as_of_date) : "";

  const exportPng = useCallback(async () => {
    if (!renderer || !constellation) return;
    const blob = await constellationPng(
      renderer,
      `${ectName}: support mosaic`,
      `As of ${asOf}. Made with Mosaic; it stays on this device.`,
      types,
    );
    downloadBlob(
      blob,
      `mosaic-${view.hideNames ? "ect" : ectName.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${loaded?.settings.as_of_date}.png`,
    );
  }, [renderer, constellation, ectName, asOf, types, view.hideNames, loaded]);

  useEffect(() => {
    const before = () => {
      // The printed page carries every flag, not just the first three.
      for (const d of document.querySelectorAll<HTMLDetailsElement>("details.more-flags")) d.open = true;
      if (!renderer) return;
      // Print shows a still image of the graph (canvas content does not always print).
      constellationPng(renderer, `${ectName}: support mosaic`, `As of ${asOf}`, types).then((b) =>
        setPrintImage(URL.createObjectURL(b)),
      );
    };
    addEventListener("beforeprint", before);
    return () => removeEventListener("beforeprint", before);
  }, [renderer, ectName, asOf, types]);

  const selectedPerson =
    constellation?.supporters.find((s) => s.id === selected) ??
    constellation?.contributions.find((s) => s.id === selected);

  return (
    <div className="app">
      <a className="skip" href="#constellation-table">
        Skip to the table of supporters
      </a>
      <header className="top" role="banner">
        <div className="brand">
          <span className="logo" aria-hidden="true" />
          <div>
            <h1>Mosaic</h1>
            <p className="muted small">
              {demo ? `Synthetic demo network (${demo.toLocaleString("en-GB")} people, nobody real)` : SAMPLE_NAME} · as
              of {asOf || "…"} · everything stays in this browser
            </p>
          </div>
        </div>
        <div className="toolbar" role="toolbar" aria-label="View and export">
          <label className="toggle">
            <input
              type="checkbox"
              checked={view.hideNames}
              onChange={(e) => setView({ ...view, hideNames: e.target.checked })}
            />{" "}
            Hide names
          </label>
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
        </div>
      </header>

      {error && (
        <p role="alert" className="error">
          Something went wrong while reading the data: {error}
        </p>
      )}

      <div className="layout">
        <nav className="sidebar" aria-label="ECTs">
          {loaded ? (
            <>
              <EctPicker
                ects={ects}
                selected={selectedEct?.id}
                displayName={(e) => nameOf(e.id, e.name)}
                onSelect={(id) => {
                  setSelected(undefined);
                  setView({ ...view, ect: ects.findIndex((e) => e.id === id) });
                }}
              />
              <p className="muted small">
                {loaded.summary.ects} ECTs, {loaded.summary.supporters} supporters, {loaded.summary.liveLinks} live
                links. Sorted by what most needs a look; there are no scores.
              </p>
            </>
          ) : (
            <p aria-live="polite">Reading the sample trust…</p>
          )}
        </nav>

        <main className="main" id="main">
          {constellation && (
            <>
              <div className="title-row">
                <h2 className="ect-title">{ectName}</h2>
                <p className="muted">
                  {[
                    view.hideNames ? "" : constellation.ect.roleTitle,
                    view.hideNames ? "" : constellation.ect.school,
                    constellation.ect.ectYear ? `induction year ${constellation.ect.ectYear}` : "",
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
              </div>
              <div className="graph-row">
                <section className="graph-panel" aria-labelledby="graph-h">
                  <h2 id="graph-h" className="visually-hidden">
                    Constellation graph
                  </h2>
                  {webgl && graph ? (
                    <ConstellationGraph
                      graph={graph}
                      focus={{ personId: focus }}
                      onHover={setFocus}
                      onSelect={setSelected}
                      onRenderer={setRenderer}
                      label={`Constellation of ${ectName}: ${constellation.supporters.length} supporters. The same information is in the tiles and the table.`}
                    />
                  ) : (
                    <div className="no-webgl" role="note">
                      <p>
                        <strong>The graph can't be drawn on this computer</strong> because its browser doesn't offer
                        WebGL (common on older school PCs and remote desktops).
                      </p>
                      <p>
                        Everything it shows is in the mosaic tiles and the table of supporters, which work as normal.
                      </p>
                    </div>
                  )}
                  {printImage && <img className="print-only" src={printImage} alt={`Constellation of ${ectName}`} />}
                  <Legend />
                </section>
                <MosaicTiles constellation={constellation} types={types} nameOf={nameOf} />
              </div>
              {selectedPerson && (
                <SupporterDetails person={selectedPerson} nameOf={nameOf} onClose={() => setSelected(undefined)} />
              )}
              <FlagsPanel
                flags={constellation.result.flags}
                nameOf={nameById}
                voice={view.voice}
                settings={loaded!.settings}
              />
              <ConstellationTable
                constellation={constellation}
                nameOf={nameOf}
                focused={focus}
                onFocus={setFocus}
                onSelect={setSelected}
              />
            </>
          )}
        </main>
      </div>
      <footer className="foot">
        <p className="muted small">
          Mosaic keeps no meeting content and sends nothing anywhere: no server, no tracking. Flags are prompts, never
          judgements, and every number is a default you can change.
        </p>
      </footer>
    </div>
  );
}

function Legend() {
  return (
    <ul className="legend" aria-label="How to read the graph">
      <li>
        <span className="legend-ring" aria-hidden="true" /> Ring: assesses or line-manages
      </li>
      <li>
        <span className="legend-thick" aria-hidden="true" /> Thick line: formal ·{" "}
        <span className="legend-thin" aria-hidden="true" /> thin: informal
      </li>
      <li>
        <span className="legend-gap" aria-hidden="true" /> Empty circle: no one yet for that kind of support
      </li>
      <li>Grey arrow out: support the ECT gives</li>
    </ul>
  );
}
