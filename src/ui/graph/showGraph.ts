/**
 * Swaps a new graph into a live sigma renderer and draws it at once. Views keep one renderer for
 * their lifetime: making and killing WebGL contexts costs far more than drawing (especially in
 * software WebGL). refresh() draws synchronously, so `drawn` is reported when the picture is on
 * screen; drawing is timed by it.
 */
import type { Attributes } from "graphology-types";
import type Graph from "graphology";
import type Sigma from "sigma";
import { instrument } from "../instrument.ts";

export function showGraph<N extends Attributes, E extends Attributes>(
  sigma: Sigma<N, E>,
  graph: Graph<N, E>,
  drawn: "drawn" | "network-drawn",
): void {
  instrument({ name: "draw-start" });
  sigma.setGraph(graph);
  sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  sigma.refresh();
  instrument({ name: drawn });
}
