import { describe, expect, it } from "vitest";
import {
  analysisToMarkdown,
  analyseTables,
  analysisJson,
  buildNetwork,
  CAPACITY_HINT,
  comparePlan,
  networkSummary,
  overCapacityLabel,
  overCapacityWithPlan,
  overCapacityWords,
  untappedNoneWords,
  planToMarkdown,
  prepareAnalysis,
  proposePlan,
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
  it("should say no one can show as untapped when no one has capacity recorded, and how to record it", () => {
    expect(untappedNoneWords(0)).toMatch(/^Capacity is not recorded for anyone\b/);
    expect(untappedNoneWords(0)).toContain('Add a "capacity" column to the people file');
    expect(untappedNoneWords(0)).not.toMatch(/unused/);
    expect(untappedNoneWords(1)).toBe("Everyone with capacity recorded (1 person) supports someone already.");
    expect(untappedNoneWords(25)).toBe("Everyone with capacity recorded (25 people) supports someone already.");
  });
  it("should say how many have one recorded beside how many are over it", () => {
    expect(overCapacityWords(2, 5)).toBe("2 over capacity (of 5 people with capacity recorded)");
    expect(overCapacityWords(0, 1200)).toBe("0 over capacity (of 1,200 people with capacity recorded)");
    expect(overCapacityWords(1, 1)).toBe("1 over capacity (of 1 person with capacity recorded)");
    expect(overCapacityLabel(3, (n) => (n < 5 ? "fewer than 5" : String(n)))).toBe(
      "over capacity (of fewer than 5 people with capacity recorded)",
    );
  });
  it("should count people, not supporters, with a capacity: staff with time who support no one count too", () => {
    // S supports nine ECTs; U has time recorded and supports no one (UNTAPPED): 1 supporter, 2 with capacity.
    const r = run([...busy({ capacity: 2 }), person("U", { capacity_minutes_per_month: 60 })], links);
    expect(r.summary).toMatchObject({ supporters: 1, capacityRecorded: 2, overCapacity: 1 });
    // Said as people, so "1 supporter" beside it cannot read as 2 of 1 supporters having a capacity.
    expect(overCapacityWords(r.summary.overCapacity, r.summary.capacityRecorded)).toBe(
      "1 over capacity (of 2 people with capacity recorded)",
    );
  });
  it("should say a draft plan's over-capacity counts only when someone has a capacity recorded", () => {
    expect(overCapacityWithPlan(0, 0, 0)).toBe("capacity not recorded");
    expect(overCapacityWithPlan(2, 1, 5)).toBe("2 today, 1 with the plan");
    expect(overCapacityWithPlan(0, 0, 3, () => "fewer than 5")).toBe("fewer than 5 today, fewer than 5 with the plan");
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
    expect(md2).toContain("- 1 over capacity (of 1 person with capacity recorded)");
  });
  it("should not say a draft plan leaves 0 over capacity when nobody has one (Markdown)", () => {
    const markdown = (people: ReturnType<typeof busy>) => {
      const net = buildNetwork(people, links);
      const prepared = prepareAnalysis(net, settings());
      const plan = proposePlan(prepared);
      return planToMarkdown(net, plan, comparePlan(prepared, plan.proposed));
    };
    expect(markdown(busy())).toContain("- People over capacity: capacity not recorded\n");
    expect(markdown(busy())).not.toMatch(/over capacity: 0/);
    expect(markdown(busy({ capacity: 2 }))).toMatch(/- People over capacity: 1 today, \d+ with the plan\n/);
  });
  it("should let a JSON reader tell 0 over capacity from none recorded", () => {
    const summary = (people: ReturnType<typeof busy>) =>
      analysisJson(analyseTables(buildNetwork(people, links), settings()), []).summary;
    expect(summary(busy())).toMatchObject({ overCapacity: 0, capacityRecorded: 0 });
    expect(summary(busy({ capacity: 20 }))).toMatchObject({ overCapacity: 0, capacityRecorded: 1 });
  });
});
