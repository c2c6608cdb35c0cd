import { describe, expect, it } from "vitest";
import { readTypedSupporter, readTypedSupporters } from "../../../src/core/index.ts";

describe("names", () => {
  describe("#readTypedSupporter", () => {
    it("should read a role as someone known only by role, named as the import names them", () => {
      expect(readTypedSupporter("my mentor", "Jess Hartley")).toEqual({
        name: "my mentor (Jess Hartley)",
        unnamed: "role",
        roleTitle: "mentor",
        linkRole: "ect_mentor",
      });
      expect(readTypedSupporter("  the SENCo ", "Jess Hartley")).toMatchObject({ unnamed: "role", roleTitle: "SENCo" });
    });

    it("should read family and friends as outside school, never as colleagues", () => {
      expect(readTypedSupporter("Mum", "Jess Hartley")).toEqual({
        name: "Mum (Jess Hartley)",
        unnamed: "family",
        external: true,
      });
      expect(readTypedSupporter("a friend from uni", "Jess Hartley")).toMatchObject({ unnamed: "family" });
    });

    it("should keep a name as a name, dropping a role said beside it into the link role", () => {
      expect(readTypedSupporter("Steve Low", "Jess Hartley")).toEqual({ name: "Steve Low" });
      expect(readTypedSupporter("Priya Nair (my mentor)", "Jess Hartley")).toEqual({
        name: "Priya Nair",
        linkRole: "ect_mentor",
      });
    });

    it("should read a non-answer as no one", () => {
      for (const typed of ["nobody", "N/A", "-", "   "])
        expect(readTypedSupporter(typed, "Jess Hartley")).toBeUndefined();
    });
  });

  describe("#readTypedSupporters", () => {
    const names = (typed: string, known: readonly string[] = []) =>
      readTypedSupporters(typed, "Jess Hartley", known).map((p) => p.reading.name);

    it("should read 'Mr Khan and Priya' as two people, as the survey import does", () => {
      expect(names("Mr Khan and Priya")).toEqual(["Mr Khan", "Priya"]);
      expect(names("Mr Khan & Priya, Sam / Lisa")).toEqual(["Mr Khan", "Priya", "Sam", "Lisa"]);
    });

    it("should keep the import's exceptions whole", () => {
      expect(names("Mr and Mrs Smith")).toEqual(["Mr and Mrs Smith"]);
      expect(names("N/A")).toEqual([]);
      expect(names("Sam (HoD, maths)")).toEqual(["Sam"]);
      expect(names("Sandy Anderson")).toEqual(["Sandy Anderson"]);
    });

    it("should read each piece on its own: a role, family, a name", () => {
      expect(readTypedSupporters("my mentor and Mum", "Jess Hartley", []).map((p) => p.reading)).toEqual([
        { name: "my mentor (Jess Hartley)", unnamed: "role", roleTitle: "mentor", linkRole: "ect_mentor" },
        { name: "Mum (Jess Hartley)", unnamed: "family", external: true },
      ]);
    });

    it("should match each piece against the map on its own, offering a typing slip in any piece", () => {
      const pieces = readTypedSupporters("Mr Kahn and priya", "Jess Hartley", ["Mr Khan", "Priya"]);
      expect(pieces).toEqual([
        { written: "Mr Kahn", reading: { name: "Mr Kahn" }, near: "Mr Khan" },
        { written: "priya", reading: { name: "priya" }, exact: "Priya" },
      ]);
    });

    it("should never guess who a role is, but find the same role exactly", () => {
      const known = ["my mentor (Jess Hartley)", "Mentor Mark"];
      expect(readTypedSupporters("My Mentor", "Jess Hartley", known)[0]).toMatchObject({
        exact: "my mentor (Jess Hartley)",
      });
      expect(readTypedSupporters("Mum", "Jess Hartley", ["Mum (Jess Harltey)"])[0]).not.toHaveProperty("near");
    });

    it("should leave out pieces that say no one, and say the same person once", () => {
      expect(names("Priya and nobody")).toEqual(["Priya"]);
      expect(names("Priya, priya")).toEqual(["Priya"]);
      expect(names("nobody / none")).toEqual([]);
      expect(names("   ")).toEqual([]);
    });
  });
});
