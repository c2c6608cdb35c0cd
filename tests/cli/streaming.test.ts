import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { fileStream } from "../../src/cli/fileStream.ts";
import type { CliIo } from "../../src/cli/run.ts";
import { runCli } from "../../src/cli/run.ts";
import { ROOT } from "../helpers/files.ts";

/** Every input file under a folder: CSV, workbooks and zips (not the truth files, tools or settings). */
function inputsUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === "tools" ? [] : inputsUnder(path);
    return /\.(csv|xlsx|zip)$/i.test(e.name) ? [path] : [];
  });
}

const FIXTURES = [...inputsUnder(join(ROOT, "tests", "fixtures")), ...inputsUnder(join(ROOT, "data", "sample"))].map(
  (p) => relative(ROOT, p),
);

/** The real file system; `chunk` set: input files streamed in chunks of that many bytes, else read whole. */
function diskIo(chunk?: number): CliIo {
  const at = (p: string) => join(ROOT, p);
  return {
    readFile: (p) => readFileSync(at(p)),
    ...(chunk ? { readStream: (p: string) => fileStream(at(p), chunk) } : {}),
    exists: (p) => existsSync(at(p)),
    writeFile: () => undefined,
    join,
    dirname,
    today: "2025-03-14",
  };
}

/** The command run three ways: files read whole, streamed in 1 MB chunks (as the command does), and in 7-byte chunks. */
function threeWays(argv: readonly string[]) {
  const [whole, streamed, tiny] = [undefined, 1 << 20, 7].map((chunk) => runCli(argv, diskIo(chunk)));
  return { whole: whole!, streamed: streamed!, tiny: tiny! };
}

describe("mosaic CLI, streaming", () => {
  it("should find the fixtures", () => {
    expect(FIXTURES.length).toBeGreaterThan(50);
    expect(FIXTURES).toContain("tests/fixtures/surveys/mixed-endings-ashworth.csv");
    expect(FIXTURES).toContain("tests/fixtures/surveys/google-forms-pennine.zip");
  });

  for (const file of FIXTURES)
    it(`should print the same import and analysis for ${file} streamed as read whole`, () => {
      for (const argv of [
        ["import", file, "--format", "json"],
        ["import", file, "--format", "markdown"],
        ["analyse", file, "--format", "json"],
        ["analyse", file, "--format", "markdown"],
      ]) {
        const { whole, streamed, tiny } = threeWays(argv);
        expect(streamed, argv.join(" ")).toEqual(whole);
        expect(tiny, argv.join(" ")).toEqual(whole);
      }
    });

  it("should print the same for the sample's people and links together, streamed as read whole", () => {
    for (const dir of ["data/sample", "data/sample/autumn"]) {
      const { whole, streamed, tiny } = threeWays(["analyse", `${dir}/people.csv`, `${dir}/links.csv`]);
      expect(whole.code).toBe(0);
      expect(streamed).toEqual(whole);
      expect(tiny).toEqual(whole);
    }
  });

  it("should print the same for a one-ECT map with its mapping, streamed as read whole", () => {
    const argv = [
      "import",
      "tests/fixtures/my-support.csv",
      "--mapping",
      "tests/fixtures/my-support.mapping.json",
      "--ect",
      "Amy Ng",
    ];
    const { whole, streamed, tiny } = threeWays(argv);
    expect(whole.code).toBe(0);
    expect(streamed).toEqual(whole);
    expect(tiny).toEqual(whole);
  });
});
