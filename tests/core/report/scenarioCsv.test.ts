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
    it("should say in words what a sole source's absence leaves: no one, on a row of its own", () => {
      const csv = csvWithout(["beth"]);
      expect(csv).toContain("Beth Summers,away,Away in this scenario");
      expect(csv).toContain(
        'Tom Baker,cleared,"One source for wellbeing and belonging: no longer raised, as no one now gives it (see the new gap)",Wellbeing and belonging,To reflect on,SOLE_SOURCE',
      );
      expect(csv).toContain(
        "Tom Baker,new,No one for wellbeing and belonging: No one is currently helping this ECT with wellbeing and belonging.,Wellbeing and belonging,Worth attention,GAP",
      );
    });

    it("should keep the change and the code in their own columns, and never pair a cleared flag with a new one", () => {
      const lines = csvWithout(["beth", "ann"]).replace("\uFEFF", "").split("\r\n");
      expect(lines[0]).toBe("who,change,what happens,support type,priority,flag code");
      for (const l of lines.slice(1).filter((x) => x !== "")) {
        expect(l).not.toContain("→");
        expect(l).toMatch(/^[^,]*(\([^)]*\))?,(away|cleared|new),/);
      }
      // Per ECT: everything that clears for Tom, then everything new for him.
      const tom = lines.filter((l) => l.startsWith("Tom Baker,")).map((l) => l.split(",")[1]);
      expect(tom.indexOf("new")).toBeGreaterThan(tom.lastIndexOf("cleared"));
      expect(tom).toContain("cleared");
      expect(tom).toContain("new");
    });

    it("should describe flags by their titles, not their codes", () => {
      const csv = csvWithout(["beth", "ann"]);
      expect(csv).toContain("Tom Baker,new,No one supporting at the moment:");
      const words = csv
        .split("\r\n")
        .map((l) => l.split(",").slice(0, 3).join(","))
        .join("\n");
      expect(words).not.toMatch(/[A-Z]{3,}_[A-Z]/);
    });

    it("should name the ECTs and people a network flag lists, as they were when it clears and as they would be when new", () => {
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
        /^The whole network \(Tom Baker; =Sam Lee\),new,ECTs with no support or one supporter:/,
      );
      expect(lines.filter((l) => l.endsWith(",FRAGILE"))).toEqual([
        expect.stringMatching(/^The whole network \(Beth Summers; Ann Ray\),cleared,.*as Beth Summers is away/),
        expect.stringMatching(/^The whole network \(Ann Ray\),new,/),
      ]);
      expect(lines.join("\n")).not.toMatch(/(^|[\n,])=/);
    });

    it("should list codes, not names, when the caller's nameOf gives codes (share mode)", () => {
      const n = net(people, links);
      const code = (id: string) => `P${id.length}`;
      const csv = scenarioToCsv(whatIf(prepareAnalysis(n, settings()), ["beth", "ann"]), code);
      expect(csv).toMatch(/The whole network \(P3\),new,ECTs with no support or one supporter/);
      expect(csv).not.toContain("Tom Baker");
    });

    it("should guard a name that starts a formula", () => {
      const csv = csvWithout(["ann"]);
      expect(csv).toContain("'=HYPERLINK(1),away,Away in this scenario");
      expect(csv).not.toMatch(/(^|[\r\n,])=/);
    });
  });
});
