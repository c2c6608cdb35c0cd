/**
 * `npm run bench -- --processes`: every peer comparison end to end, from the same files on disk, each
 * command its own process, timed from outside (start-up, reading the files and writing the output
 * included). The commands run in turn, round after round (interleaved), so a change in the shared
 * machine's load falls on all of them alike; each ratio is taken within a round and the median of
 * the rounds is printed (at least three). Lean files (people 8 columns, links 6) and the generator's
 * wide files (13 and 13), at 100k people unless `--processes-size N`; `--processes-runs N` for more rounds.
 *
 * CPU seconds (user + system, of the command and everything it waited for) come from /usr/bin/time
 * when it is there, as they move less than wall time when other work shares the processors; without
 * it, wall seconds.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { largeFiles } from "./large.ts";
import { LEAN_LINKS, LEAN_PEOPLE, writeLeanCopy } from "./leanFiles.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const PEERS = join(import.meta.dirname, "peers");
const TIME = "/usr/bin/time";

interface Files {
  readonly label: string;
  readonly people: string;
  readonly links: string;
}

interface Command {
  readonly name: string;
  /** The command as a shell would show it (for the table's notes). */
  readonly shown: string;
  readonly argv: readonly string[];
  readonly cwd?: string;
}

interface Goal {
  /** The command measured and its yardstick, by name. */
  readonly measure: string;
  readonly against: string;
  /** "at most" when the measure should be at most `ratio` times the yardstick; "at least" for peers we should beat. */
  readonly kind: "at most" | "at least";
  readonly ratio: number;
  readonly text: string;
}

function argValue(argv: readonly string[], name: string, fallback: number): number {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Whether python3 can import networkx (the optional row). */
function hasNetworkx(): boolean {
  return spawnSync("python3", ["-c", "import networkx"], { stdio: "ignore" }).status === 0;
}

/** Runs one command to completion, its output thrown away; seconds of CPU (or wall, without /usr/bin/time). */
function runOnce(c: Command, useTime: boolean): number {
  const out = join(tmpdir(), `mosaic-bench-time-${process.pid}`);
  const argv = useTime ? [TIME, "-f", "%U %S", "-o", out, ...c.argv] : [...c.argv];
  const t = performance.now();
  const run = spawnSync(argv[0]!, argv.slice(1), {
    cwd: c.cwd ?? ROOT,
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  const wall = (performance.now() - t) / 1000;
  if (run.status !== 0) throw new Error(`${c.shown} failed (exit ${run.status}): ${run.stderr}`);
  if (!useTime) return wall;
  const [user, system] = readFileSync(out, "utf8").trim().split("\n").pop()!.split(" ").map(Number);
  rmSync(out, { force: true });
  return user! + system!;
}

function commands(f: Files, networkx: boolean): Command[] {
  const node = process.execPath;
  const files = [f.people, f.links];
  const list: Command[] = [
    {
      name: "papaparse default",
      shown: "node peers/papaDefault.mjs (Papa.parse(text) of each file)",
      argv: [node, join(PEERS, "papaDefault.mjs"), ...files],
    },
    {
      name: "papaparse step",
      shown: "node peers/papaStep.mjs (Papa.parse(text, { step }) of each file)",
      argv: [node, join(PEERS, "papaStep.mjs"), ...files],
    },
    {
      name: "mosaic analyse",
      shown: "npm run --silent mosaic -- analyse people.csv links.csv --format json",
      argv: ["npm", "run", "--silent", "mosaic", "--", "analyse", ...files, "--format", "json"],
    },
    {
      name: "mosaic import",
      shown: "node dist-cli/mosaic.mjs import people.csv links.csv --format markdown",
      argv: [node, join(ROOT, "dist-cli", "mosaic.mjs"), "import", ...files, "--format", "markdown"],
    },
    {
      name: "graphology route",
      shown: "node peers/graphologyRoute.mjs (papaparse, graphology, the same counts)",
      argv: [node, join(PEERS, "graphologyRoute.mjs"), ...files],
    },
  ];
  if (networkx)
    list.push({
      name: "networkx route",
      shown: "python3 peers/networkxRoute.py (csv, networkx, the same counts)",
      argv: ["python3", join(PEERS, "networkxRoute.py"), ...files],
    });
  return list;
}

const GOALS: readonly Goal[] = [
  {
    measure: "mosaic analyse",
    against: "papaparse default",
    kind: "at most",
    ratio: 1.5,
    text: "analyse ≤ 1.5× papaparse default",
  },
  {
    measure: "mosaic import",
    against: "papaparse step",
    kind: "at most",
    ratio: 2.5,
    text: "import ≤ 2.5× papaparse step",
  },
  {
    measure: "graphology route",
    against: "mosaic analyse",
    kind: "at least",
    ratio: 3,
    text: "graphology route ≥ 3× mosaic analyse",
  },
  {
    measure: "networkx route",
    against: "mosaic analyse",
    kind: "at least",
    ratio: 4,
    text: "networkx route ≥ 4× mosaic analyse",
  },
];

/** Measures every command on one pair of files, round by round; prints the table. */
function measure(f: Files, runs: number, useTime: boolean, networkx: boolean): void {
  const list = commands(f, networkx);
  const seconds = new Map<string, number[]>(list.map((c) => [c.name, []]));
  const ratios = new Map<Goal, number[]>(GOALS.map((g) => [g, []]));
  for (let round = 0; round < runs; round++) {
    const thisRound = new Map<string, number>();
    for (const c of list) {
      const s = runOnce(c, useTime);
      thisRound.set(c.name, s);
      seconds.get(c.name)!.push(s);
    }
    for (const g of GOALS) {
      const a = thisRound.get(g.measure);
      const b = thisRound.get(g.against);
      if (a !== undefined && b !== undefined) ratios.get(g)!.push(a / b);
    }
  }
  const unit = useTime ? "cpu s" : "wall s";
  console.log(
    `\n${f.label}: ${relative(ROOT, f.people)}, ${relative(ROOT, f.links)}; ${unit}, median of ${runs} interleaved rounds\n`,
  );
  for (const c of list) {
    const s = seconds.get(c.name)!;
    console.log(
      `  ${c.name.padEnd(20)}${median(s).toFixed(2).padStart(8)} ${unit}  (${Math.min(...s).toFixed(2)}–${Math.max(...s).toFixed(2)})  ${c.shown}`,
    );
  }
  console.log("");
  for (const g of GOALS) {
    const r = ratios.get(g)!;
    if (r.length === 0) continue;
    const m = median(r);
    // Every ratio is the measure's time over its yardstick's: for a peer, how many times slower it is than Mosaic.
    const met = g.kind === "at most" ? m <= g.ratio : m >= g.ratio;
    console.log(
      `  ${g.measure.padEnd(20)}${m.toFixed(2).padStart(8)}× ${g.against.padEnd(20)} goal: ${g.text} ${met ? "(met)" : "(not met)"}`,
    );
  }
}

/** Writes the files once (wide from the generator, lean from the wide), builds the command, measures both. */
export function processBench(argv: readonly string[]): void {
  const n = argValue(argv, "--processes-size", 100_000);
  const runs = Math.max(3, argValue(argv, "--processes-runs", 3));
  const dir = join(ROOT, "bench-data", "processes", String(n));
  const wide = largeFiles(n, join(dir, "wide"));
  mkdirSync(join(dir, "lean"), { recursive: true });
  const lean = { people: join(dir, "lean", "people.csv"), links: join(dir, "lean", "links.csv") };
  writeLeanCopy(wide.people, lean.people, LEAN_PEOPLE);
  writeLeanCopy(wide.links, lean.links, LEAN_LINKS);
  const build = spawnSync(process.execPath, [join(ROOT, "src", "cli", "launch.mjs"), "--build"], { stdio: "inherit" });
  if (build.status !== 0) throw new Error("could not build the command");
  const useTime = existsSync(TIME);
  const networkx = hasNetworkx();
  console.log(
    `\nMosaic against its peers, as processes (node ${process.version}, ${n.toLocaleString("en-GB")} people, seed 42)`,
  );
  if (!useTime) console.log("(no /usr/bin/time: wall seconds, which move more with the machine's load)");
  measure({ label: "lean files (people 8 columns, links 6)", ...lean }, runs, useTime, networkx);
  measure({ label: "wide files (the generator's, 13 and 13 columns)", ...wide }, runs, useTime, networkx);
  if (!networkx)
    console.log(
      "\nThe networkx row is left out: python3 cannot import networkx. To include it:\n" +
        "  python3 -m venv .venv-bench && .venv-bench/bin/pip install networkx\n" +
        "  PATH=$PWD/.venv-bench/bin:$PATH npm run bench -- --processes",
    );
}
