import { spawnSync } from "node:child_process";
import { readFileSync, statSync, utimesSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.ts";

const root = join(import.meta.dirname, "..", "..");
const launcher = join(root, "src", "cli", "launch.mjs");
const bundle = join(root, "dist-cli", "mosaic.mjs");

function launch(args: string[]) {
  return spawnSync(process.execPath, [launcher, ...args], { cwd: root, encoding: "utf8" });
}

describe("the built command line", () => {
  it("runs as built JavaScript and says what the TypeScript source says", () => {
    const run = launch(["--help"]);
    expect(run.status).toBe(0);
    const inProcess = runCli(["--help"], {
      readFile: () => new Uint8Array(),
      exists: () => false,
      writeFile: () => undefined,
      join,
      dirname: (p) => p,
      today: "2026-01-01",
    });
    expect(run.stdout).toBe(inProcess.stdout);
  });

  it("answers --help without loading the core: the entry and what it imports at once are small", () => {
    launch(["--build"]);
    const entry = readFileSync(bundle, "utf8");
    const staticImports = [...entry.matchAll(/^import\s[^;]*?from\s+"(\.\/[^"]+)"/gm)].map((m) => m[1] ?? "");
    const loaded = [bundle, ...staticImports.map((f) => join(root, "dist-cli", f))];
    const bytes = loaded.reduce((n, f) => n + statSync(f).size, 0);
    expect(bytes).toBeLessThan(20_000);
    // The rest is there, loaded when a command runs.
    expect(entry).toMatch(/import\("\.\/mosaic-[^"]+\.mjs"\)/);
    const none = launch([]);
    expect([none.status, none.stdout, none.stderr.startsWith("Usage: mosaic")]).toEqual([1, "", true]);
  });

  it("rebuilds before running when a source is newer than the build", () => {
    launch(["--build"]);
    const old = new Date("2000-01-01T00:00:00Z");
    utimesSync(bundle, old, old);
    const run = launch(["--help"]);
    expect(run.status).toBe(0);
    expect(statSync(bundle).mtimeMs).toBeGreaterThan(old.getTime() + 1000);
  });
});
