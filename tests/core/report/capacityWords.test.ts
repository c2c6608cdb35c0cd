import { describe, expect, it } from "vitest";
import {
  analysisToMarkdown,
  buildNetwork,
  CAPACITY_HINT,
  networkSummary,
  overCapacityLabel,
  overCapacityWords,
  prepareAnalysis,
} from "../../../src/core/index.ts";
import { ect, group, link, person, run, settings } from "../../helpers/builders.ts";

// One supporter carries nine ECTs; whether anyone is "over capacity" depends on a capacity being recorded.
const nine = Array.from({ length: 9 }, (_, i) => ect(`E${i}`));
const busy = (attrs: Parameters<typeof person>[1] = {}) => [person("S", attrs), group("G"), ...nine];
const links = nine.map((e) => link("S", e.id, ["pedagogy"]));

describe("capacity words", () => {
  it("should say capacity is not recorded, never 0, when nobody has one", () => {
    expect(overCapacityLabel(0)).toBe("capacity not recorded");
    expect(overCapacityWords(0, 0)).toBe("capacity not recorded");
    expect(overCapacityWords(3, 0)).toBe("capacity not recorded");
  });
  it("should say how many have one recorded beside how many are over it", () => {
    expect(overCapacityWords(2, 5)).toBe("2 over capacity (5 with capacity recorded)");
    expect(overCapacityWords(0, 1200)).toBe("0 over capacity (1,200 with capacity recorded)");
    expect(overCapacityLabel(3, (n) => (n < 5 ? "fewer than 5" : String(n)))).toBe(
      "over capacity (fewer than 5 with capacity recorded)",
    );
  });
  it("should count people with a capacity in ECTs or minutes, never groups", () => {
    expect(run(busy(), links).summary.capacityRecorded).toBe(0);
    expect(run(busy({ capacity: 2 }), links).summary).toMatchObject({ capacityRecorded: 1, overCapacity: 1 });
    expect(run(busy({ capacity_minutes_per_month: 60 }), links).summary.capacityRecorded).toBe(1);
    const withGroup = [person("S"), group("G", { capacity: 3 }), ...nine];
    expect(run(withGroup, links).summary.capacityRecorded).toBe(0);
  });
  it("should tell the Markdown report and the network summary that nothing is recorded", () => {
    const net = buildNetwork(busy(), links);
    const prepared = prepareAnalysis(net, settings());
    const md = analysisToMarkdown(net, prepared.result);
    expect(md).toContain(`- Capacity not recorded for anyone, so no one can be shown as over it. ${CAPACITY_HINT}`);
    expect(md).not.toMatch(/0 people over their capacity/);
    expect(networkSummary(prepared)).toMatchObject({ capacityRecorded: 0, overCapacity: [] });
    const net2 = buildNetwork(busy({ capacity: 2 }), links);
    const md2 = analysisToMarkdown(net2, prepareAnalysis(net2, settings()).result);
    expect(md2).toContain("- 1 people over their capacity (1 with capacity recorded)");
  });
});
