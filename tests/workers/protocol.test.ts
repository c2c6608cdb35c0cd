import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Loaded, WorkerState } from "../../src/workers/protocol.ts";
import { FILES_NEEDED, handle } from "../../src/workers/protocol.ts";

const sample = (name: string) => ({
  name,
  bytes: new Uint8Array(readFileSync(new URL(`../../data/sample/${name}`, import.meta.url))),
});
const files = [sample("people.csv"), sample("links.csv")];
const today = "2025-03-14";

describe("the worker's load", () => {
  it("should reuse the files sent before under the same key when a load leaves them out", async () => {
    const state: WorkerState = {};
    const first = (await handle(state, { kind: "load", files, filesKey: 1, today })) as Loaded;
    expect(first.summary.people).toBeGreaterThan(0);
    const again = (await handle(state, {
      kind: "load",
      filesKey: 1,
      today,
      settings: { min_supporters: 3 },
    })) as Loaded;
    expect(again.summary).toEqual(first.summary);
    expect(again.settings.min_supporters).toBe(3);
    // Other options make the worker read the files again: from the ones it was sent.
    const remapped = (await handle(state, {
      kind: "load",
      filesKey: 1,
      today,
      options: { mapping: { notes: "ignore" } },
    })) as Loaded;
    expect(remapped.summary.people).toBe(first.summary.people);
  });

  it("should ask for the files when it does not have those of the key", () => {
    const state: WorkerState = {};
    expect(() => handle(state, { kind: "load", filesKey: 7, today })).toThrow(FILES_NEEDED);
  });

  it("should keep the files sent last even when that load gave nothing, for its next load", async () => {
    const state: WorkerState = {};
    await handle(state, { kind: "load", files, filesKey: 1, today });
    const empty = [{ name: "empty.csv", bytes: new Uint8Array() }];
    const nothing = (await handle(state, { kind: "load", files: empty, filesKey: 2, today })) as Loaded;
    expect(nothing.summary.people).toBe(0);
    expect(((await handle(state, { kind: "load", filesKey: 2, today })) as Loaded).summary.people).toBe(0);
    expect(((await handle(state, { kind: "load", filesKey: 1, today })) as Loaded).summary.people).toBeGreaterThan(0);
  });
});
