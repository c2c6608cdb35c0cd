import { describe, expect, it } from "vitest";
import type { Person } from "../../../src/core/index.ts";
import { buildNetwork, prepareAnalysis, proposePlan, suggestFor } from "../../../src/core/index.ts";
import { importFixtures } from "../../helpers/files.ts";
import { ect, link, person, settings } from "../../helpers/builders.ts";

const imported = importFixtures(["sample/people.csv", "sample/links.csv"]);
const prepared = prepareAnalysis(buildNetwork(imported.people, imported.links), settings());

describe("suggestions", () => {
  describe("#suggestFor", () => {
    it("should suggest people for Zofia's wellbeing gap, never her managers or assessors", () => {
      const s = suggestFor(prepared, "E05").find((x) => x.supportType === "psychosocial")!;
      expect(s.need).toBe("gap");
      const ids = s.candidates.map((c) => c.id);
      expect(ids.length).toBeGreaterThan(0);
      // Isabel Moreno (assesses and line-manages her), Bennett (assesses), the head (line chain): never.
      for (const never of ["P18", "P01", "P02"]) expect(ids).not.toContain(never);
      // Same school first.
      expect(prepared.net.people[prepared.net.indexOf.get(s.candidates[0]!.id)!]!.school).toBe("Hollinsfield Academy");
      expect(s.candidates[0]!.reasons.join("; ")).toMatch(/same school/);
      expect(s.candidates[0]!.reasons.join("; ")).toMatch(/not in the ECT's line management/);
    });
    it("should never suggest someone with no room left, or who already gives that type", () => {
      for (const e of prepared.result.ects) {
        for (const s of suggestFor(prepared, e.id)) {
          for (const c of s.candidates) {
            const sup = prepared.result.supporters.find((x) => x.id === c.id);
            if (sup?.capacity !== undefined) expect(sup.ectsSupported).toBeLessThan(sup.capacity);
            if (sup?.capacityMinutesPerMonth !== undefined)
              expect(sup.minutesPerMonth).toBeLessThan(sup.capacityMinutesPerMonth);
            expect(e.providers[s.supportType] ?? []).not.toContain(c.id);
          }
        }
      }
    });
    it("should prefer someone who is not already a keystone", () => {
      const people = [
        ect("E", { school: "A" }),
        ect("F", { school: "A" }),
        ect("G", { school: "A" }),
        person("K", { school: "A" }),
        person("N", { school: "A" }),
        person("T", { school: "A" }),
      ];
      // K is the only source of teaching for F and G (a keystone); both K and N help with behaviour.
      const links = [
        link("K", "F", ["pedagogy"]),
        link("K", "G", ["pedagogy", "behaviour"]),
        link("N", "F", ["behaviour"]),
        link("T", "E", ["pedagogy"]),
      ];
      const p = prepareAnalysis(buildNetwork(people, links), settings());
      const s = suggestFor(p, "E").find((x) => x.supportType === "behaviour")!;
      expect(s.candidates.map((c) => c.id)).toEqual(["N", "K"]);
    });
    it("should never suggest someone who assessed the ECT on a paused or ended link, or who is in their line chain", () => {
      const people = [
        ect("E", { school: "A", line_manager_id: "M" as Person["id"] }),
        person("M", { school: "A", line_manager_id: "H" as Person["id"] }),
        person("H", { school: "A", seniority: "headteacher" }),
        person("P", { school: "A", capacity: 2 }),
        person("X", { school: "A", capacity: 2 }),
        person("N", { school: "A", strengths: ["wellbeing"] }),
        person("T", { school: "A" }),
      ];
      const links = [
        link("T", "E", ["pedagogy"]),
        link("P", "E", ["behaviour"], { assesses: true, status: "paused" }),
        link("X", "E", ["behaviour"], { assesses: true, status: "ended" }),
      ];
      const p = prepareAnalysis(buildNetwork(people, links), settings());
      for (const s of suggestFor(p, "E")) {
        const ids = s.candidates.map((c) => c.id);
        for (const never of ["P", "X", "M", "H"]) expect(ids).not.toContain(never);
      }
      const wellbeing = suggestFor(p, "E").find((x) => x.supportType === "psychosocial")!;
      expect(wellbeing.candidates.map((c) => c.id)).toContain("N");
      const plan = proposePlan(p);
      for (const q of plan.proposed) expect(["P", "X", "M", "H"]).not.toContain(q.from);
    });
    it("should suggest someone outside the management line for an ECT with no safe space, even with every kind covered twice", () => {
      const people = [
        ect("E", { school: "A", line_manager_id: "M" as Person["id"] }),
        person("M", { school: "A" }),
        person("I", { school: "A" }),
        person("N", { school: "A", strengths: ["wellbeing"] }),
      ];
      const all = ["pedagogy", "behaviour", "psychosocial", "organisational_literacy"] as const;
      const links = [link("M", "E", all), link("I", "E", all, { assesses: true })];
      const p = prepareAnalysis(buildNetwork(people, links), settings());
      expect(p.ectAt(p.net.indexOf.get("E")!)!.flags.map((f) => f.code)).toContain("NO_SAFE_SPACE");
      const s = suggestFor(p, "E");
      expect(s).toHaveLength(1);
      expect(s[0]).toMatchObject({ supportType: "psychosocial", need: "safe_space" });
      expect(s[0]!.candidates.map((c) => c.id)).toEqual(["N"]);
    });
    it("should return nothing for an ECT whose map is not filled in", () => {
      const p = prepareAnalysis(buildNetwork([ect("E")], []), settings());
      expect(suggestFor(p, "E")).toEqual([]);
    });
  });
});
