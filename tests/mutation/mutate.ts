/**
 * `npm run mutate` (issue #17): applies each deliberate rule mutation of mutations.ts to the source
 * in place, one at a time, runs the unit tests that should catch it, and restores the file. A
 * mutation the tests miss (it "survives") is a gap in the tests. Not part of `npm test`: it runs
 * the targeted tests once per mutation, a few minutes in all.
 *
 * The file is restored in a finally block and on Ctrl-C, and checked to be byte-identical after;
 * the run stops on the first restore that does not match, so the worktree is never left mutated
 * without saying so.
 */
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MUTATIONS } from "./mutations.ts";
import type { Mutation } from "./mutations.ts";

interface Outcome {
  readonly mutation: Mutation;
  readonly killed: boolean;
  /** The tests that failed, as "file › test name"; a file that failed to load counts as one. */
  readonly caughtBy: readonly string[];
  readonly seconds: number;
}

/** What vitest's JSON reporter writes, as far as this script reads it. */
interface VitestReport {
  readonly testResults?: readonly {
    readonly name: string;
    readonly status: string;
    readonly assertionResults: readonly { readonly fullName: string; readonly status: string }[];
  }[];
}

const root = process.cwd();
const scratch = mkdtempSync(join(tmpdir(), "mosaic-mutate-"));

/** The file being mutated now and its original bytes, so Ctrl-C can put it back. */
let pending: { readonly path: string; readonly original: Buffer } | undefined;
let child: ChildProcess | undefined;

function restore(): void {
  if (!pending) return;
  const { path, original } = pending;
  writeFileSync(path, original);
  if (!readFileSync(path).equals(original)) throw new Error(`${path} is not byte-identical after restoring it`);
  pending = undefined;
}

process.on("SIGINT", () => {
  child?.kill("SIGINT");
  restore();
  console.error("\nStopped; the source is restored.");
  process.exit(130);
});

/** Occurrences of `needle` in `text`. */
function count(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}

/** Every mutation must match its file exactly once before anything is touched. */
function checkAll(): void {
  const wrong = MUTATIONS.flatMap((m) => {
    const n = count(readFileSync(join(root, m.file), "utf8"), m.search);
    return n === 1 ? [] : [`"${m.name}": ${m.file} has ${n} matches of ${JSON.stringify(m.search)}`];
  });
  if (wrong.length > 0) throw new Error(`Mutations no longer match the code:\n${wrong.join("\n")}`);
}

/** Runs vitest on `files`; the failed tests (empty when all passed). */
function runTests(files: readonly string[], label: string): Promise<string[]> {
  const out = join(scratch, `${label}.json`);
  return new Promise((resolve, reject) => {
    child = spawn("npx", ["vitest", "run", ...files, "--reporter=json", `--outputFile=${out}`], {
      cwd: root,
      stdio: "ignore",
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      child = undefined;
      let report: VitestReport;
      try {
        // vitest's own format: trusted as far as the fields above, which are all this reads.
        report = JSON.parse(readFileSync(out, "utf8"));
      } catch {
        // No report at all (vitest could not start): the mutation broke more than a rule.
        resolve([`vitest exited with ${code ?? "a signal"} and no report`]);
        return;
      }
      const failed: string[] = [];
      for (const file of report.testResults ?? []) {
        const short = file.name.startsWith(root) ? file.name.slice(root.length + 1) : file.name;
        const tests = file.assertionResults.filter((a) => a.status === "failed");
        for (const t of tests) failed.push(`${short} › ${t.fullName}`);
        if (tests.length === 0 && file.status === "failed") failed.push(`${short} (failed to load)`);
      }
      resolve(failed);
    });
  });
}

async function runOne(m: Mutation, index: number): Promise<Outcome> {
  const path = join(root, m.file);
  const original = readFileSync(path);
  const text = original.toString("utf8");
  const started = Date.now();
  pending = { path, original };
  try {
    // A function, so a "$" in the replacement is never read as a pattern.
    writeFileSync(
      path,
      text.replace(m.search, () => m.replace),
    );
    const failed = await runTests(m.tests, `m${index}`);
    return { mutation: m, killed: failed.length > 0, caughtBy: failed, seconds: (Date.now() - started) / 1000 };
  } finally {
    restore();
  }
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + " ".repeat(n - s.length);
}

function printTable(outcomes: readonly Outcome[]): void {
  const rows = outcomes.map((o, i) => {
    // The test files that caught it, each once, with how many tests failed in all.
    const files = [...new Set(o.caughtBy.map((t) => t.split(" › ")[0]!.replace(/^tests\/core\//, "")))];
    const caught = o.killed
      ? `${files.join(", ")} (${o.caughtBy.length} test${o.caughtBy.length === 1 ? "" : "s"})`
      : "—";
    return [
      String(i + 1),
      o.mutation.name,
      o.mutation.file.replace(/^src\/core\//, ""),
      caught,
      o.killed ? "killed" : "SURVIVED",
    ];
  });
  const head = ["#", "mutation", "file", "tests that caught it", "result"];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (r: readonly string[]) => r.map((cell, c) => pad(cell, widths[c]!)).join(" | ");
  console.log(line(head));
  console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
  for (const r of rows) console.log(line(r));
  const killed = outcomes.filter((o) => o.killed).length;
  console.log(
    `\nMutation score: ${killed}/${outcomes.length} killed (${Math.round((100 * killed) / outcomes.length)}%)`,
  );
}

async function main(): Promise<void> {
  checkAll();
  // `npm run mutate -- STALE "end date"`: only the mutations whose names contain one of the words.
  const only = process.argv.slice(2);
  const chosen = MUTATIONS.filter((m) => only.length === 0 || only.some((w) => m.name.includes(w)));
  const allFiles = [...new Set(chosen.flatMap((m) => m.tests))];
  console.log(`Baseline: ${allFiles.join(", ")}`);
  const baseline = await runTests(allFiles, "baseline");
  if (baseline.length > 0) throw new Error(`The tests fail before any mutation:\n${baseline.join("\n")}`);
  const outcomes: Outcome[] = [];
  for (const [i, m] of chosen.entries()) {
    const o = await runOne(m, i);
    console.log(`${o.killed ? "killed  " : "SURVIVED"} ${m.name} (${o.seconds.toFixed(0)} s)`);
    if (o.caughtBy.length > 0) for (const t of o.caughtBy.slice(0, 3)) console.log(`           ${t}`);
    outcomes.push(o);
  }
  console.log("");
  printTable(outcomes);
  if (outcomes.some((o) => !o.killed)) process.exitCode = 1;
}

main()
  .catch((e: unknown) => {
    restore();
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 2;
  })
  .finally(() => rmSync(scratch, { recursive: true, force: true }));
