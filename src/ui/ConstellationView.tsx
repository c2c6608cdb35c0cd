/**
 * One ECT's constellation: the headline, then the graph beside the mosaic tiles and the first things
 * to look at (so all of it fits a laptop's first screen), then suggestions and the table; PNG and print.
 */
import type Sigma from "sigma";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Constellation, ProposedLink, Settings } from "../core/index.ts";
import { useAsOf, useClient, useHideNames, useNameOf, useShare, useWording } from "./AppContext.tsx";
import { useWorkerQuery } from "./state/useWorkerQuery.ts";
import { ConstellationGraph } from "./graph/ConstellationGraph.tsx";
import { ConstellationWalk } from "./graph/ConstellationWalk.tsx";
import { constellationNames, ectHeadline, soFarHeadline } from "./ectHeadline.ts";
import { GraphLegend } from "./graph/GraphLegend.tsx";
import type { RenderEdge, RenderNode } from "./graph/toRenderGraph.ts";
import { toRenderGraph } from "./graph/toRenderGraph.ts";
import { usePrintImage } from "./graph/usePrintImage.ts";
import { constellationHeader, pngFileName } from "./graph/constellationHeader.ts";
import { useOfferPngDownload } from "./graph/pngDownload.tsx";
import { useConstellationPng } from "./graph/useConstellationPng.ts";
import { isolate, shorten } from "./names.ts";
import { Name } from "./components/Name.tsx";
import { ConstellationTable } from "./panels/ConstellationTable.tsx";
import { FlagsPanel } from "./panels/FlagsPanel.tsx";
import { MosaicTiles } from "./panels/MosaicTiles.tsx";
import { SuggestionsPanel } from "./panels/SuggestionsPanel.tsx";
import { SupporterDetails } from "./panels/SupporterDetails.tsx";
import { instrument } from "./instrument.ts";

interface Props {
  readonly ectId: string;
  readonly settings: Settings;
  readonly webgl: boolean;
  readonly onConstellation: (c: Constellation | undefined) => void;
  readonly plan: readonly ProposedLink[];
  /** Adds a suggestion to the draft plan; absent on an ECT's own map, where no plan button is shown. */
  readonly onAddToPlan: ((p: ProposedLink) => void) | undefined;
  /** Changes whenever the data is loaded again (an edit, undo, new settings): fetch again. */
  readonly dataVersion: unknown;
  /** This ECT is answering "Map my support" for themselves: until they Finish, the headline describes, not judges. */
  readonly answering?: boolean;
}

export function ConstellationView(props: Props) {
  const { ectId, settings, webgl, onConstellation, plan, onAddToPlan, dataVersion, answering = false } = props;
  const client = useClient();
  const nameOf = useNameOf();
  const hideNames = useHideNames();
  // Share mode: the headline names no one.
  const share = useShare();
  const asOf = useAsOf();
  const { voice, types } = useWording();
  const [focus, setFocus] = useState<string | undefined>();
  // Who is selected, and in which constellation: a new one (another ECT, or the data again) starts
  // with no one selected, without an effect to clear it.
  const [selection, setSelection] = useState<{ readonly in: Constellation; readonly id: string } | undefined>();
  const [renderer, setRenderer] = useState<Sigma<RenderNode, RenderEdge> | undefined>();
  const walked = useRef(false);

  const constellation = useWorkerQuery(() => {
    instrument({ name: "select" });
    return client.request({ kind: "constellation", ect: ectId });
  }, [client, ectId, dataVersion]);
  // Asked after the constellation: the worker answers in order, and the picture comes first.
  const suggestions = useWorkerQuery(
    () => client.request({ kind: "suggest", ect: ectId }),
    [client, ectId, dataVersion],
  );
  useEffect(() => {
    if (constellation) onConstellation(constellation);
  }, [constellation, onConstellation]);
  const selected = selection && selection.in === constellation ? selection.id : undefined;
  const setSelected = useCallback(
    (id: string | undefined) => setSelection(constellation && id !== undefined ? { in: constellation, id } : undefined),
    [constellation],
  );

  // Names inside sentences are isolated for direction, so a right-to-left override in one stays inside
  // it, and shortened, so a very long one leaves room for the sentence (the full name is in the table).
  // Someone the ECT named by role reads "your mentor (…)" or "their mentor (…)" there (voicedName).
  const isolatedNameById = useMemo(() => {
    const nameById = constellation ? constellationNames(constellation, voice) : (id: string) => id;
    return (id: string) => isolate(shorten(nameOf(id, nameById(id))));
  }, [constellation, nameOf, voice]);
  // Every view of the map (the drawing and its walk, tiles, table, details) shows a role or family
  // name the same way the sentences do: "your mum" to the ECT, "Siobhán's mum" to the lead (voicedName).
  const spokenNameOf = useMemo(() => {
    const nameById = constellation ? constellationNames(constellation, voice) : (id: string) => id;
    return (id: string, name: string) => nameOf(id, nameById(id) === id ? name : nameById(id));
  }, [constellation, nameOf, voice]);
  // Finish marks the map confirmed: from then on (and for anyone else opening it) the headline judges.
  const soFar = answering && constellation?.ect.mapStatus === "draft";
  const said = useMemo(
    () =>
      constellation &&
      (soFar
        ? soFarHeadline(constellation, types, voice)
        : ectHeadline(constellation, types, { voice, nameOf, share, settings }, (name) => isolate(shorten(name)))),
    [constellation, soFar, types, voice, nameOf, share, settings],
  );
  // The PNG and print carry the same sentence; a canvas shows any control character as a mark instead.
  const printed = useMemo(
    () =>
      constellation &&
      (soFar
        ? soFarHeadline(constellation, types, voice)
        : ectHeadline(constellation, types, { voice, nameOf, share, settings }, shorten)),
    [constellation, soFar, types, voice, nameOf, share, settings],
  );
  // The drawing's scale, in steps of 10 px per unit: a small drawing moves the inner rings out (toRenderGraph).
  const [pxPerUnit, setPxPerUnit] = useState<number | undefined>();
  const onScale = useCallback((px: number) => setPxPerUnit(Math.floor(px / 10) * 10), []);
  const graph = useMemo(
    () =>
      constellation
        ? toRenderGraph(constellation, spokenNameOf, settings.include_career_in_coverage, pxPerUnit)
        : undefined,
    [constellation, spokenNameOf, settings, pxPerUnit],
  );
  const ectName = constellation ? nameOf(constellation.ect.id, constellation.ect.name) : "";

  // One header for the print image and the PNG: the same title, sentence and date in both.
  const header = useMemo(
    () => printed && constellationHeader({ ectName, headline: printed, asOf, share }),
    [printed, ectName, asOf, share],
  );
  // Print shows a still image of the graph, made ahead of time (see usePrintImage).
  const printImage = usePrintImage(renderer, graph, header, types);
  // The toolbar's "Download PNG" calls this; the renderer stays here (see pngDownload.tsx).
  useOfferPngDownload(
    useConstellationPng(renderer, header, types, pngFileName(ectName, hideNames, settings.as_of_date)),
  );

  if (!constellation || !said) return <p aria-live="polite">Drawing the constellation…</p>;
  const selectedPerson =
    constellation.supporters.find((s) => s.id === selected) ??
    constellation.contributions.find((s) => s.id === selected);
  const meta = [
    hideNames ? "" : constellation.ect.roleTitle,
    hideNames ? "" : constellation.ect.school,
    constellation.ect.ectYear ? `induction year ${constellation.ect.ectYear}` : "",
  ]
    .filter(Boolean)
    .join(" · ");
  return (
    <>
      <div className="title-row">
        <h2 className="ect-title" id="ect-title" tabIndex={-1}>
          <Name text={ectName} />
        </h2>
        <p className="muted ect-meta" title={meta}>
          {meta}
        </p>
      </div>
      <p className={`headline headline-${said.kind}`} data-testid="headline" data-kind={said.kind}>
        {said.text}
      </p>
      <div className="ect-grid">
        <section className="graph-panel" aria-labelledby="graph-h">
          <h2 id="graph-h" className="visually-hidden">
            Constellation graph
          </h2>
          {webgl && graph ? (
            <ConstellationWalk
              constellation={constellation}
              types={types}
              nameOf={spokenNameOf}
              voice={voice}
              onOpen={(id) => {
                setSelected(id);
                walked.current = true;
              }}
            >
              {(highlighted) => (
                <ConstellationGraph
                  graph={graph}
                  focus={{ personId: focus }}
                  onHover={setFocus}
                  onSelect={setSelected}
                  onRenderer={setRenderer}
                  highlightedPersonId={highlighted}
                  onScale={onScale}
                  label={`Constellation of ${ectName}: ${constellation.supporters.length} supporters. The same information is in the tiles and the table.`}
                />
              )}
            </ConstellationWalk>
          ) : (
            <div className="no-webgl" role="note">
              <p>
                <strong>The graph can't be drawn on this computer</strong> because its browser doesn't offer WebGL
                (common on older school PCs and remote desktops).
              </p>
              <p>Everything it shows is in the mosaic tiles and the table of supporters, which work as normal.</p>
            </div>
          )}
          {printImage && (
            <img className="print-only print-image" src={printImage} alt={`Constellation of ${ectName}`} />
          )}
          <GraphLegend />
        </section>
        <div className="ect-side">
          <MosaicTiles
            constellation={constellation}
            types={types}
            nameOf={spokenNameOf}
            signpost={settings.signpost_text}
          />
          <FlagsPanel
            flags={constellation.result.flags}
            nameOf={isolatedNameById}
            voice={voice}
            settings={settings}
            strengths={constellation.strengths}
            answering={soFar}
          />
        </div>
      </div>
      {selectedPerson && (
        <SupporterDetails
          person={selectedPerson}
          nameOf={spokenNameOf}
          onClose={() => {
            setSelected(undefined);
            // Details opened from the keyboard walk hand focus back to the map, where the walk was.
            if (walked.current) document.getElementById("support-map")?.focus();
            walked.current = false;
          }}
        />
      )}
      <SuggestionsPanel
        suggestions={suggestions ?? []}
        nameOf={nameOf}
        voice={voice}
        plan={plan}
        onAddToPlan={onAddToPlan}
        ownMap={onAddToPlan ? undefined : constellation}
      />
      <ConstellationTable
        constellation={constellation}
        nameOf={spokenNameOf}
        focused={focus}
        onFocus={setFocus}
        onSelect={setSelected}
      />
    </>
  );
}
