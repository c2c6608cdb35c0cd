import { describe, expect, it } from "vitest";
import { buildNetwork, CAPACITY_HINT, prepareAnalysis } from "../../../src/core/index.ts";
import { overviewOf } from "../../../src/core/report/overview.ts";
import { leadCounts } from "../../../src/ui/lead/leadCounts.ts";
import { overviewHead } from "../../../src/workers/handlers/overviewStart.ts";
import { ALL4, ect, link, person, settings } from "../../helpers/builders.ts";

const nine = Array.from({ length: 9 }, (_, i) => ect(`E${i}`));
const overview = (attrs: Parameters<typeof person>[1]) => {
  // S supports nine ECTs; Lone names no one (ISOLATED: no GAP flags, but four gap cells).
  const people = [person("S", attrs), ...nine, ect("Lone", { map_status: "confirmed" })];
  const links = nine.map((e) => link("S", e.id, ALL4));
  const prepared = prepareAnalysis(buildNetwork(people, links), settings());
  const o = overviewOf(prepared.tables);
  // The page's overview: the core's, with the worker's head counts over every ECT row.
  const { ectCount, supporterCount, flaggedEcts, withAGap } = overviewHead(prepared, o.ects);
  return { ...o, ectCount, supporterCount, flaggedEcts, withAGap };
};
const tile = (o: ReturnType<typeof overview>, id: string) =>
  leadCounts(o, o.ects, undefined).find((c) => c.testId === id)!;

describe("leadCounts", () => {
  it("should say capacity is not recorded, with how to record it, rather than 0 over capacity", () => {
    const over = tile(overview({}), "count-over");
    expect(over).toMatchObject({ label: "capacity not recorded", words: "–", hint: CAPACITY_HINT });
  });
  it("should say how many have a capacity recorded beside those over it", () => {
    const over = tile(overview({ capacity: 2 }), "count-over");
    expect(over).toMatchObject({ label: "over capacity (of 1 person with capacity recorded)", value: 1 });
    expect(over.words).toBeUndefined();
  });
  it("should count an ECT with no one among those with a gap, as the heat map shows", () => {
    const o = overview({});
    expect(o.ects.find((r) => r.id === "Lone")!.flags.map((f) => f.code)).not.toContain("GAP");
    expect(tile(o, "count-gaps").value).toBe(1);
    expect(tile(o, "count-isolated").value).toBe(1);
  });
});
