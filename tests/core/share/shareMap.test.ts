import { describe, expect, it } from "vitest";
import {
  buildNetwork,
  importFiles,
  linksToCsv,
  peopleToCsv,
  prepareAnalysis,
  shareMap,
} from "../../../src/core/index.ts";
import { importFixtures } from "../../helpers/files.ts";
import { settings } from "../../helpers/builders.ts";

const sample = importFixtures(["sample/people.csv", "sample/links.csv"]);

/** What a mentor lead analysing only the shared copy would see for the ECT. */
function flagsOfShared(coverageCounts: boolean) {
  const shared = shareMap(sample.people, sample.links, "E01", { coverageCounts, hideNames: false })!;
  const back = importFiles([
    { name: "people.csv", text: peopleToCsv(shared.people) },
    { name: "links.csv", text: linksToCsv(shared.links) },
  ]);
  const r = prepareAnalysis(buildNetwork(back.people, back.links), settings()).result;
  return { shared, back, codes: r.ects.find((e) => e.id === "E01")!.flags.map((f) => f.code) };
}

describe("shareMap", () => {
  it("should leave Priya's private links out, so a copy analysed alone shows the gap domain.md 9 describes", () => {
    const { shared, codes } = flagsOfShared(false);
    expect(shared.privateLinks).toBe(3);
    expect(shared.links.map((l) => l.link_id).sort()).toEqual(["L01", "L02", "L04", "L05", "L07"]);
    expect(codes).toContain("GAP");
    expect(codes).toContain("SOLE_SOURCE");
    expect(codes).toContain("ORG_SINGLE_VIEW");
    // Owen (P09) gives her private wellbeing support: he is not in the shared copy at all.
    expect(shared.people.map((p) => p.id)).not.toContain("P09");
  });
  it("should send private links as anonymous entries when she shares coverage counts", () => {
    const { shared, codes, back } = flagsOfShared(true);
    expect(codes).not.toContain("GAP");
    const anonymous = shared.people.filter((p) => p.name.startsWith("Private supporter"));
    expect(anonymous.map((p) => p.name)).toEqual(["Private supporter 1", "Private supporter 2"]);
    expect(JSON.stringify(back)).not.toMatch(/Owen|P09|G01|peer network/);
  });
  it("should never let trust, similarity or notes leave, and hide names on request", () => {
    const shared = shareMap(sample.people, sample.links, "E01", { coverageCounts: true, hideNames: true })!;
    for (const l of shared.links) expect([l.trust, l.similarity, l.notes]).toEqual([undefined, undefined, undefined]);
    for (const p of shared.people)
      expect([p.notes, p.role_title, p.strengths]).toEqual([undefined, undefined, undefined]);
    expect(JSON.stringify(shared)).not.toMatch(/Priya|Kirsty|Sharma/);
    expect(
      shareMap(sample.people, sample.links, "nobody", { coverageCounts: false, hideNames: false }),
    ).toBeUndefined();
  });
});
