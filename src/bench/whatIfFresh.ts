/**
 * The what-if a user meets: in a fresh process (the CLI's `whatif`, or the worker's first what-if
 * after a load), after V8 has optimised the analysis's code while preparing it. The in-process row
 * of run.ts cannot see this: by its 100k row, the 1k and 10k rows have already run what-ifs in the
 * same process. Each run here is its own process, which imports the files from disk, prepares, and
 * times the first what-if, calls 2–10, and calls 21–70; the warm calls 21–70 of the same processes
 * are the baseline, so a first what-if that pays for code thrown away shows as a ratio.
 *
 * As a child: `node --import tsx src/bench/whatIfFresh.ts --child people.csv links.csv` prints one JSON line.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildNetwork, importFiles, prepareAnalysis, resolveSettings, whatIf } from "../core/index.ts";
import { generateNetwork, seededRandom } from "../core/generate/syntheticNetwork.ts";
import type { Row } from "./row.ts";

interface Sample {
  readonly first: number;
  readonly early: number;
  readonly warm: number;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;

/** One fresh process's what-ifs, in ms: the first, the median of calls 2–10, the median of calls 21–70. */
function child(peoplePath: string, linksPath: string): Sample {
  const settings = resolveSettings({ as_of_date: "2025-03-14" }, "2025-03-14").settings;
  const r = importFiles([
    { name: "people.csv", bytes: new Uint8Array(readFileSync(peoplePath)) },
    { name: "links.csv", bytes: new Uint8Array(readFileSync(linksPath)) },
  ]);
  const prepared = prepareAnalysis(buildNetwork(r.people, r.linkStore), settings);
  const givers = prepared.result.supporters.filter((s) => s.ectsSupported > 0);
  const rand = seededRandom(7);
  const ms: number[] = [];
  for (let i = 0; i < 70; i++) {
    const who = givers[Math.floor(rand() * givers.length)]?.id ?? "";
    const t = performance.now();
    whatIf(prepared, [who]);
    ms.push(performance.now() - t);
  }
  return { first: ms[0] ?? NaN, early: median(ms.slice(1, 10)), warm: median(ms.slice(20)) };
}

const isSample = (v: unknown): v is Sample =>
  typeof v === "object" && v !== null && "first" in v && "early" in v && "warm" in v;

/** `runs` fresh processes on a generated network of `people`, one after another; the rows for run.ts. */
export function freshWhatIfRows(people: number, runs = 5): Row[] {
  const dir = mkdtempSync(join(tmpdir(), "mosaic-whatif-"));
  try {
    const gen = generateNetwork(people, 42);
    const peoplePath = join(dir, "people.csv");
    const linksPath = join(dir, "links.csv");
    writeFileSync(peoplePath, gen.people);
    writeFileSync(linksPath, gen.links);
    const samples: Sample[] = [];
    for (let i = 0; i < runs; i++) {
      // Without a collected heap: a command starts with none to collect.
      const run = spawnSync(
        process.execPath,
        ["--import", "tsx", import.meta.filename, "--child", peoplePath, linksPath],
        { encoding: "utf8", maxBuffer: 1 << 20 },
      );
      const parsed: unknown = JSON.parse(run.stdout.trim().split("\n").pop() ?? "null");
      if (run.status !== 0 || !isSample(parsed)) throw new Error(`fresh what-if failed: ${run.stderr}`);
      samples.push(parsed);
    }
    const label = people >= 1000 ? `${people / 1000}k` : String(people);
    const warm = median(samples.map((s) => s.warm));
    const first = samples.map((s) => s.first);
    const early = median(samples.map((s) => s.early));
    const range = `${Math.min(...first).toFixed(1)}–${Math.max(...first).toFixed(1)}`;
    return [
      {
        size: label,
        measure: `what-if, first in a fresh process (median of ${runs} processes, ${range})`,
        ms: median(first),
        baseline: "warm, same processes",
        ratio: median(first) / warm,
        goal: "< 10 ms",
        met: median(first) < 10,
        goalMs: 10,
      },
      {
        size: label,
        measure: `what-if, calls 2–10 in a fresh process (median; warm calls 21–70: ${warm.toFixed(2)} ms)`,
        ms: early,
        baseline: "warm, same processes",
        ratio: early / warm,
        goal: "≤ 2×",
        met: early / warm <= 2,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--child") {
  const [peoplePath, linksPath] = process.argv.slice(3);
  if (peoplePath === undefined || linksPath === undefined) throw new Error("usage: --child people.csv links.csv");
  console.log(JSON.stringify(child(peoplePath, linksPath)));
}
