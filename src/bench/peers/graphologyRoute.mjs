/**
 * A peer for the process bench: the graphology route, end to end. Parses people.csv and links.csv
 * with papaparse (header rows, as objects), builds one directed multigraph of everything, and
 * computes what Mosaic's analysis reports first: gaps (an ECT's core type with no live provider),
 * sole sources (a type with exactly one), keystones (people who alone provide a type to two or more
 * ECTs), cut vertices and bridges of the undirected graph of live links. graphology has no cut
 * vertices or bridges, so they are an iterative Tarjan over its neighbour lists, as a user of the
 * library would write. Plain JavaScript, run with `node` alone. Prints the counts.
 *
 * usage: node graphologyRoute.mjs people.csv links.csv
 */
import { readFileSync } from "node:fs";
import Graph from "graphology";
import Papa from "papaparse";

const CORE_TYPES = ["organisational_literacy", "behaviour", "pedagogy", "psychosocial"];
const [peopleFile, linksFile] = process.argv.slice(2);
const read = (file) => Papa.parse(readFileSync(file, "utf8"), { header: true, skipEmptyLines: true }).data;

const g = new Graph({ multi: true, type: "directed" });
for (const p of read(peopleFile)) if (!g.hasNode(p.id)) g.addNode(p.id, p);
for (const l of read(linksFile))
  if (g.hasNode(l.from_id) && g.hasNode(l.to_id))
    g.addEdge(l.from_id, l.to_id, { ...l, types: (l.support_types ?? "").split(";") });

const live = (a) => a.status === "active" || a.status === "strained";
let gaps = 0;
let soleSources = 0;
/** For each person, the ECTs who rely on them alone for some type. */
const soleFor = new Map();
g.forEachNode((node, attrs) => {
  if (attrs.is_ect !== "true") return;
  const providers = new Map(CORE_TYPES.map((t) => [t, new Set()]));
  g.forEachInEdge(node, (_e, a, source) => {
    if (!live(a)) return;
    for (const t of a.types) providers.get(t)?.add(source);
  });
  for (const s of providers.values()) {
    if (s.size === 0) gaps++;
    if (s.size !== 1) continue;
    soleSources++;
    const [only] = s;
    if (!soleFor.has(only)) soleFor.set(only, new Set());
    soleFor.get(only).add(node);
  }
});
let keystones = 0;
for (const ects of soleFor.values()) if (ects.size >= 2) keystones++;

// The undirected simple graph of live links, then Tarjan's low-link search without recursion.
const u = new Graph({ type: "undirected" });
g.forEachEdge((_e, a, source, target) => {
  if (!live(a) || source === target) return;
  u.mergeNode(source);
  u.mergeNode(target);
  u.mergeEdge(source, target);
});
const order = new Map();
const low = new Map();
let cutVertices = 0;
let bridges = 0;
let clock = 0;
u.forEachNode((root) => {
  if (order.has(root)) return;
  order.set(root, clock);
  low.set(root, clock++);
  let rootChildren = 0;
  const cut = new Set();
  const stack = [{ v: root, parent: undefined, next: u.neighbors(root), i: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.i < top.next.length) {
      const w = top.next[top.i++];
      if (w === top.parent) continue;
      if (order.has(w)) low.set(top.v, Math.min(low.get(top.v), order.get(w)));
      else {
        order.set(w, clock);
        low.set(w, clock++);
        if (top.v === root) rootChildren++;
        stack.push({ v: w, parent: top.v, next: u.neighbors(w), i: 0 });
      }
      continue;
    }
    stack.pop();
    if (top.parent === undefined) continue;
    low.set(top.parent, Math.min(low.get(top.parent), low.get(top.v)));
    if (low.get(top.v) > order.get(top.parent)) bridges++;
    if (top.parent !== root && low.get(top.v) >= order.get(top.parent)) cut.add(top.parent);
  }
  if (rootChildren > 1) cut.add(root);
  cutVertices += cut.size;
});
console.log(JSON.stringify({ gaps, soleSources, keystones, cutVertices, bridges }));
