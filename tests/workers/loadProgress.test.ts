import { describe, expect, it } from "vitest";
import { handle } from "../../src/workers/handle.ts";
import type { ProgressStage } from "../../src/workers/protocol.ts";
import type { WorkerState } from "../../src/workers/workerState.ts";

describe("a demo's progress in the worker", () => {
  it("should go generating, reading each file, analysing, rising from 0 to 1 without going back", async () => {
    const state: WorkerState = {};
    const heard: { fraction: number; stage: ProgressStage | undefined }[] = [];
    await handle(state, { kind: "demo", people: 3_000, seed: 42, today: "2025-03-14" }, (done, total, stage) =>
      heard.push({ fraction: done / total, stage }),
    );
    const steps = heard.map((h) => (h.stage?.file ? `${h.stage.step} ${h.stage.file}` : h.stage?.step));
    const order = steps.filter((s, i) => s !== steps[i - 1]);
    expect(order[0]).toBe("generating");
    expect(order).toContain("reading people.csv");
    expect(order.at(-1)).toBe("analysing");
    // Rows are read people first, then links; the bar never goes back.
    expect(order.lastIndexOf("reading links.csv")).toBeGreaterThan(order.lastIndexOf("reading people.csv"));
    for (let i = 1; i < heard.length; i++) expect(heard[i]!.fraction).toBeGreaterThanOrEqual(heard[i - 1]!.fraction);
    expect(heard.at(-1)!.fraction).toBe(1);
    // Generating is the first part of the bar, not all of it: the load after it starts beyond it.
    // (Which generating report is heard last depends on the 100 ms throttle, so no bound on it from below.)
    const generating = heard.filter((h) => h.stage?.step === "generating");
    const afterGenerating = heard.find((h) => h.stage?.step !== "generating");
    expect(Math.max(...generating.map((h) => h.fraction))).toBeLessThanOrEqual(0.4);
    expect(afterGenerating!.fraction).toBeGreaterThanOrEqual(0.4);
    expect(afterGenerating!.fraction).toBeLessThan(0.6);
  });
});
