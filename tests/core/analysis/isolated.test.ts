/**
 * ISOLATED means no live incoming link at all (issue #17 item 6). An ECT whose live links carry only
 * career (not counted) or only kinds the importer could not map is supported by someone: they get a
 * GAP for each counted type and one line naming who supports them and asking which kinds.
 */
import { describe, expect, it } from "vitest";
import type { Flag } from "../../../src/core/index.ts";
import { analysisToMarkdown, describeFlag } from "../../../src/core/index.ts";
import { ALL4, ect, link, net, person, run } from "../../helpers/builders.ts";

const E = ect("E", { name: "Ava Khan", school: "A" });
const sam = person("S", { name: "Sam Lee", seniority: "teacher", school: "A" });
const ann = person("T", { name: "Ann Cole", seniority: "teacher", school: "A" });
const names = (id: string) => ({ E: "Ava Khan", S: "Sam Lee", T: "Ann Cole" })[id] ?? id;

const careerOnly = [link("S", "E", ["career"])];
const pastoralOnly = [link("S", "E", [], { other_types: ["pastoral"] })];

function flagsOf(people = [E, sam], links = careerOnly, overrides = {}): readonly Flag[] {
  return run(people, links, overrides).ects.find((e) => e.id === "E")!.flags;
}

describe("support of kinds that are not counted", () => {
  it("should not call an ECT supported only with career isolated", () => {
    const codes = flagsOf().map((f) => f.code);
    expect(codes).not.toContain("ISOLATED");
    expect(codes.filter((c) => c === "GAP")).toHaveLength(4);
    expect(codes).toContain("SUPPORT_KINDS_UNCLEAR");
  });

  it("should name who supports them and ask which kinds, in both voices", () => {
    const f = flagsOf().find((x) => x.code === "SUPPORT_KINDS_UNCLEAR")!;
    expect(f.severity).toBe("info");
    expect(f.people).toEqual(["S"]);
    expect(describeFlag(f, names, "you").body).toBe(
      "Sam Lee supports you with career; which kinds of support do you get?",
    );
    expect(describeFlag(f, names, "they").body).toBe(
      "Sam Lee supports this ECT with career; which kinds of support do they get?",
    );
    expect(describeFlag(f, names, "you").body).not.toMatch(/no one|can't see anyone/i);
  });

  it("should treat kinds the importer could not map the same way, quoting them", () => {
    const f = flagsOf([E, sam], pastoralOnly).find((x) => x.code === "SUPPORT_KINDS_UNCLEAR")!;
    expect(describeFlag(f, names, "you").body).toBe(
      'Sam Lee supports you with "pastoral"; which kinds of support do you get?',
    );
    expect(flagsOf([E, sam], pastoralOnly).map((x) => x.code)).not.toContain("ISOLATED");
  });

  it("should name every such supporter", () => {
    const f = flagsOf([E, sam, ann], [...careerOnly, link("T", "E", [], { other_types: ["everything"] })]).find(
      (x) => x.code === "SUPPORT_KINDS_UNCLEAR",
    )!;
    expect(f.people).toEqual(["S", "T"]);
    expect(describeFlag(f, names, "you").body).toBe(
      'Sam Lee and Ann Cole support you with career and "everything"; which kinds of support do you get?',
    );
  });

  it("should count them as having gaps, not as isolated, across the network", () => {
    const r = run([E, sam], careerOnly);
    expect(r.summary.isolatedEcts).toBe(0);
    expect(r.summary.ectsWithGaps).toBe(1);
    expect(r.network.flags.map((f) => f.code)).not.toContain("ISOLATED_ECTS");
    expect(analysisToMarkdown(net([E, sam], careerOnly), r)).toContain("0 ECTs with no support at the moment");
  });

  it("should still call an ECT isolated when no link is live", () => {
    const codes = flagsOf([E, sam], [link("S", "E", ["career"], { status: "paused" })]).map((f) => f.code);
    expect(codes).toEqual(["ISOLATED"]);
  });

  it("should not ask when career counts, nor when a counted kind is given too", () => {
    expect(flagsOf([E, sam], careerOnly, { include_career_in_coverage: true }).map((f) => f.code)).not.toContain(
      "SUPPORT_KINDS_UNCLEAR",
    );
    const codes = flagsOf([E, sam, ann], [...careerOnly, link("T", "E", ALL4)]).map((f) => f.code);
    expect(codes).not.toContain("SUPPORT_KINDS_UNCLEAR");
    expect(codes).not.toContain("GAP");
  });
});
