import { describe, expect, it } from "vitest";
import { generateNetwork } from "../../../src/core/generate/syntheticNetwork.ts";

describe("generating a demo network with progress", () => {
  it("should rise to its total without going back, and make the same network as without it", () => {
    const heard: [number, number][] = [];
    const withProgress = generateNetwork(5_000, 9, (done, total) => heard.push([done, total]));
    expect(withProgress).toEqual(generateNetwork(5_000, 9));
    expect(heard.length).toBeGreaterThan(2);
    const total = heard[0]![1];
    expect(heard.every(([done, t]) => t === total && done >= 0 && done <= total)).toBe(true);
    for (let i = 1; i < heard.length; i++) expect(heard[i]![0]).toBeGreaterThanOrEqual(heard[i - 1]![0]);
    expect(heard.at(-1)).toEqual([total, total]);
    // The estimate of six lines a person is close: no long wait at 100% or jump at the end.
    expect(heard.at(-2)![0] / total).toBeGreaterThan(0.8);
  });
});
