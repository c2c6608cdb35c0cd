/**
 * `npm run bench -- --large`: the real command (`mosaic analyse people.csv links.csv --format json`,
 * the built bundle, output to /dev/null) on 100k, 1M and 2M people with five links each, in its own
 * process, with its peak resident memory and wall time. The files are written to bench-data/large
 * in pieces (2M people make 1.3 GB of links, more than one string can hold) and kept for the next
 * run. `--large-only 1000000` measures one size.
 */
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, renameSync, writeSync } from "node:fs";
import { join } from "node:path";
import { writeNetwork } from "../core/generate/syntheticNetwork.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const BUNDLE = join(ROOT, "dist-cli", "mosaic.mjs");
/** Prints the process's peak resident memory (kB) on exit: portable, unlike /usr/bin/time. */
const PEAK = `data:text/javascript,process.on("exit",()=>process.stderr.write("\\nmosaic-bench-peak-kb "+process.resourceUsage().maxRSS+"\\n"))`;

export interface LargeRow {
  readonly people: number;
  readonly links: number;
  readonly megabytes: number;
  readonly seconds: number;
  readonly peakMb: number;
  readonly kbPerPerson: number;
}

/** Lines written in batches of about a megabyte. */
function lineWriter(path: string) {
  const fd = openSync(path, "w");
  let batch: string[] = [];
  let size = 0;
  const flush = () => {
    writeSync(fd, batch.join(""));
    batch = [];
    size = 0;
  };
  return {
    line(l: string) {
      batch.push(l, "\n");
      size += l.length + 1;
      if (size > 1 << 20) flush();
    },
    close() {
      flush();
      closeSync(fd);
    },
  };
}

/** The network's files in `dir`, written once (to a temporary name first, so a stopped run leaves none half-written). */
export function largeFiles(n: number, dir: string): { people: string; links: string } {
  const people = join(dir, "people.csv");
  const links = join(dir, "links.csv");
  if (existsSync(people) && existsSync(links)) return { people, links };
  mkdirSync(dir, { recursive: true });
  const p = lineWriter(`${people}.part`);
  const l = lineWriter(`${links}.part`);
  writeNetwork(n, 42, { people: (x) => p.line(x), links: (x) => l.line(x) });
  p.close();
  l.close();
  renameSync(`${people}.part`, people);
  renameSync(`${links}.part`, links);
  return { people, links };
}

export function measureLarge(n: number): LargeRow {
  const dir = join(ROOT, "bench-data", "large", String(n));
  const files = largeFiles(n, dir);
  const devNull = openSync("/dev/null", "w");
  const t = performance.now();
  const run = spawnSync(
    process.execPath,
    ["--import", PEAK, BUNDLE, "analyse", files.people, files.links, "--as-of", "2025-03-14", "--format", "json"],
    { stdio: ["ignore", devNull, "pipe"], encoding: "utf8", maxBuffer: 1 << 26 },
  );
  const seconds = (performance.now() - t) / 1000;
  closeSync(devNull);
  const peak = /mosaic-bench-peak-kb (\d+)/.exec(run.stderr ?? "");
  if (run.status !== 0 || !peak) throw new Error(`mosaic analyse failed at ${n} people: ${run.stderr}`);
  const peakMb = Number(peak[1]) / 1024;
  const links = spawnSync("wc", ["-l", files.links], { encoding: "utf8" });
  const size = spawnSync("du", ["-bc", files.people, files.links], { encoding: "utf8" });
  return {
    people: n,
    links: Number(links.stdout.trim().split(/\s+/)[0]) - 1,
    megabytes: Number(/(\d+)\s+total/.exec(size.stdout)?.[1] ?? 0) / 1e6,
    seconds,
    peakMb,
    kbPerPerson: (peakMb * 1024) / n,
  };
}

/** Builds the command, measures each size (all three, or the one after `--large-only`) and prints the table. */
export function largeBench(argv: readonly string[]): void {
  const build = spawnSync(process.execPath, [join(ROOT, "src", "cli", "launch.mjs"), "--build"], { stdio: "inherit" });
  if (build.status !== 0) throw new Error("could not build the command");
  const only = argv.indexOf("--large-only");
  const sizes = only >= 0 ? [Number(argv[only + 1])] : [100_000, 1_000_000, 2_000_000];
  console.log(`\nmosaic analyse --format json, streamed files (node ${process.version}, seed 42)\n`);
  console.log(
    `${"people".padEnd(12)}${"links".padEnd(12)}${"files MB".padEnd(10)}${"time s".padEnd(10)}${"peak RSS MB".padEnd(13)}kB per person`,
  );
  for (const n of sizes) {
    const r = measureLarge(n);
    console.log(
      `${r.people.toLocaleString("en-GB").padEnd(12)}${r.links.toLocaleString("en-GB").padEnd(12)}${r.megabytes.toFixed(0).padEnd(10)}${r.seconds.toFixed(1).padEnd(10)}${r.peakMb.toFixed(0).padEnd(13)}${r.kbPerPerson.toFixed(2)}`,
    );
  }
}
