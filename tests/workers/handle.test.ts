import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { handle } from "../../src/workers/handle.ts";
import type { PersonId } from "../../src/core/index.ts";
import { namesIn } from "../helpers/sampleNames.ts";
import { failureOf, WorkerError } from "../../src/workers/workerError.ts";
import type { WorkerState } from "../../src/workers/workerState.ts";

const sample = (name: string) => ({
  name,
  bytes: new Uint8Array(readFileSync(new URL(`../../data/sample/${name}`, import.meta.url))),
});
const files = [sample("people.csv"), sample("links.csv")];
const today = "2025-03-14";

describe("the worker's load", () => {
  it("should reuse the files sent before under the same key when a load leaves them out", async () => {
    const state: WorkerState = {};
    const first = await handle(state, { kind: "load", files, filesKey: 1, today });
    expect(first.summary.people).toBeGreaterThan(0);
    const again = await handle(state, { kind: "load", filesKey: 1, today, settings: { min_supporters: 3 } });
    expect(again.summary).toEqual(first.summary);
    expect(again.settings.min_supporters).toBe(3);
    // Other options make the worker read the files again: from the ones it was sent.
    const remapped = await handle(state, {
      kind: "load",
      filesKey: 1,
      today,
      options: { mapping: { notes: "ignore" } },
    });
    expect(remapped.summary.people).toBe(first.summary.people);
  });

  it("should apply 'Same school?' answers over the import it keeps, and ask only what is left", async () => {
    const survey = {
      name: "paper-typed-brookside.csv",
      bytes: new Uint8Array(readFileSync(new URL("../fixtures/surveys/paper-typed-brookside.csv", import.meta.url))),
    };
    const state: WorkerState = {};
    const asked = await handle(state, { kind: "load", files: [survey], filesKey: 1, today });
    expect(asked.schools).toEqual(["Brookside", "Brookside School"]);
    expect(asked.schoolPeople).toEqual([2, 4]);
    expect(asked.sameSchools.map((q) => [q.a.name, q.b.name])).toEqual([["Brookside", "Brookside School"]]);
    const base = state.base?.imported;
    const sameSchools = [{ keep: "Brookside School", other: "Brookside", same: true }];
    const answered = await handle(state, { kind: "load", filesKey: 1, today, options: { sameSchools } });
    // The import kept is used as it is: answering reads no file again.
    expect(state.base?.imported).toBe(base);
    expect(answered.schools).toEqual(["Brookside School"]);
    expect(answered.schoolPeople).toEqual([6]);
    expect(answered.sameSchools).toEqual([]);
    expect(answered.diagnostics.some((d) => d.message.startsWith("Same school?"))).toBe(false);
    expect(answered.summary).toEqual(asked.summary);
  });

  it("should ask for the files, by code, when it does not have those of the key", () => {
    const state: WorkerState = {};
    let thrown: unknown;
    try {
      void handle(state, { kind: "load", filesKey: 7, today });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(WorkerError);
    expect(failureOf(thrown).code).toBe("filesNeeded");
  });

  it("should keep the files sent last even when that load gave nothing, for its next load", async () => {
    const state: WorkerState = {};
    await handle(state, { kind: "load", files, filesKey: 1, today });
    const empty = [{ name: "empty.csv", bytes: new Uint8Array() }];
    const nothing = await handle(state, { kind: "load", files: empty, filesKey: 2, today });
    expect(nothing.summary.people).toBe(0);
    expect((await handle(state, { kind: "load", filesKey: 2, today })).summary.people).toBe(0);
    expect((await handle(state, { kind: "load", filesKey: 1, today })).summary.people).toBeGreaterThan(0);
  });
});

describe("the worker's answers without a network", () => {
  it("should answer undefined to questions that need one, and empty snapshot lists", async () => {
    const state: WorkerState = {};
    expect(await handle(state, { kind: "names", ids: ["a"] })).toBeUndefined();
    expect(await handle(state, { kind: "export", format: "csv", hideNames: false, share: false })).toBeUndefined();
    expect(await handle(state, { kind: "dropSnapshot", key: 1 })).toEqual([]);
    expect(await handle(state, { kind: "storeFiles", filesKey: 1 })).toBe(false);
  });
});

describe("#failureOf", () => {
  it("should keep a worker error's code and call anything else a failure, told by its message", () => {
    expect(failureOf(new WorkerError("cancelled", "Stopped."))).toEqual({ code: "cancelled", message: "Stopped." });
    expect(failureOf(new Error("Bad file."))).toEqual({ code: "failed", message: "Bad file." });
    expect(failureOf("plain")).toEqual({ code: "failed", message: "plain" });
  });
});

describe("the worker's files with names hidden or in share mode", () => {
  it("should name nobody in the CSV, GEXF and GraphML exports, nor in the plan CSV", async () => {
    const state: WorkerState = {};
    await handle(state, { kind: "load", files, filesKey: 1, today });
    const plan = [
      {
        from: "E03" as PersonId,
        to: "E05" as PersonId,
        supportTypes: ["psychosocial" as const],
        reasons: [],
        source: "optimiser" as const,
      },
    ];
    for (const share of [false, true]) {
      for (const format of ["csv", "gexf", "graphml"] as const) {
        const out = await handle(state, { kind: "export", format, hideNames: true, share });
        const text = (out ?? []).map((f) => f.text).join("\n");
        expect(text.length).toBeGreaterThan(0);
        expect(namesIn(text)).toEqual([]);
      }
      const csv = await handle(state, { kind: "planCsv", plan, hideNames: true, share });
      expect(namesIn(csv ?? "")).toEqual([]);
      // Names hidden: a row per proposal in codes; share mode: totals only, not even codes (8.9).
      if (share)
        expect(csv).toBe("\uFEFFsupport_type,links_proposed\r\nall,fewer than 3\r\npsychosocial,fewer than 3\r\n");
      else expect(csv).toMatch(/,ECT 3,ECT 3,ECT 5,ECT 5,/);
    }
    const named = await handle(state, { kind: "export", format: "csv", hideNames: false, share: false });
    const namedText = (named ?? []).map((f) => f.text).join("\n");
    expect(namesIn(namedText)).toContain("Aisha Okafor");
    // Named, and still no link notes or ratings (8.3): L01's note is "Weekly mentor meeting".
    expect(namedText).not.toContain("Weekly mentor meeting");
  });
});
