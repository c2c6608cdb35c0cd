/**
 * `npm run bench`: measures import, analysis and what-if on seeded synthetic networks, and prints
 * each beside a baseline run in the same process (bare papaparse; a graphology graph), as ratios,
 * so the numbers mean something on any machine. `--quick` skips the 100k network. `--processes`
 * instead compares the commands end to end with their peers, each as its own process (processes.ts). `--large` instead
 * runs the built command on 100k, 1M and 2M people in its own process, for its time and peak
 * memory (large.ts). `--edits` instead
 * times a reload after ten edits against one without (editsBench.ts; `--runs N`, default 7). `--page` instead runs only the page's rows with baselines drawn in the same
 * run (files to overview against papaparse; switching ECT against plain sigma); with `--quick`, at 10k.
 */
import Graph from "graphology";
import Papa from "papaparse";
import {
  analyseTables,
  baselineSelection,
  buildNetwork,
  CORE_TYPES,
  importFiles,
  greedySelection,
  planProblem,
  prepareAnalysis,
  proposePlan,
  schoolTiles,
  resolveSettings,
  resultOf,
  selectionValue,
  suggestFor,
  whatIf,
} from "../core/index.ts";
import type { SupportNetwork } from "../core/index.ts";
import { generateNetwork, seededRandom } from "../core/generate/syntheticNetwork.ts";
import { memoryIo } from "../cli/memoryIo.ts";
import { runCli } from "../cli/run.ts";
import { browserBench, pageSpeedBench } from "./browser.ts";
import { editsBench } from "./editsBench.ts";
import { largeBench } from "./large.ts";
import { processBench } from "./processes.ts";
import { freshWhatIfRows } from "./whatIfFresh.ts";
import { nameResolutionRows } from "./nameResolution.ts";
import { oldSchoolSummaryPicture } from "./schoolSummaryBaseline.ts";
import type { Row } from "./row.ts";

if (process.argv.includes("--processes")) {
  processBench(process.argv);
  process.exit(0);
}

if (process.argv.includes("--page")) {
  const people = process.argv.includes("--quick") ? 10_000 : 100_000;
  const rows = await pageSpeedBench(people);
  console.log(`\nThe page against its baselines, ${people.toLocaleString("en-GB")} people (headless Chromium):`);
  if (typeof rows === "string") console.log(`  ${rows}`);
  else
    for (const r of rows)
      console.log(
        `  ${r.measure.padEnd(100)}${r.ms.toFixed(0).padEnd(8)}${r.ratio !== undefined ? `${r.ratio.toFixed(2)}× ${r.baseline ?? ""}`.padEnd(28) : "".padEnd(28)}${r.goal ? `${r.goal} ${r.met ? "(met)" : "(not met)"}` : ""}`,
      );
  process.exit(0);
}

if (process.argv.includes("--edits")) {
  const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 7;
  const people = process.argv.includes("--quick") ? 10_000 : 100_000;
  console.log(`\nEdits against none, ${people.toLocaleString("en-GB")} people (Node, the worker's load):`);
  for (const r of editsBench(people, runs))
    console.log(
      `  ${r.measure.padEnd(90)}${r.ms.toFixed(1).padEnd(9)}${r.ratio !== undefined ? `${r.ratio.toFixed(2)}× ${r.baseline ?? ""}`.padEnd(20) : "".padEnd(20)}${r.goal ? `${r.goal} ${r.met ? "(met)" : "(not met)"}` : ""}`,
    );
  process.exit(0);
}

if (process.argv.includes("--large")) {
  largeBench(process.argv);
  process.exit(0);
}

const quick = process.argv.includes("--quick");
const sizes = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
const settings = resolveSettings({ as_of_date: "2025-03-14" }, "2025-03-14").settings;

/**
 * Each measurement starts from a collected heap (when node runs with --expose-gc, as `npm run bench`
 * does): in the app every step starts long after the last one's garbage is gone, whereas here the
 * graphology baseline's gigabyte of garbage would otherwise be collected inside the next row.
 */
function settle(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function time<T>(fn: () => T, runs = 3): { ms: number; value: T } {
  const samples: number[] = [];
  let value!: T;
  for (let i = 0; i < runs; i++) {
    // Each run from a collected heap, so no run pays for collecting the one before it.
    settle();
    const t = performance.now();
    value = fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(samples.length / 2)]!, value };
}

const rows: Row[] = [];

/**
 * The absolute goals (150 ms, 5 ms, 50 ms at 100k) were set when papaparse took about this long
 * on this machine's 100k files (sessions 3 and 4). The machine's speed varies a lot from day to
 * day (the same build has measured 2.5 times slower), so each absolute goal is also shown scaled
 * by today's papaparse time against this reference: a ratio to a baseline run in the same process.
 */
const REFERENCE_PAPA_100K_MS = 1144;
let speedFactor = 1;

/** The graphology route: one graph of everything, then coverage checks by walking it. */
function graphologyRoute(text: { people: string; links: string }): number {
  const g = new Graph({ multi: true, type: "directed" });
  const people = Papa.parse<Record<string, string>>(text.people, { header: true, skipEmptyLines: true }).data;
  for (const p of people) g.addNode(p.id!, p);
  const links = Papa.parse<Record<string, string>>(text.links, { header: true, skipEmptyLines: true }).data;
  for (const l of links)
    if (g.hasNode(l.from_id!) && g.hasNode(l.to_id!))
      g.addEdgeWithKey(l.link_id!, l.from_id!, l.to_id!, { ...l, types: l.support_types!.split(";") });
  let gaps = 0;
  g.forEachNode((node, attrs) => {
    if (attrs.is_ect !== "true") return;
    const providers = new Map<string, Set<string>>(CORE_TYPES.map((t) => [t, new Set()]));
    g.forEachInEdge(node, (_e, a, source) => {
      if (a.status !== "active" && a.status !== "strained") return;
      for (const t of a.types as string[]) providers.get(t)?.add(source);
    });
    for (const s of providers.values()) if (s.size === 0) gaps++;
  });
  return gaps;
}

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1e6;
}

for (const n of sizes) {
  const label = n >= 1000 ? `${n / 1000}k` : String(n);
  const gen = generateNetwork(n, 42);
  const bytes = [new TextEncoder().encode(gen.people), new TextEncoder().encode(gen.links)];
  const runs = n >= 100_000 ? 1 : 3;
  // The baseline always takes the median of three: a single run on this shared machine varies ±40%.
  const papa = time(() => {
    for (const b of bytes) Papa.parse(new TextDecoder().decode(b));
  }, 3).ms;
  rows.push({ size: label, measure: `papaparse alone (${(bytes[1]!.length / 1e6).toFixed(1)} MB links)`, ms: papa });
  if (n === 100_000) speedFactor = papa / REFERENCE_PAPA_100K_MS;
  // The real command (`mosaic analyse people.csv links.csv --as-of ...`), files held in memory.
  // Measured next to its baseline, as a command runs: from a heap holding only the files. After
  // the measurements below, which keep hundreds of megabytes alive, its garbage collection also
  // traced all of those, which no real run of the command does.
  const files = new Map([
    ["people.csv", bytes[0]!],
    ["links.csv", bytes[1]!],
  ]);
  const cli = time(() => {
    const out = runCli(
      ["analyse", "people.csv", "links.csv", "--as-of", "2025-03-14", "--format", "json"],
      memoryIo(files, "2025-03-14"),
    );
    if (out.code !== 0) throw new Error(out.stderr);
    return out.stdout.length;
  }, 3).ms;
  rows.push({
    size: label,
    measure: "CLI analyse end to end (import, analyse, JSON; median of 3)",
    ms: cli,
    baseline: "papaparse",
    ratio: cli / papa,
    goal: "≤ 2.5×",
    met: cli / papa <= 2.5,
  });
  const before = heapMb();
  const imported = time(
    () =>
      importFiles([
        { name: "people.csv", bytes: bytes[0]! },
        { name: "links.csv", bytes: bytes[1]! },
      ]),
    3,
  );
  const heldMb = heapMb() - before;
  rows.push({
    size: label,
    measure: "import into people and links (median of 3)",
    ms: imported.ms,
    baseline: "papaparse",
    ratio: imported.ms / papa,
    goal: "≤ 2× (stretch 1.5×)",
    met: imported.ms / papa <= 2,
  });
  // With the import's store and columns (what the CLI and the worker do), and from records (after an edit).
  const built = time(() => buildNetwork(imported.value.people, imported.value.linkStore), runs);
  rows.push({ size: label, measure: "build the indexed network from the import's columns", ms: built.ms });
  const records = time(() => imported.value.links, 1);
  rows.push({
    size: label,
    measure: "make every link record from the import's store (only edits and exports need them)",
    ms: records.ms,
  });
  const rebuilt = time(() => buildNetwork(imported.value.people, records.value), runs);
  rows.push({ size: label, measure: "build the indexed network from the link records alone", ms: rebuilt.ms });
  rows.push({
    size: label,
    measure: `heap held after import: ${heldMb.toFixed(0)} MB; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
    ms: 0,
    goal: "< 300 MB",
    met: heldMb < 300,
  });
  const net: SupportNetwork = built.value;
  // Every flag, count, keystone, cut vertex and bridge, held in typed arrays (what the CLI's JSON
  // and the overview's rows are made from); the result objects are timed on their own below.
  const full = time(() => analyseTables(net, settings), n >= 100_000 ? 5 : runs);
  rows.push({
    size: label,
    measure: `full analysis (${full.value.summary.ects} ECTs, ${net.linkCount} links; median of ${n >= 100_000 ? 5 : runs})`,
    ms: full.ms,
    goal: n >= 100_000 ? "< 150 ms" : undefined,
    met: n >= 100_000 ? full.ms < 150 : undefined,
    goalMs: n >= 100_000 ? 150 : undefined,
  });
  const objects = time(() => resultOf(full.value), runs);
  rows.push({
    size: label,
    measure: `every ECT's and supporter's result object from the analysis (${objects.value.supporters.length} supporters)`,
    ms: objects.ms,
  });
  const graphology = time(() => graphologyRoute(gen), runs).ms;
  // Both sides from the same text: our import is part of our route, as papaparse is part of theirs.
  // (Without our import this ratio read 10×; end to end as processes, see --processes, it is far less.)
  const ours = imported.ms + built.ms + full.ms;
  rows.push({
    size: label,
    measure: "graphology route from text: papaparse, graph, gaps (in process)",
    ms: graphology,
    baseline: "our import + build + analysis",
    ratio: graphology / ours,
    goal: "≥ 3× slower",
    met: graphology / ours >= 3,
  });
  const prepared = prepareAnalysis(net, settings, { skipStructure: true });
  settle();
  // The lead's picture of a large network: the school tiles beside the ring-of-schools summary
  // they replace (its counts, layout, ties and render graph), interleaved so both see the same
  // machine load, each from a collected heap.
  const tileSamples: number[] = [];
  const ringSamples: number[] = [];
  for (let i = 0; i < 5; i++) {
    settle();
    let t = performance.now();
    oldSchoolSummaryPicture(prepared);
    ringSamples.push(performance.now() - t);
    settle();
    t = performance.now();
    schoolTiles(prepared);
    tileSamples.push(performance.now() - t);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  const tilesMs = median(tileSamples);
  const ringMs = median(ringSamples);
  rows.push({
    size: label,
    measure: `lead picture: school tiles (median of 5, interleaved with the old summary's ${ringMs.toFixed(1)} ms)`,
    ms: tilesMs,
    baseline: "old school summary",
    ratio: tilesMs / ringMs,
    goal: "≤ 1.2×",
    met: tilesMs / ringMs <= 1.2,
  });
  const rand = seededRandom(7);
  const givers = prepared.result.supporters.filter((s) => s.ectsSupported > 0);
  const samples: number[] = [];
  // Twenty what-ifs first, as a mentor lead trying people one after another warms the code up.
  for (let i = 0; i < 70; i++) {
    const who = givers[Math.floor(rand() * givers.length)]!.id;
    const t = performance.now();
    whatIf(prepared, [who]);
    if (i >= 20) samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const w = samples[25]!;
  rows.push({
    size: label,
    measure: "what-if, one person (median of 50, after 20 warm-up)",
    ms: w,
    goal: n >= 100_000 ? "< 5 ms" : undefined,
    met: n >= 100_000 ? w < 5 : undefined,
    goalMs: n >= 100_000 ? 5 : undefined,
  });
  const firstSuggest = time(() => suggestFor(prepared, prepared.result.ects[0]!.id), 1).ms;
  const suggestSamples: number[] = [];
  // ECTs with something to suggest for: a gap or a single source.
  const needy = prepared.result.ects.filter(
    (e) => !e.unmapped && Object.values(e.providers).some((p) => p.length <= 1),
  );
  for (let i = 1; i <= 20; i++) {
    const e = needy[Math.floor(rand() * needy.length)]!;
    const t = performance.now();
    suggestFor(prepared, e.id);
    suggestSamples.push(performance.now() - t);
  }
  suggestSamples.sort((a, b) => a - b);
  rows.push({
    size: label,
    measure: `suggestions for one ECT with a need (median of 20; first call, indexing, ${firstSuggest.toFixed(0)} ms)`,
    ms: suggestSamples[10]!,
    goal: n >= 100_000 ? "< 50 ms" : undefined,
    met: n >= 100_000 ? suggestSamples[10]! < 50 : undefined,
    goalMs: n >= 100_000 ? 50 : undefined,
  });
}

// The first what-ifs in a fresh process, as the CLI and the worker meet them (whatIfFresh.ts).
rows.push(...freshWhatIfRows(quick ? 10_000 : 100_000, quick ? 3 : 5));

// Plans: a whole trust (3,000 people) and a national programme (100,000), gaps and second sources.
for (const n of quick ? [3_000] : [3_000, 100_000]) {
  const label = `${n / 1000}k`;
  const gen = generateNetwork(n, 42);
  const r = importFiles([
    { name: "people.csv", text: gen.people },
    { name: "links.csv", text: gen.links },
  ]);
  const net = buildNetwork(r.people, r.linkStore);
  const full = time(() => prepareAnalysis(net, settings, { skipStructure: true }), 1);
  const planned = time(() => proposePlan(full.value, { secondSources: true }), n >= 100_000 ? 1 : 3);
  const problem = planProblem(full.value, { secondSources: true });
  const base = selectionValue(problem, baselineSelection(problem));
  const ours = selectionValue(problem, greedySelection(problem));
  const goal = n >= 100_000 ? 30_000 : 2_000;
  rows.push({
    size: label,
    measure: `plan: ${planned.value.covered.gaps}/${planned.value.needs.gaps} gaps, ${planned.value.covered.singles}/${planned.value.needs.singles} single sources (value ${ours} vs baseline ${base})`,
    ms: planned.ms,
    baseline: "analysis",
    ratio: planned.ms / full.ms,
    goal: `< ${goal / 1000} s`,
    met: planned.ms < goal,
  });
}

// "Who is who": survey answers read into people and same-person proposals, 5k and 50k responses.
rows.push(...nameResolutionRows(time));

// A failure in the browser part still leaves the table of everything measured before it.
const browserRows = await browserBench(quick ? 10_000 : 100_000).catch(
  (e: Error) => `browser bench failed: ${e.message}`,
);
const pad = (s: string, n: number) => s.padEnd(n);
console.log(`\nMosaic bench (${new Date().toISOString().slice(0, 10)}, node ${process.version}, seed 42)\n`);
console.log(`${pad("size", 6)}${pad("measure", 72)}${pad("ms", 10)}${pad("ratio", 24)}goal`);
const scaledNote = (goalMs: number | undefined, ms: number) =>
  goalMs === undefined || quick
    ? ""
    : `; at today's speed < ${(goalMs * speedFactor).toFixed(goalMs < 10 ? 1 : 0)} ms ${ms < goalMs * speedFactor ? "(met)" : "(not met)"}`;
for (const r of rows) {
  const ratio = r.ratio !== undefined ? `${r.ratio.toFixed(2)}× ${r.baseline}` : "";
  const goal = r.goal
    ? `${r.goal} ${r.met === undefined ? "" : r.met ? "(met)" : "(not met)"}${scaledNote(r.goalMs, r.ms)}`
    : "";
  console.log(`${pad(r.size, 6)}${pad(r.measure, 72)}${pad(r.ms ? r.ms.toFixed(1) : "", 10)}${pad(ratio, 24)}${goal}`);
}

if (!quick)
  console.log(
    `\nThis machine today: papaparse on the 100k files took ${(speedFactor * REFERENCE_PAPA_100K_MS).toFixed(0)} ms against ${REFERENCE_PAPA_100K_MS} ms when the absolute goals were set, a speed factor of ${speedFactor.toFixed(2)}.`,
  );
console.log("\nIn headless Chromium (software WebGL):");
if (typeof browserRows === "string") console.log(`  ${browserRows}`);
else
  for (const r of browserRows)
    console.log(
      `      ${pad(r.measure, 72)}${pad(r.ms.toFixed(0), 10)}${pad(r.ratio !== undefined ? `${r.ratio.toFixed(2)}× ${r.baseline ?? ""}` : "", 24)}${r.goal ? `${r.goal} ${r.met ? "(met)" : "(not met)"}${scaledNote(r.goalMs, r.ms)}` : ""}`,
    );
