/**
 * The naive baseline the bench compares against: hand a whole network to sigma. Part of the bench
 * page only, never of the product.
 */
import Graph from "graphology";
import Sigma from "sigma";

export async function drawWhole(people: number): Promise<number> {
  const g = new Graph({ type: "directed", multi: true });
  let seed = 1;
  const rand = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  for (let i = 0; i < people; i++) g.addNode(i, { x: rand(), y: rand(), size: 2, color: "#5b6475" });
  for (let i = 0; i < people * 5; i++)
    g.addEdge(Math.floor(rand() * people), Math.floor(rand() * people), { size: 0.5, color: "#ccc" });
  const container = document.createElement("div");
  container.style.cssText = "position:fixed;left:0;top:0;width:800px;height:600px;visibility:hidden";
  document.body.append(container);
  const t = performance.now();
  const sigma = new Sigma(g, container);
  const ms = performance.now() - t;
  sigma.kill();
  container.remove();
  return ms;
}
