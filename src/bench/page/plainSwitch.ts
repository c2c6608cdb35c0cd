/**
 * The baseline for switching ECT: the same constellation, asked of a worker holding the same
 * network, drawn by a plain sigma renderer (circles and lines: no pies, rings, sectors or placed
 * labels), one renderer for the page's life as the app keeps one. The bench times the app's switch
 * and this one for the same ECT, interleaved, on the same page. Part of the bench page only.
 */
import Graph from "graphology";
import Sigma from "sigma";
import type { AnalysisClient } from "../../workers/analysisClient.ts";
import { createAnalysisClient } from "../../workers/analysisClient.ts";
import { toRenderGraph } from "../../ui/graph/toRenderGraph.ts";

interface Plain {
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface PlainSwitch {
  /** Loads the demo of `people` people (seed 42, as `?demo=` does) in a worker of its own. */
  open(people: number, width: number, height: number): Promise<void>;
  /**
   * Draws the constellation of the person at `key` (the URL's `ect`): milliseconds from asking to
   * drawn, and of those, from handing the graph to sigma to drawn (as the app's draw-start to drawn).
   */
  draw(key: number): Promise<{ readonly ms: number; readonly drawMs: number }>;
}

export function plainSwitch(): PlainSwitch {
  // Made on open: a second worker on every bench page would weigh on the page's other rows.
  let client: AnalysisClient | undefined;
  let ids: readonly string[] = [];
  let sigma: Sigma<Plain, Plain> | undefined;
  return {
    async open(people, width, height) {
      client ??= createAnalysisClient();
      const loaded = await client.request({ kind: "demo", people, seed: 42, today: "2025-03-14" });
      ids = loaded.peopleIds;
      const container = document.createElement("div");
      // On screen (sigma draws nothing in a hidden container), under the app.
      container.style.cssText = `position:fixed;left:0;top:0;width:${width}px;height:${height}px;z-index:-1`;
      document.body.append(container);
      sigma = new Sigma<Plain, Plain>(new Graph<Plain, Plain>(), container, {
        renderLabels: false,
        renderEdgeLabels: false,
        defaultEdgeType: "line",
      });
    },
    async draw(key) {
      const id = ids[key];
      if (!sigma || !client || id === undefined) throw new Error(`plain switch: no person at ${key}`);
      const t = performance.now();
      const c = await client.request({ kind: "constellation", ect: id });
      if (!c) throw new Error(`plain switch: no constellation for ${id}`);
      const rendered = toRenderGraph(c, (_id, name) => name, false);
      const g = new Graph<Plain, Plain>({ type: "directed" });
      rendered.forEachNode((n, a) => g.addNode(n, { x: a.x, y: a.y, size: a.size, color: a.color }));
      rendered.forEachEdge((e, a, s, d) => g.addEdgeWithKey(e, s, d, { x: 0, y: 0, size: a.size, color: a.color }));
      const drawn = performance.now();
      sigma.setGraph(g);
      sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      sigma.refresh();
      const end = performance.now();
      return { ms: end - t, drawMs: end - drawn };
    },
  };
}
