/**
 * Family and friends outside school count for their ECT's coverage, never as supporters of the
 * network (README, "Unnamed supporters"): the lead's heat map says how many supporters an ECT has
 * without them, and shows them beside the count. A supporter named only by role ("my mentor") is
 * someone in school and does count.
 */
import { describe, expect, it } from "vitest";
import { buildNetwork, importFiles, prepareAnalysis } from "../../../src/core/index.ts";
import { overviewOf } from "../../../src/core/report/overview.ts";
import { ect, link, person, settings } from "../../helpers/builders.ts";
import { fileAt, ROOT } from "../../helpers/files.ts";
import { join } from "node:path";

const rowsOf = (people: Parameters<typeof buildNetwork>[0], links: Parameters<typeof buildNetwork>[1]) =>
  overviewOf(prepareAnalysis(buildNetwork(people, links), settings()).tables).ects;

describe("the lead's supporter counts", () => {
  it("should leave family out of an ECT's supporters while their coverage still counts", () => {
    const people = [
      ect("E"),
      person("C", { seniority: "teacher" }),
      person("my mentor (of E)", { unnamed: "role" }),
      person("my partner (of E)", { unnamed: "family", staff_type: "external" }),
    ];
    const links = [
      link("C", "E", ["behaviour"]),
      link("my mentor (of E)", "E", ["pedagogy"]),
      link("my partner (of E)", "E", ["psychosocial"]),
    ];
    const row = rowsOf(people, links).find((r) => r.id === "E")!;
    expect(row.supporters).toBe(2);
    expect(row.family).toBe(1);
    expect(row.coverage.psychosocial).toBe(1);
  });

  it("should count Maria Santos (St Mary's survey: three colleagues and 'my partner') as three supporters", () => {
    const imported = importFiles([fileAt(join(ROOT, "tests", "fixtures", "surveys"), "google-forms-st-marys.zip")]);
    const rows = overviewOf(prepareAnalysis(buildNetwork(imported.people, imported.linkStore), settings()).tables).ects;
    const maria = rows.find((r) => r.name === "Maria Santos")!;
    expect(maria.supporters).toBe(3);
    expect(maria.family).toBe(1);
    // Everyone else in that survey named no family: their counts are unchanged.
    for (const r of rows) if (r.name !== "Maria Santos") expect(r.family).toBe(0);
  });
});
