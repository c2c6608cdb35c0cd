import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importFiles } from "../../../src/core/index.ts";
import { generateNetwork } from "../../../src/core/generate/syntheticNetwork.ts";

describe("import progress", () => {
  it("should report from the start, before decoding, and rise to its total without going back", () => {
    const gen = generateNetwork(3_000, 2);
    const heard: [number, number][] = [];
    importFiles(
      [
        { name: "people.csv", bytes: new TextEncoder().encode(gen.people) },
        { name: "links.csv", bytes: new TextEncoder().encode(gen.links) },
      ],
      {},
      (done, total) => heard.push([done, total]),
    );
    const total = heard[0]![1];
    expect(heard[0]).toEqual([0, total]);
    // The second report comes once the people file is decoded: before any row is read.
    expect(heard[1]![0]).toBe(new TextEncoder().encode(gen.people).length);
    expect(heard.every(([, t]) => t === total)).toBe(true);
    expect(heard.at(-1)).toEqual([total, total]);
    for (let i = 1; i < heard.length; i++) expect(heard[i]![0]).toBeGreaterThanOrEqual(heard[i - 1]![0]);
    expect(heard.length).toBeGreaterThan(5);
  });

  it("should name the file it is on: each file while it is recognised, then people before links while reading", () => {
    const gen = generateNetwork(2_000, 3);
    const heard: [number, string | undefined][] = [];
    // Links first on purpose: the rows of the people file are read first all the same.
    importFiles(
      [
        { name: "links.csv", text: gen.links },
        { name: "people.csv", text: gen.people },
      ],
      {},
      (done, _total, file) => heard.push([done, file]),
    );
    expect(heard.every(([, file]) => file === "links.csv" || file === "people.csv")).toBe(true);
    expect(heard[0]![1]).toBe("links.csv");
    // Reading the rows (the second half) goes people.csv then links.csv, never back.
    const half = heard.findIndex(([, file], i) => i > 0 && file === "people.csv");
    const reading = heard.slice(half + 1).map(([, f]) => f);
    const switched = reading.indexOf("links.csv");
    expect(switched).toBeGreaterThan(0);
    expect(reading.slice(switched).every((f) => f === "links.csv")).toBe(true);
  });

  it("should stay within 0 and its total for any files, empty and undecodable ones included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constant(""), fc.constant("id,name,is_ect\nA,Ann,true\n")), { maxLength: 4 }),
        (texts) => {
          const heard: [number, number][] = [];
          importFiles(
            texts.map((t, i) => ({ name: `f${i}.csv`, bytes: new TextEncoder().encode(t) })),
            {},
            (done, total) => heard.push([done, total]),
          );
          expect(heard.length).toBeGreaterThan(0);
          for (const [done, total] of heard) expect(0 <= done && done <= total && total > 0).toBe(true);
          for (let i = 1; i < heard.length; i++) expect(heard[i]![0]).toBeGreaterThanOrEqual(heard[i - 1]![0]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
