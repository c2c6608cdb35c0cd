import { describe, expect, it } from "vitest";
import type { DetailsDraft, Person } from "../../../src/core/index.ts";
import { applyEdits, detailFieldsFor, detailsDraftOf, readPersonDetails } from "../../../src/core/index.ts";
import { storeOfRecords } from "../../../src/core/model/linkRecords.ts";
import { ect, group, link, person, run } from "../../helpers/builders.ts";

const SCHOOLS = ["Brookside School", "Hollinsfield Academy"];
const mark = person("P03", {
  name: "Mark Ellison",
  role_title: "Head of Science",
  school: "Hollinsfield Academy",
  department: "Science",
  seniority: "middle_leader",
  capacity_minutes_per_month: 90,
});
const priya = ect("E01", { name: "Priya Sharma", school: "Hollinsfield Academy", department: "Science", ect_year: 1 });
const draft = (p: Person, changes: Partial<DetailsDraft>): DetailsDraft => ({ ...detailsDraftOf(p), ...changes });

describe("person details", () => {
  describe("#detailsDraftOf", () => {
    it("should start from the details as held, blanks where none are", () => {
      expect(detailsDraftOf(mark)).toEqual({
        role_title: "Head of Science",
        school: "Hollinsfield Academy",
        department: "Science",
        seniority: "middle_leader",
        capacity: "",
        capacity_minutes_per_month: "90",
        ect_year: "",
      });
    });
  });

  describe("#detailFieldsFor", () => {
    it("should offer an ECT their setting and year, a supporter their role, setting, seniority and capacity", () => {
      expect(detailFieldsFor(priya)).toEqual(["school", "department", "ect_year"]);
      expect(detailFieldsFor(mark)).toContain("capacity");
      expect(detailFieldsFor(mark)).not.toContain("ect_year");
    });
  });

  describe("#readPersonDetails", () => {
    it("should make no edit when nothing changed", () => {
      expect(readPersonDetails(mark, detailsDraftOf(mark), SCHOOLS, 2)).toMatchObject({
        problems: [],
        edit: undefined,
      });
    });

    it("should make one updatePerson edit holding only what changed", () => {
      const reading = readPersonDetails(mark, draft(mark, { capacity: " 1 ", department: "Science " }), SCHOOLS, 2);
      expect(reading.edit).toEqual({ op: "updatePerson", id: "P03", changes: { capacity: 1 } });
    });

    it("should clear a field left blank (null), as the edit's changes say", () => {
      const reading = readPersonDetails(
        mark,
        draft(mark, { capacity_minutes_per_month: "", seniority: "" }),
        SCHOOLS,
        2,
      );
      expect(reading.edit?.changes).toEqual({ capacity_minutes_per_month: null, seniority: null });
    });

    it("should read numbers and seniority by the importer's rules", () => {
      const reading = readPersonDetails(
        mark,
        draft(mark, { capacity_minutes_per_month: "1,200", seniority: "SLT" }),
        SCHOOLS,
        2,
      );
      expect(reading.edit?.changes).toEqual({ capacity_minutes_per_month: 1200, seniority: "senior_leader" });
    });

    it.each([
      ["capacity", "-1", /"-1" is not a whole number 0 or more\. Leave it blank if it is not known\./],
      ["capacity", "two", /"two" is not a whole number/],
      ["capacity", "1.5", /not a whole number/],
      ["capacity", "60", /more than 50 ECTs, which is not believable/],
      ["capacity_minutes_per_month", "100000", /more than 10,000 minutes a month/],
      ["seniority", "boss", /"boss" is not a seniority Mosaic knows/],
    ] as const)("should refuse %s %j, saying why beside the field, and make no edit", (field, raw, message) => {
      const reading = readPersonDetails(mark, draft(mark, { [field]: raw, role_title: "Head of Biology" }), SCHOOLS, 2);
      expect(reading.problems).toEqual([{ field, message: expect.stringMatching(message) }]);
      expect(reading.edit).toBeUndefined();
    });

    it("should let a group hold many ECTs (groups are exempt from the bound, as on import)", () => {
      const network = group("G1", { name: "ECT network" });
      expect(readPersonDetails(network, draft(network, { capacity: "60" }), SCHOOLS, 2).edit?.changes).toEqual({
        capacity: 60,
      });
    });

    it("should read an ECT's year from 1 to the settings' years of induction, not the importer's 9", () => {
      const year = (raw: string, ectYears = 2) =>
        readPersonDetails(priya, draft(priya, { ect_year: raw }), SCHOOLS, ectYears);
      expect(year("2").edit?.changes).toEqual({ ect_year: 2 });
      expect(year("").edit?.changes).toEqual({ ect_year: null });
      for (const raw of ["3", "9", "0", "two"])
        expect(year(raw).problems).toEqual([
          {
            field: "ect_year",
            message: `"${raw}" is not a year of induction here: induction lasts 2 years (Years of induction, in the settings), so the year is 1 or 2. Leave it blank if it is not known.`,
          },
        ]);
      expect(year("2", 1).problems[0]?.message).toMatch(/induction lasts 1 year .*so the year is 1\./);
      expect(year("3", 3).edit?.changes).toEqual({ ect_year: 3 });
      // A setting beyond what the importer reads is held to the importer's 9.
      expect(year("10", 12).problems[0]?.message).toMatch(/so the year is a year from 1 to 9\./);
    });

    it("should keep a year held beyond the induction (as imported) while it is not changed", () => {
      const third = ect("E09", { name: "Sam Ortiz", ect_year: 3 });
      const reading = readPersonDetails(third, draft(third, { department: "English" }), SCHOOLS, 2);
      expect(reading).toMatchObject({ problems: [], edit: { changes: { department: "English" } } });
    });

    it("should ignore fields not offered for the person (an ECT's capacity is not read)", () => {
      expect(readPersonDetails(priya, draft(priya, { capacity: "lots" }), SCHOOLS, 2)).toMatchObject({
        problems: [],
        edit: undefined,
      });
    });

    it("should write a school differing only in case or spacing as the map writes it", () => {
      const reading = readPersonDetails(mark, draft(mark, { school: "brookside  school" }), SCHOOLS, 2);
      expect(reading.school).toEqual({ kind: "known", school: "Brookside School" });
      expect(reading.edit?.changes).toEqual({ school: "Brookside School" });
      expect(readPersonDetails(mark, draft(mark, { school: "HOLLINSFIELD academy" }), SCHOOLS, 2).edit).toBeUndefined();
    });

    it("should save a new spelling as a new school, saying which it may have meant", () => {
      const reading = readPersonDetails(mark, draft(mark, { school: "Brookside Schol" }), SCHOOLS, 2);
      expect(reading.school).toEqual({ kind: "new", school: "Brookside Schol", near: ["Brookside School"] });
      expect(reading.edit?.changes).toEqual({ school: "Brookside Schol" });
    });

    it("should raise OVER_CAPACITY once the edit lowers capacity below the load", () => {
      const people = [mark, priya, ect("E02", { name: "Tom" })];
      const links = [
        link("P03", "E01", ["pedagogy"], { link_id: "L1" }),
        link("P03", "E02", ["pedagogy"], { link_id: "L2" }),
      ];
      const codes = (ps: readonly Person[]) =>
        run(ps, links)
          .supporters.find((s) => s.id === "P03")
          ?.flags.map((f) => f.code) ?? [];
      expect(codes(people)).not.toContain("OVER_CAPACITY");
      const { edit } = readPersonDetails(mark, draft(mark, { capacity: "1" }), SCHOOLS, 2);
      expect(edit).toBeDefined();
      const edited = applyEdits({ people, links: storeOfRecords(people, links) }, edit ? [edit] : []);
      expect(edited.problems).toEqual([]);
      expect(edited.data.people.find((p) => p.id === "P03")?.capacity).toBe(1);
      expect(codes(edited.data.people)).toContain("OVER_CAPACITY");
    });
  });
});
