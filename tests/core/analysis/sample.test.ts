import { describe, expect, it } from "vitest";
import type { AnalysisResult } from "../../../src/core/index.ts";
import { analyse, buildNetwork, whatIfOnce } from "../../../src/core/index.ts";
import { importFixtures } from "../../helpers/files.ts";
import { settings } from "../../helpers/builders.ts";

const imported = importFixtures(["sample/people.csv", "sample/links.csv"]);
const net = buildNetwork(imported.people, imported.links);
const a: AnalysisResult = analyse(net, settings());

/** "CODE" or "CODE(type)" or "CODE/severity", sorted, as domain.md section 9 lists them. */
function flagsOf(id: string): string[] {
  const e = a.ects.find((x) => x.id === id)!;
  const single = e.flags.some((f) => f.code === "SINGLE_SUPPORTER");
  return e.flags
    .filter((f) => !(single && f.code === "SOLE_SOURCE"))
    .map(
      (f) =>
        `${f.code}${f.supportType && f.code !== "ORG_SINGLE_VIEW" ? `(${f.supportType})` : ""}${["ORG_SINGLE_VIEW", "STRAINED"].includes(f.code) ? `/${f.severity}` : ""}`,
    )
    .sort();
}

describe("the sample trust (domain.md section 9)", () => {
  it.each([
    ["E01", []],
    [
      "E02",
      [
        "SINGLE_SUPPORTER",
        "WELLBEING_ONLY_FROM_ASSESSOR",
        "NO_SAFE_SPACE",
        "HIERARCHY_ONLY",
        "ORG_SINGLE_VIEW/warning",
        "TOP_DOWN_ONLY",
        "WELLBEING_FORMAL_ONLY",
        "ONE_WAY",
        "NO_SIMILAR_OTHER",
        "NO_OUTSIDE_VIEW",
        "DIRECTIVE_ONLY",
      ],
    ],
    [
      "E03",
      [
        "ORG_SINGLE_VIEW/info",
        "TOP_DOWN_ONLY",
        "WELLBEING_FORMAL_ONLY",
        "ONE_WAY",
        "SUPPORTER_OVERSTRETCHED",
        "SOLE_SOURCE(pedagogy)",
        "SOLE_SOURCE(psychosocial)",
      ],
    ],
    [
      "E04",
      [
        "KEYSTONE",
        "CONCENTRATION",
        "WELLBEING_ONLY_FROM_ASSESSOR",
        "NO_SAFE_SPACE",
        "HIERARCHY_ONLY",
        "ORG_SINGLE_VIEW/info",
        "TOP_DOWN_ONLY",
        "WELLBEING_FORMAL_ONLY",
        "ONE_WAY",
        "STALE",
        "NO_SIMILAR_OTHER",
        "SUPPORTER_OVERSTRETCHED",
        "SUPPORTER_OVERSTRETCHED",
        "DIRECTED_MENTOR",
        "SOLE_SOURCE(behaviour)",
        "SOLE_SOURCE(psychosocial)",
      ],
    ],
    [
      "E05",
      [
        "GAP(psychosocial)",
        "STRAINED/warning",
        "ORG_SINGLE_VIEW/info",
        "SUPPORTER_OVERSTRETCHED",
        "SOLE_SOURCE(behaviour)",
      ],
    ],
    ["E06", ["ALL_NEW", "ONE_WAY"]],
    ["E07", ["SOLE_SOURCE(behaviour)"]],
    [
      "E08",
      [
        "WELLBEING_ONLY_FROM_ASSESSOR",
        "HIERARCHY_ONLY",
        "ORG_SINGLE_VIEW/warning",
        "TOP_DOWN_ONLY",
        "ONE_WAY",
        "NO_SIMILAR_OTHER",
        "SUPPORTER_OVERSTRETCHED",
        "DIRECTED_MENTOR",
        "CONCEPTION_MISMATCH",
        "SOLE_SOURCE(organisational_literacy)",
        "SOLE_SOURCE(pedagogy)",
        "SOLE_SOURCE(psychosocial)",
      ],
    ],
    ["P09", ["ORG_SINGLE_VIEW/warning", "CONCEPTION_MISMATCH", "SOLE_SOURCE(organisational_literacy)"]],
  ])("should raise exactly the listed flags for %s", (id, expected) => {
    expect(flagsOf(id)).toEqual([...expected].sort());
  });

  it("should find Callum's contact lapsed for 56 days on a weekly link", () => {
    const stale = a.ects.find((e) => e.id === "E04")!.flags.find((f) => f.code === "STALE")!;
    expect(stale).toMatchObject({ person: "P10", link: "L13", values: { daysSinceContact: 56, expectedInterval: 21 } });
    expect(a.ects.find((e) => e.id === "E04")!.flags.find((f) => f.code === "CONCENTRATION")!.values).toEqual({
      typeSlots: 4,
      totalTypeSlots: 6,
    });
  });

  it("should raise the listed supporter flags", () => {
    const codes = (id: string) =>
      a.supporters
        .find((s) => s.id === id)
        ?.flags.map((f) => f.code)
        .sort() ?? [];
    expect(codes("P10")).toEqual(["NETWORK_KEYSTONE", "OVER_CAPACITY", "SENIOR_STRETCH", "UNSUPPORTED_SUPPORTER"]);
    expect(a.supporters.find((s) => s.id === "P10")!.flags[0]!.values).toMatchObject({
      minutesPerMonth: 200,
      capacityMinutesPerMonth: 120,
    });
    expect(codes("P11")).toEqual(["UNSUPPORTED_SUPPORTER"]);
    for (const id of ["P13", "P25"])
      expect(codes(id)).toEqual(["OVER_CAPACITY", "UNSUPPORTED_SUPPORTER", "UNTRAINED_MENTOR"]);
    for (const id of ["P01", "P03", "P16", "P21"]) expect(codes(id)).toEqual(["UNSUPPORTED_SUPPORTER"]);
    const untapped = a.supporters
      .filter((s) => s.flags.some((f) => f.code === "UNTAPPED"))
      .map((s) => s.id)
      .sort();
    expect(untapped).toEqual(["P02", "P05", "P08", "P15", "P17"]);
    // Ranked as 5.5 asks (all at Hollinsfield, which has ECTs): the support staff are peer-like, Ruth
    // has strengths; then the headteacher and the two middle leaders in file order (issue #17 item 10).
    expect(a.network.untapped).toEqual(["P15", "P08", "P02", "P05", "P17"]);
    const others = a.supporters.filter(
      (s) => !["P10", "P11", "P13", "P25", "P01", "P03", "P16", "P21", ...untapped].includes(s.id),
    );
    expect(others.flatMap((s) => s.flags)).toEqual([]);
  });

  it("should rank Beth Summers first by removal impact, and Clarke as the one network keystone", () => {
    expect(a.network.removalImpact[0]).toEqual({ id: "P11", impact: 4 });
    expect(a.supporters.find((s) => s.id === "P10")!.soleSourceFor).toEqual([
      { ect: "E04", supportType: "behaviour" },
      { ect: "E04", supportType: "psychosocial" },
      { ect: "E05", supportType: "behaviour" },
    ]);
  });

  it("should raise the listed network flags and no others", () => {
    expect(a.network.flags.map((f) => f.code).sort()).toEqual([
      "DUAL_ROLE_PREVALENCE",
      "FRAGILE",
      "ISOLATED_ECTS",
      "NO_MENTOR_COMMUNITY",
      "UNTAPPED_CAPACITY",
    ]);
    const f = (code: string) => a.network.flags.find((x) => x.code === code)!;
    expect(f("ISOLATED_ECTS")).toMatchObject({ severity: "warning", people: ["E02"] });
    expect(f("FRAGILE").people).toEqual(["P10"]);
    expect(f("NO_MENTOR_COMMUNITY").values).toEqual({ mentors: 9, withOwnSupport: 4 });
    expect(f("DUAL_ROLE_PREVALENCE").values).toEqual({ ects: 9, withPowerfulMentor: 5 });
    // For Zofia's wellbeing gap, in 5.5's order: peer-like support staff (Ruth with strengths, then
    // Karen), then the middle leaders Jamal and Andrew; no one is within three years of her.
    expect(f("UNTAPPED_CAPACITY").people).toEqual(["P15", "P08", "P05", "P17"]);
  });

  it("should match the summary counts", () => {
    expect(a.summary).toMatchObject({
      people: 36,
      ects: 9,
      links: 44,
      liveLinks: 43,
      isolatedEcts: 0,
      ectsWithGaps: 1,
    });
  });

  it("should find the structure: two parts, Whitmore the one non-pendant cut vertex, 11 bridges", () => {
    const s = a.network.structure;
    expect(s.components).toBe(2);
    expect(s.ectsOutsideLargest).toEqual(["E02"]);
    const cut = s.articulationPoints.filter((x) => !x.pendant);
    expect(cut.map((x) => x.id)).toEqual(["P21"]);
    expect(cut[0]).toMatchObject({ separated: 4, ectsSeparated: 1, ectsSample: ["E08"] });
    expect(
      s.articulationPoints
        .filter((x) => x.pendant)
        .map((x) => x.id)
        .sort(),
    ).toEqual(["E01", "E03", "E04", "E05", "E06", "E07", "E08"]);
    expect(s.bridges).toHaveLength(11);
    expect(s.bridges.find((b) => b.ends.includes("P21" as never) && b.ends.includes("E08" as never))!.pendant).toBe(
      false,
    );
  });

  it("should compute the shares domain.md quotes for flags the sample does not raise", async () => {
    const { tally } = await import("../../../src/core/analysis/tally.ts");
    const { buildContext } = await import("../../../src/core/analysis/context.ts");
    const { topShare } = await import("../../../src/core/analysis/networkRules.ts");
    const t = tally(buildContext(net, settings()));
    expect(t.givers).toBe(24);
    expect(Math.round(topShare(t.loadHistogram, 0.2).share * 100)).toBe(44);
    expect(Math.round((t.hierarchical / t.supportLinks) * 100)).toBe(44);
    expect(Math.round((t.assigned / t.withOrigin) * 100)).toBe(61);
  });

  it("should open gaps for Callum and Zofia when Clarke is away", () => {
    const w = whatIfOnce(net, settings(), ["P10"]);
    expect(w.newGaps).toEqual([
      { ect: "E04", supportType: "behaviour" },
      { ect: "E04", supportType: "psychosocial" },
      { ect: "E05", supportType: "behaviour" },
    ]);
    expect(w.newlyIsolated).toEqual([]);
    // Bennett becomes the only source of how the school works for Callum and Owen.
    expect(w.flagsCleared.find((f) => f.code === "FRAGILE")!.people).toEqual(["P10"]);
    expect(w.flagsAdded.find((f) => f.code === "FRAGILE")!.people).toEqual(["P01"]);
    expect(w.flagsAdded.filter((f) => f.code === "GAP").map((f) => f.subject)).toEqual(["E04", "E04", "E05"]);
  });

  it("should leave Tom isolated, not unmapped, when Beth Summers leaves", () => {
    const w = whatIfOnce(net, settings(), ["P11"]);
    expect(w.newlyIsolated).toEqual(["E02"]);
    expect(w.newGaps).toHaveLength(4);
    expect(w.flagsAdded.find((f) => f.subject === "E02")!.code).toBe("ISOLATED");
    expect(w.flagsAdded.some((f) => f.code === "ISOLATED_ECTS" && f.severity === "critical")).toBe(true);
  });
});
