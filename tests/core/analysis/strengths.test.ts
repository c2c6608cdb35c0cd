/**
 * The strength signals of domain.md section 4, each raised on a hand-checked tiny network and not
 * raised on its near miss.
 */
import { describe, expect, it } from "vitest";
import type { Person, SupportLink } from "../../../src/core/index.ts";
import { buildContext } from "../../../src/core/analysis/context.ts";
import { strengthChips, strengthsOf } from "../../../src/core/analysis/strengthRules.ts";
import { ALL4, ect, group, link, net, person, run, settings } from "../../helpers/builders.ts";

const E = ect("E", { school: "A", department: "Maths", years_experience: 1 });

function strengths(people: readonly Person[], links: readonly SupportLink[], id = "E") {
  const n = net(people, links);
  return strengthsOf(buildContext(n, settings()), n.indexOf.get(id)!);
}
const codes = (people: readonly Person[], links: readonly SupportLink[]) => strengths(people, links).map((s) => s.code);

const teacher = (id: string, attrs: Partial<Omit<Person, "id">> = {}) =>
  person(id, { school: "A", department: "Maths", seniority: "teacher", ...attrs });

describe("strengths", () => {
  describe("MULTIPLE_PROVIDERS", () => {
    it("should name each type two different people give", () => {
      const s = strengths(
        [E, teacher("A1"), teacher("A2")],
        [link("A1", "E", ["pedagogy", "behaviour"]), link("A2", "E", ["pedagogy"])],
      );
      expect(s.filter((x) => x.code === "MULTIPLE_PROVIDERS")).toEqual([
        { code: "MULTIPLE_PROVIDERS", supportType: "pedagogy" },
      ]);
    });
    it("should not count one person's two links for a type twice", () => {
      const s = strengths([E, teacher("A1")], [link("A1", "E", ["pedagogy"]), link("A1", "E", ["pedagogy"])]);
      expect(s.map((x) => x.code)).not.toContain("MULTIPLE_PROVIDERS");
    });
    it("should count someone named only by role, as coverage does", () => {
      const s = strengths(
        [E, teacher("A1"), person("Mentor of E", { unnamed: "role" })],
        [link("A1", "E", ["pedagogy"]), link("Mentor of E", "E", ["pedagogy"])],
      );
      expect(s).toContainEqual({ code: "MULTIPLE_PROVIDERS", supportType: "pedagogy" });
    });
    it("should not count an ended link", () => {
      const s = strengths(
        [E, teacher("A1"), teacher("A2")],
        [link("A1", "E", ["pedagogy"]), link("A2", "E", ["pedagogy"], { status: "ended" })],
      );
      expect(s.map((x) => x.code)).not.toContain("MULTIPLE_PROVIDERS");
    });
  });

  describe("ECT_CHOSEN", () => {
    it("should name the first supporter the ECT chose", () => {
      const s = strengths(
        [E, teacher("A1"), teacher("A2")],
        [
          link("A1", "E", ["pedagogy"], { origin: "school_assigned" }),
          link("A2", "E", ["behaviour"], { origin: "ect_chosen" }),
        ],
      );
      expect(s).toContainEqual({ code: "ECT_CHOSEN", person: "A2" });
    });
    it("should not read an emergent or assigned link as chosen", () => {
      const c = codes(
        [E, teacher("A1"), teacher("A2")],
        [
          link("A1", "E", ["pedagogy"], { origin: "emergent" }),
          link("A2", "E", ["behaviour"], { origin: "mentor_brokered" }),
        ],
      );
      expect(c).not.toContain("ECT_CHOSEN");
    });
  });

  describe("CONTRIBUTES", () => {
    it("should name someone the ECT supports", () => {
      const s = strengths(
        [E, ect("F"), teacher("A1")],
        [link("A1", "E", ["pedagogy"]), link("E", "F", ["psychosocial"])],
      );
      expect(s).toContainEqual({ code: "CONTRIBUTES", person: "F" });
    });
    it("should not count a paused link from the ECT", () => {
      const c = codes(
        [E, ect("F"), teacher("A1")],
        [link("A1", "E", ["pedagogy"]), link("E", "F", ["psychosocial"], { status: "paused" })],
      );
      expect(c).not.toContain("CONTRIBUTES");
    });
  });

  describe("PEER_AND_EXPERIENCED", () => {
    it("should be raised for a fellow ECT beside a mentor", () => {
      const c = codes(
        [E, ect("F", { school: "A" }), teacher("M")],
        [link("F", "E", ["psychosocial"]), link("M", "E", ["pedagogy"], { link_role: "ect_mentor" })],
      );
      expect(c).toContain("PEER_AND_EXPERIENCED");
    });
    it("should read a leader, or many more years, as more experienced", () => {
      const c1 = codes(
        [E, teacher("P"), person("L", { school: "A", seniority: "middle_leader" })],
        [link("P", "E", ["psychosocial"]), link("L", "E", ["pedagogy"])],
      );
      const c2 = codes(
        [E, teacher("P", { years_experience: 2 }), teacher("X", { years_experience: 12 })],
        [link("P", "E", ["psychosocial"]), link("X", "E", ["pedagogy"])],
      );
      expect(c1).toContain("PEER_AND_EXPERIENCED");
      expect(c2).toContain("PEER_AND_EXPERIENCED");
    });
    it("should not be raised by two peers, two leaders, or one mentor alone", () => {
      const twoPeers = codes(
        [E, teacher("P"), teacher("Q")],
        [link("P", "E", ["psychosocial"]), link("Q", "E", ["pedagogy"])],
      );
      const twoLeaders = codes(
        [E, person("L", { seniority: "middle_leader" }), person("H", { seniority: "headteacher" })],
        [link("L", "E", ["psychosocial"]), link("H", "E", ["pedagogy"])],
      );
      const mentorOnly = codes([E, teacher("M")], [link("M", "E", ALL4, { link_role: "ect_mentor" })]);
      expect(twoPeers).not.toContain("PEER_AND_EXPERIENCED");
      expect(twoLeaders).not.toContain("PEER_AND_EXPERIENCED");
      expect(mentorOnly).not.toContain("PEER_AND_EXPERIENCED");
    });
    it("should not take family or someone named by role as the peer", () => {
      const c = codes(
        [E, person("Mum of E", { unnamed: "family" }), teacher("M")],
        [link("Mum of E", "E", ["psychosocial"]), link("M", "E", ["pedagogy"], { link_role: "ect_mentor" })],
      );
      expect(c).not.toContain("PEER_AND_EXPERIENCED");
    });
  });

  describe("MIXED_SETTINGS", () => {
    it("should be raised by supporters in the team and in another school", () => {
      const c = codes(
        [E, teacher("A1"), teacher("B1", { school: "B" })],
        [link("A1", "E", ["pedagogy"]), link("B1", "E", ["behaviour"])],
      );
      expect(c).toContain("MIXED_SETTINGS");
    });
    it("should count a peer group as a setting", () => {
      const c = codes(
        [E, teacher("A1"), group("G")],
        [link("A1", "E", ["pedagogy"]), link("G", "E", ["psychosocial"])],
      );
      expect(c).toContain("MIXED_SETTINGS");
    });
    it("should not be raised by one team, by a missing school, or by family outside school", () => {
      const oneTeam = codes(
        [E, teacher("A1"), teacher("A2")],
        [link("A1", "E", ["pedagogy"]), link("A2", "E", ["behaviour"])],
      );
      const noSchool = codes(
        [E, teacher("A1"), person("X", { seniority: "teacher" })],
        [link("A1", "E", ["pedagogy"]), link("X", "E", ["behaviour"])],
      );
      const family = codes(
        [E, teacher("A1"), person("Mum of E", { unnamed: "family", staff_type: "external" })],
        [link("A1", "E", ["pedagogy"]), link("Mum of E", "E", ["psychosocial"])],
      );
      expect(oneTeam).not.toContain("MIXED_SETTINGS");
      expect(noSchool).not.toContain("MIXED_SETTINGS");
      expect(family).not.toContain("MIXED_SETTINGS");
    });
  });

  it("should give an unmapped or isolated ECT no strengths", () => {
    expect(strengths([E], [])).toEqual([]);
    expect(strengths([E, teacher("A1")], [link("A1", "E", ["pedagogy"], { status: "ended" })])).toEqual([]);
  });

  it("should count the ECTs with at least one strength in the summary", () => {
    const r = run(
      [E, ect("F"), ect("G"), teacher("A1")],
      [link("A1", "E", ["pedagogy"]), link("E", "F", ["psychosocial"]), link("A1", "G", ["pedagogy"])],
    );
    // E helps F; F and G each have one supporter, from one setting, none chosen, and help no one.
    expect(r.summary.ectsWithStrengths).toBe(1);
  });

  describe("#strengthChips", () => {
    it("should join the per-type strengths into one chip and follow the voice", () => {
      const s = strengths(
        [E, ect("F"), teacher("A1"), teacher("A2")],
        [
          link("A1", "E", ["pedagogy", "psychosocial"], { origin: "ect_chosen" }),
          link("A2", "E", ["pedagogy", "psychosocial"]),
          link("E", "F", ["psychosocial"]),
        ],
      );
      expect(strengthChips(s, "you")).toEqual([
        "More than one person for teaching and wellbeing",
        "You chose one of your supporters",
        "You help others",
      ]);
      expect(strengthChips(s, "they")).toContain("They help others");
    });
  });
});
