import { describe, expect, it } from "vitest";
import {
  analysisToMarkdown,
  buildNetwork,
  networkSummary,
  prepareAnalysis,
  showsAGap,
} from "../../../src/core/index.ts";
import { ALL4, ect, link, person, settings } from "../../helpers/builders.ts";

describe("showsAGap", () => {
  it("should count an ECT with no one (GAP suppressed, every cell a gap), never an unmapped one", () => {
    const cov = (n: number) => Object.fromEntries(ALL4.map((t) => [t, n]));
    expect(showsAGap({ unmapped: false, coverage: cov(0) })).toBe(true);
    expect(showsAGap({ unmapped: false, coverage: { ...cov(1), pedagogy: 0 } })).toBe(true);
    expect(showsAGap({ unmapped: false, coverage: cov(2) })).toBe(false);
    expect(showsAGap({ unmapped: true, coverage: cov(0) })).toBe(false);
  });
  it("should make the summary and the Markdown report agree with the table for an isolated ECT", () => {
    // Lone names no one (an edge-list "nobody": ISOLATED, no GAP flags); Kit has everything from S.
    const people = [person("S"), ect("Kit"), ect("Lone", { map_status: "confirmed" }), ect("Blank")];
    const net = buildNetwork(people, [link("S", "Kit", ALL4)]);
    const prepared = prepareAnalysis(net, settings());
    const lone = prepared.result.ects.find((e) => e.id === "Lone")!;
    expect(lone.flags.map((f) => f.code)).toContain("ISOLATED");
    expect(lone.flags.map((f) => f.code)).not.toContain("GAP");
    expect(networkSummary(prepared).withAGap).toBe(1);
    const md = analysisToMarkdown(net, prepared.result);
    expect(md).toContain("1 with a gap, those with no one included");
    expect(md).toMatch(/\| Lone \| gap \(0\) \| gap \(0\) \| gap \(0\) \| gap \(0\) \|/);
  });
});
