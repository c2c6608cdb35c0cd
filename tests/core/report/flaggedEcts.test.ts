import { describe, expect, it } from "vitest";
import { generateNetwork } from "../../../src/core/generate/syntheticNetwork.ts";
import { flaggedEctsOf } from "../../../src/core/report/flaggedEcts.ts";
import { overviewOf } from "../../../src/core/report/overview.ts";
import { handle } from "../../../src/workers/handle.ts";
import type { WorkerState } from "../../../src/workers/workerState.ts";

describe("#flaggedEctsOf", () => {
  it("should count each ECT once per flag code, however many of that flag they carry", async () => {
    const generated = generateNetwork(600, 11);
    const state: WorkerState = {};
    await handle(state, {
      kind: "load",
      files: [
        { name: "people.csv", text: generated.people },
        { name: "links.csv", text: generated.links },
      ],
      filesKey: 1,
      today: "2025-03-14",
    });
    if (!state.prepared) throw new Error("nothing was loaded");
    const rows = overviewOf(state.prepared.tables).ects;
    const counts = flaggedEctsOf(rows);
    // An ECT with two gaps is one ECT with a gap: the tile counts people, not flags.
    const twoGaps = rows.find((r) => r.flags.filter((f) => f.code === "GAP").length > 1);
    expect(twoGaps).toBeDefined();
    const codes = new Set(rows.flatMap((r) => r.flags.map((f) => f.code)));
    expect(Object.keys(counts).sort()).toEqual([...codes].sort());
    for (const code of codes)
      expect(counts[code]).toBe(rows.filter((r) => r.flags.some((f) => f.code === code)).length);
  });

  it("should count nothing for no rows", () => {
    expect(flaggedEctsOf([])).toEqual({});
  });
});
