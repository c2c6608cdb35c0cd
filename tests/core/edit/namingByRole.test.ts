/**
 * Naming someone the import knew only by role ("my mentor (Chloë Barker)"): when the new name is
 * someone already on the map, the lead is asked "Same person?" (sameNameOnMap) and can merge them;
 * naming makes the person a supporter like any other, and a merge never makes a named person
 * unnamed (they would drop out of supporter totals).
 */
import { describe, expect, it } from "vitest";
import type { Person, PersonId } from "../../../src/core/index.ts";
import { buildNetwork, prepareAnalysis, sameNameOnMap } from "../../../src/core/index.ts";
import type { PeopleAndLinks } from "../../../src/core/edit/edits.ts";
import { applyEdit } from "../../../src/core/edit/edits.ts";
import { storeOfRecords } from "../../../src/core/model/linkRecords.ts";
import { overviewOf } from "../../../src/core/report/overview.ts";
import { ect, group, link, person, settings } from "../../helpers/builders.ts";

const ROLE = "my mentor (Chloë Barker)";
const people: Person[] = [
  ect("Chloë Barker"),
  ect("Dan Ode"),
  person("Claire Beaumont", { role_title: "Head of maths", school: "Hollinsfield Academy" }),
  person(ROLE, { unnamed: "role" }),
  person("Mum (Chloë Barker)", { unnamed: "family" }),
  group("Claire's group"),
];
const base: PeopleAndLinks = {
  people,
  links: storeOfRecords(people, [
    link(ROLE, "Chloë Barker", ["pedagogy"], { link_id: "L1" }),
    link("Claire Beaumont", "Dan Ode", ["behaviour"], { link_id: "L2" }),
    link("Mum (Chloë Barker)", "Chloë Barker", ["psychosocial"], { link_id: "L3" }),
  ]),
};
const id = (s: string) => s as PersonId;

describe("naming someone known only by role", () => {
  describe("#sameNameOnMap", () => {
    it("should find the person already on the map, whatever the case, accents or spacing", () => {
      expect(sameNameOnMap(people, id(ROLE), "claire  beaumont")).toEqual({
        id: "Claire Beaumont",
        name: "Claire Beaumont",
        roleTitle: "Head of maths",
        school: "Hollinsfield Academy",
        exact: true,
        why: undefined,
      });
    });

    it("should offer a near name with the reason, as the import's 'Same person?' does", () => {
      const near = sameNameOnMap(people, id(ROLE), "Claire Beaumount");
      expect(near).toMatchObject({ id: "Claire Beaumont", exact: false });
      expect(near?.why).toBeTruthy();
    });

    it("should find no one for a new name, for the person themself, or for groups and unnamed people", () => {
      expect(sameNameOnMap(people, id(ROLE), "Priya Nair")).toBeUndefined();
      expect(sameNameOnMap(people, id("Claire Beaumont"), "Claire Beaumont")).toBeUndefined();
      expect(sameNameOnMap(people, id(ROLE), "Claire's group")).toBeUndefined();
      expect(sameNameOnMap(people, id("Claire Beaumont"), "Mum (Chloë Barker)")).toBeUndefined();
    });
  });

  it("should make the person a named supporter when they are renamed, and keep family as family", () => {
    const named = applyEdit(base, { op: "updatePerson", id: id(ROLE), changes: { name: "Priya Nair" } }).data;
    expect(named.people.find((p) => p.id === ROLE)).toMatchObject({ name: "Priya Nair", unnamed: undefined });
    const mum = applyEdit(base, { op: "updatePerson", id: id("Mum (Chloë Barker)"), changes: { name: "Ann" } }).data;
    expect(mum.people.find((p) => p.name === "Ann")?.unnamed).toBe("family");
  });

  it("should merge into the person already on the map, who stays a named supporter of both ECTs", () => {
    const merged = applyEdit(base, { op: "mergePeople", from: id(ROLE), into: id("Claire Beaumont") }).data;
    const claires = merged.people.filter((p) => p.name === "Claire Beaumont");
    expect(claires).toHaveLength(1);
    expect(claires[0]!.unnamed).toBeUndefined();
    const o = overviewOf(prepareAnalysis(buildNetwork(merged.people, merged.links), settings()).tables);
    expect(o.summary.supporters).toBe(1);
    expect(o.supporters.find((s) => s.name === "Claire Beaumont")?.ectsSupported).toBe(2);
  });
});
