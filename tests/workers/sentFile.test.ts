import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { handle } from "../../src/workers/handle.ts";
import { movableFiles } from "../../src/workers/movableFiles.ts";
import type { ProgressStage, Request } from "../../src/workers/protocol.ts";
import { inMemoryAlready, readSentFiles } from "../../src/workers/sentFile.ts";
import type { WorkerState } from "../../src/workers/workerState.ts";

const bytesOf = (name: string) => new Uint8Array(readFileSync(new URL(`../../data/sample/${name}`, import.meta.url)));
const today = "2025-03-14";

describe("chosen files sent to the worker unread", () => {
  it("should load from Blobs exactly what the same bytes load, saying which file it reads first", async () => {
    const asBytes = [
      { name: "people.csv", bytes: bytesOf("people.csv") },
      { name: "links.csv", bytes: bytesOf("links.csv"), delimiter: "," as const },
    ];
    const asBlobs = [
      { name: "people.csv", blob: new Blob([bytesOf("people.csv")]) },
      { name: "links.csv", blob: new Blob([bytesOf("links.csv")]), delimiter: "," as const },
    ];
    const heard: (ProgressStage | undefined)[] = [];
    const fromBlobs = await handle({}, { kind: "load", files: asBlobs, filesKey: 1, today }, (_d, _t, stage) =>
      heard.push(stage),
    );
    const fromBytes = await handle({}, { kind: "load", files: asBytes, filesKey: 1, today });
    expect({ ...fromBlobs, timings: undefined }).toEqual({ ...fromBytes, timings: undefined });
    expect(heard[0]).toEqual({ step: "reading", file: "people.csv" });
  });

  it("should keep the bytes it read, so a later load of the same key needs no files and storing has them", async () => {
    const state: WorkerState = {};
    const blob = new Blob([bytesOf("people.csv")]);
    await handle(state, { kind: "load", files: [{ name: "people.csv", blob }], filesKey: 4, today });
    expect(state.files?.files).toEqual([{ name: "people.csv", bytes: bytesOf("people.csv") }]);
    const again = await handle(state, { kind: "load", filesKey: 4, today, settings: { min_supporters: 3 } });
    expect(again.summary.people).toBeGreaterThan(0);
  });

  it("should say which file could not be read, kindly, when its Blob fails", async () => {
    const gone = new Blob(["x"]);
    Object.defineProperty(gone, "arrayBuffer", { value: () => Promise.reject(new Error("NotReadableError")) });
    await expect(readSentFiles([{ name: "links.csv", blob: gone }])).rejects.toThrow(
      "links.csv could not be read: it may have been moved, changed or deleted since it was chosen. Please choose it again.",
    );
  });

  it("should read files in order, leaving bytes and text as they are", async () => {
    const text = { name: "a.csv", text: "id\n" };
    const bytes = { name: "b.csv", bytes: new Uint8Array([0x61]) };
    const read = await readSentFiles([
      text,
      { name: "c.csv", blob: new Blob(["id,name\n"]), encoding: "utf-8" },
      bytes,
    ]);
    expect(read[0]).toBe(text);
    expect(read[2]).toBe(bytes);
    expect(read[1]).toEqual({ name: "c.csv", encoding: "utf-8", bytes: new TextEncoder().encode("id,name\n") });
    expect(inMemoryAlready(read)).toEqual(read);
    expect(inMemoryAlready([text, { name: "c.csv", blob: new Blob([]) }])).toBeUndefined();
  });

  it("should send a Blob as it is, transferring only bytes the page holds", () => {
    const blob = new Blob(["id,name\n"]);
    const req: Request = {
      kind: "load",
      files: [
        { name: "people.csv", blob },
        { name: "links.csv", bytes: new Uint8Array([1, 2]) },
      ],
      today,
    };
    const { request, transfer } = movableFiles(req);
    expect(transfer).toHaveLength(1);
    expect(request.kind === "load" && request.files?.[0]).toEqual({ name: "people.csv", blob });
  });
});
