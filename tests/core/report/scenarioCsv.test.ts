import { describe, expect, it } from "vitest";
import { prepareAnalysis, scenarioToCsv, whatIf } from "../../../src/core/index.ts";
import { nameLookup } from "../../../src/core/report/describeFlag.ts";
import { ect, link, net, person, settings } from "../../helpers/builders.ts";

/** Beth is Tom's only source of wellbeing; Ann gives him the rest. Ann's name starts a formula. */
const people = [
  ect("tom", { name: "Tom Baker" }),
  person("beth", { name: "Beth Summers" }),
  person("ann", { name: "=HYPERLINK(1)" }),
];
const links = [
  link("beth", "tom", ["psychosocial"]),
  link("ann", "tom", ["organisational_literacy", "behaviour", "pedagogy"]),
];

function csvWithout(ids: readonly string[]): string {
  const n = net(people, links);
  return scenarioToCsv(whatIf(prepareAnalysis(n, settings()), ids), nameLookup(n));
}

describe("scenarioCsv", () => {
  describe("#scenarioToCsv", () => {
    it("should say in words what a sole source's absence leaves: no one", () => {
      const csv = csvWithout(["beth"]);
      expect(csv).toContain("Beth Summers,Away in this scenario");
      expect(csv).toContain(
        "Tom Baker,One source for wellbeing and belonging → No one for wellbeing and belonging,Wellbeing and belonging,Worth attention,",
      );
      expect(csv).not.toContain("flag clears");
    });

    it("should keep the codes in their own last column, for machines", () => {
      const lines = csvWithout(["beth"]).replace("\uFEFF", "").split("\r\n");
      expect(lines[0]).toBe("who,what happens,support type,priority,flag code");
      expect(lines.find((l) => l.startsWith("Tom Baker,One source"))).toMatch(/,SOLE_SOURCE → GAP$/);
    });

    it("should describe network flags by their titles, not their codes", () => {
      const csv = csvWithout(["beth", "ann"]);
      expect(csv).toContain("Tom Baker,Most support from one person → No one supporting at the moment");
      const words = csv
        .split("\r\n")
        .map((l) => l.split(",").slice(0, 2).join(","))
        .join("\n");
      expect(words).not.toMatch(/[A-Z]{3,}_[A-Z]/);
    });

    it("should name the ECTs and people a network flag lists, and whom it listed before", () => {
      const n = net(
        [
          ect("tom", { name: "Tom Baker" }),
          ect("sam", { name: "=Sam Lee" }),
          person("beth", { name: "Beth Summers" }),
          person("ann", { name: "Ann Ray" }),
        ],
        [
          link("beth", "tom", ["psychosocial"]),
          link("ann", "tom", ["pedagogy"]),
          link("beth", "sam", ["psychosocial"]),
          link("ann", "sam", ["pedagogy"]),
        ],
      );
      const lines = scenarioToCsv(whatIf(prepareAnalysis(n, settings()), ["beth"]), nameLookup(n)).split("\r\n");
      expect(lines.find((l) => l.endsWith(",ISOLATED_ECTS"))).toMatch(
        /^The whole network \(Tom Baker; =Sam Lee\),New: ECTs with no support or one supporter,/,
      );
      expect(lines.find((l) => l.endsWith(",FRAGILE → FRAGILE"))).toMatch(
        /^The whole network \(Ann Ray; before: Beth Summers; Ann Ray\),/,
      );
      expect(lines.join("\n")).not.toMatch(/(^|[\n,])=/);
    });

    it("should list codes, not names, when the caller's nameOf gives codes (share mode)", () => {
      const n = net(people, links);
      const code = (id: string) => `P${id.length}`;
      const csv = scenarioToCsv(whatIf(prepareAnalysis(n, settings()), ["beth", "ann"]), code);
      expect(csv).toMatch(/The whole network \(P3\),New: ECTs with no support or one supporter/);
      expect(csv).not.toContain("Tom Baker");
    });

    it("should guard a name that starts a formula", () => {
      const csv = csvWithout(["ann"]);
      expect(csv).toContain("'=HYPERLINK(1),Away in this scenario");
      expect(csv).not.toMatch(/(^|[\r\n,])=/);
    });
  });
});
