/**
 * The lead's network picture: its own school picker, then either one school's people (the sigma
 * graph, its legend made from the same values as the drawing, the marked people as a list and who
 * supports whom as a table) or,
 * when the whole network is too large to draw, the school tiles that drill into a school's graph.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { useWorkerQuery } from "../state/useWorkerQuery.ts";
import type { GraphPersonNode, NetworkGraphData } from "../../core/index.ts";
import type { AnalysisClient } from "../../workers/analysisClient.ts";
import { LEGEND, OUTLINE } from "./networkEncoding.ts";
import { markedWords } from "./markedWords.ts";
import "./networkPicture.css";
import type { LegendEntry } from "./networkEncoding.ts";
import { NetworkGraph } from "./NetworkGraph.tsx";
import { instrument } from "../instrument.ts";
import { SchoolChooser } from "./SchoolChooser.tsx";
import { SchoolTileGrid } from "./SchoolTileGrid.tsx";
import { carryingOf, concernOf, toNetworkRenderGraph } from "./toNetworkRenderGraph.ts";
import { WhoSupportsWhom } from "./WhoSupportsWhom.tsx";

/** Above this many people a graph shows nothing clearly: the schools are shown as tiles instead. */
export const GRAPH_LIMIT = 3000;

interface Props {
  readonly client: AnalysisClient;
  readonly loadedAt: unknown;
  /** The overview's rows are in (the graph is asked for after them: the table is read first). */
  readonly ready: boolean;
  readonly schools: readonly string[];
  /** The table's school filter: the picture follows it when it changes, and can be changed on its own. */
  readonly tableSchool: string | undefined;
  /** ECTs picked by the table's other filters, if any: the picture shows them and their supporters. */
  readonly narrowed: readonly { readonly id: string; readonly school?: string | undefined }[] | undefined;
  readonly nameOf: (id: string, name: string) => string;
  readonly share: boolean;
  readonly removed: ReadonlySet<string>;
  readonly changed: ReadonlySet<string>;
  /** Everyone in the network, so the text equivalent can say how many of them the picture draws. */
  readonly networkPeople: number;
}

export function NetworkPicture(props: Props) {
  const { client, loadedAt, ready, schools, tableSchool, narrowed, nameOf, share, removed, changed, networkPeople } =
    props;
  const [school, setSchool] = useState(tableSchool);
  const heading = useRef<HTMLHeadingElement>(null);
  const drilled = useRef(false);
  // The picture follows the table's school filter when that changes (React's "adjust state when a
  // prop changes" pattern), and otherwise keeps its own choice.
  const [followed, setFollowed] = useState(tableSchool);
  if (followed !== tableSchool) {
    setFollowed(tableSchool);
    setSchool(tableSchool);
  }

  const ects = useMemo(
    () =>
      narrowed
        ?.filter((r) => school === undefined || r.school === school)
        .slice(0, GRAPH_LIMIT)
        .map((r) => r.id),
    [narrowed, school],
  );
  const data: NetworkGraphData | undefined = useWorkerQuery(
    () => (ready ? client.request({ kind: "graph", school, ects, maxNodes: GRAPH_LIMIT }) : undefined),
    [client, school, ects, loadedAt, ready],
  );
  useEffect(() => {
    // After a tile is chosen, the reader is taken to the school's picture, not left at the tile.
    if (!drilled.current || data?.kind !== "people") return;
    drilled.current = false;
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: "start" });
  }, [data]);

  const graph = useMemo(
    () => (data?.kind === "people" ? toNetworkRenderGraph(data, nameOf, share) : undefined),
    [data, nameOf, share],
  );
  const choose = (s: string | undefined) => {
    instrument({ name: "school" });
    setSchool(s);
  };

  return (
    <section aria-labelledby="netgraph-h" className="card network-picture">
      <div className="picture-head">
        <h2 id="netgraph-h" ref={heading} tabIndex={-1}>
          Network picture{school ? ": " : ""}
          {school && <bdi>{school}</bdi>}
        </h2>
        <SchoolChooser
          id="g-school"
          label="School in the picture"
          className="picture-chooser"
          value={school}
          schools={schools}
          onChange={choose}
        />
      </div>
      {data?.kind === "tiles" ? (
        <SchoolTileGrid
          data={data}
          onOpen={(s) => {
            drilled.current = true;
            choose(s);
          }}
        />
      ) : (
        data &&
        graph && (
          <>
            <NetworkGraph
              graph={graph}
              removed={removed}
              changed={changed}
              label={`Support network${school ? ` of ${school}` : ""}. The marked people, and who supports whom, are listed below the legend.`}
            />
            <Legend whatIf={removed.size > 0} />
            <MarkedPeople nodes={data.nodes} nameOf={nameOf} share={share} />
            {!share && (
              <WhoSupportsWhom
                data={data}
                nameOf={nameOf}
                networkPeople={networkPeople}
                removed={removed}
                changed={changed}
              />
            )}
          </>
        )
      )}
    </section>
  );
}

function Swatch({ e }: { e: Pick<LegendEntry, "fill" | "outline" | "thick" | "large"> }) {
  const px = e.large ? 18 : 12;
  return (
    <span
      className="swatch"
      style={{
        width: px,
        height: px,
        background: e.fill,
        border: `${e.thick ? 4 : 1.5}px solid ${e.outline}`,
      }}
    />
  );
}

function Legend({ whatIf }: { whatIf: boolean }) {
  return (
    <ul className="legend network-legend" data-testid="network-legend" aria-label="Legend">
      {LEGEND.map((e) => (
        <li key={e.key} data-legend={e.key}>
          <Swatch e={e} /> {e.text}
        </li>
      ))}
      <li>Flagged people are always labelled; hover for anyone else&apos;s name.</li>
      {whatIf && (
        <li data-legend="changed">
          <Swatch e={{ fill: "#ffffff", outline: OUTLINE.changed.colour, thick: true, large: true }} /> in the what-if:
          an ECT who would lose support; people away are greyed
        </li>
      )}
    </ul>
  );
}

/** The picture's text equivalent: everyone marked, with the words for each mark. */
function MarkedPeople(props: {
  nodes: readonly GraphPersonNode[];
  nameOf: (id: string, name: string) => string;
  share: boolean;
}) {
  const marked = props.nodes.filter((n) => concernOf(n) !== "none" || carryingOf(n) !== "none");
  if (props.share || marked.length === 0) return null;
  return (
    <details className="marked-people">
      <summary>Who is marked in this picture ({marked.length})</summary>
      <ul>
        {marked.map((n) => (
          <li key={n.id}>
            <bdi>{props.nameOf(n.id, n.name)}</bdi>
            {n.isEct ? " (ECT)" : ""}: {markedWords(n)}
          </li>
        ))}
      </ul>
    </details>
  );
}
