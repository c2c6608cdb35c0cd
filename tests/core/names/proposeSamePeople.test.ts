import { describe, expect, it } from "vitest";
import { fullerForm, proposeSamePeople, typingSlip } from "../../../src/core/names/index.ts";
import type { Spelling } from "../../../src/core/names/index.ts";

const at = (row: number) => [{ file: "survey.csv", row }];
const sp = (name: string, count = 1, row = 2): Spelling => ({ name, count, where: at(row) });
/** Each proposal as "keep | other | reason". */
const brief = (spellings: Spelling[], answered?: (a: string, b: string) => boolean) =>
  proposeSamePeople(spellings, { answered }).map((p) => `${p.keep.name} | ${p.other.name} | ${p.reason}`);

describe("names", () => {
  describe("#proposeSamePeople", () => {
    it("should offer a title and surname as the only full name with that surname", () => {
      const [p] = proposeSamePeople([sp("Mr Patel"), sp("Ravi Patel"), sp("Jane Doyle")]);
      expect(p).toMatchObject({ keep: { name: "Ravi Patel" }, other: { name: "Mr Patel" }, reason: "title" });
      expect(p?.why).toBe(`"Mr Patel" could be Ravi Patel (the only Patel named)`);
    });

    it("should ask about an initial in the first round when its two names are themselves asked about as one", () => {
      // A fresh-eyes review: "Mrs J Hartley" was asked only after Jess and Jessica were joined.
      const spellings = [sp("Jess Hartley", 2), sp("Jessica Hartley", 2), sp("Mrs J Hartley")];
      expect(brief(spellings)).toEqual([
        "Jessica Hartley | Jess Hartley | short_form",
        "Jessica Hartley | Mrs J Hartley | initial",
      ]);
      const [, initial] = proposeSamePeople(spellings);
      expect(initial?.why).toBe(
        `"Mrs J Hartley" could be Jessica Hartley (the only Hartley whose first name starts with J, if Jess Hartley is the same person)`,
      );
    });

    it("should not ask about the initial once its two names are answered as two people", () => {
      const apart = (a: string, b: string) => [a, b].sort().join("|") === "Jess Hartley|Jessica Hartley";
      expect(brief([sp("Jess Hartley"), sp("Jessica Hartley"), sp("Mrs J Hartley")], apart)).toEqual([]);
    });

    it("should not guess an initial between two names that are not two spellings of one", () => {
      expect(brief([sp("Jess Hartley"), sp("John Hartley"), sp("Mrs J Hartley")])).toEqual([]);
    });

    it("should not guess when two people share the surname", () => {
      expect(brief([sp("Mr Patel"), sp("Ravi Patel"), sp("Anita Patel")])).toEqual([]);
    });

    it.each(["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Dame", "Mr.", "Dr."])(
      "should read %s as a title, whatever the first name",
      (title) => {
        expect(brief([sp(`${title} Patel`), sp("Ravi Patel")])).toEqual([`Ravi Patel | ${title} Patel | title`]);
        expect(brief([sp(`${title} Young`), sp("Kim Young")])).toEqual([`Kim Young | ${title} Young | title`]);
      },
    );

    it("should pair names differing only by a title, and titles with two-word surnames", () => {
      expect(brief([sp("Dr Ravi Patel"), sp("Ravi Patel")])).toEqual(["Ravi Patel | Dr Ravi Patel | title"]);
      expect(brief([sp("Mrs Smith-Jones"), sp("Ann Smith-Jones")])).toEqual([
        "Ann Smith-Jones | Mrs Smith-Jones | title",
      ]);
      expect(proposeSamePeople([sp("Mr van Dyke"), sp("Pieter van Dyke")])[0]?.why).toBe(
        `"Mr van Dyke" could be Pieter van Dyke (the only van Dyke named)`,
      );
    });

    it("should never pair two titles, such as Mr and Mrs Lee, even one letter apart", () => {
      expect(brief([sp("Mr Leeson"), sp("Mrs Leeson"), sp("Ms Leeson"), sp("Dr Leeson")])).toEqual([]);
    });

    it.each([
      ["Pete Adams", "Peter Adams"],
      ["Sam Lee", "Samantha Lee"],
      ["Sam Lee", "Samuel Lee"],
      ["Liz Hall", "Elizabeth Hall"],
      ["Beth Hall", "Elizabeth Hall"],
      ["Tom Reed", "Thomas Reed"],
      ["Jim Bell", "James Bell"],
      ["Jim Bell", "Jimmy Bell"],
      ["Bob Cole", "Robert Cole"],
      ["Bill Hart", "William Hart"],
      ["Kate Moss", "Catherine Moss"],
      ["Katie Moss", "Katherine Moss"],
      ["Dave Ward", "David Ward"],
      ["Mike Ross", "Michael Ross"],
      ["Chris Page", "Christine Page"],
      ["Chris Page", "Christopher Page"],
      ["Steve Hill", "Steven Hill"],
      ["Alex Day", "Alexandra Day"],
      ["Jen Cox", "Jennifer Cox"],
      ["Dan Fox", "Daniel Fox"],
      ["Matt Gray", "Matthew Gray"],
      ["Nick Hunt", "Nicholas Hunt"],
      ["Ben Kay", "Benjamin Kay"],
      ["Jo Lamb", "Joanne Lamb"],
      ["Andy Lane", "Andrew Lane"],
      ["Tony Moon", "Anthony Moon"],
      ["Rich Nash", "Richard Nash"],
      ["Sue Owen", "Susan Owen"],
      ["Vicky Pike", "Victoria Pike"],
      ["Becky Rose", "Rebecca Rose"],
      ["Jess Shaw", "Jessica Shaw"],
      ["Abi Todd", "Abigail Todd"],
      ["Ed Vale", "Edward Vale"],
      ["Charlie Wade", "Charlotte Wade"],
      ["Charlie Wade", "Charles Wade"],
      ["Fran York", "Frances York"],
      ["Gill Ames", "Gillian Ames"],
      ["Maggie Ball", "Margaret Ball"],
      ["Pat Cain", "Patricia Cain"],
      ["Phil Dent", "Philip Dent"],
      ["Tim Eden", "Timothy Eden"],
      ["Harry Finn", "Henry Finn"],
      ["Nat Gale", "Nathan Gale"],
      ["Josh Hale", "Joshua Hale"],
      ["Jon Ince", "Jonathan Ince"],
      ["Zac Jay", "Zachary Jay"],
      ["Izzy Kerr", "Isabelle Kerr"],
      ["Ellie Lowe", "Eleanor Lowe"],
      ["Debs Mann", "Deborah Mann"],
      ["Mandy Neal", "Amanda Neal"],
      ["Jackie Oates", "Jacqueline Oates"],
      ["Ollie Pratt", "Oliver Pratt"],
      ["Freddie Quinn", "Frederick Quinn"],
      ["Theo Rich", "Theodore Rich"],
      ["Sophie Sims", "Sophia Sims"],
      ["Mo Tahir", "Mohammed Tahir"],
      ["Mo Tahir", "Muhammad Tahir"],
      ["Ravi Patel", "Ravindra Patel"],
    ])("should offer %j as a short form of %j", (short, full) => {
      const [p, ...rest] = proposeSamePeople([sp(short), sp(full)]);
      expect(rest).toEqual([]);
      expect(p?.reason).toBe("short_form");
      expect(p?.keep.name).toBe(full);
    });

    it("should not pair two different full names that share a short form, or two short forms of one name", () => {
      expect(brief([sp("Samantha Lee"), sp("Samuel Lee")])).toEqual([]);
      expect(brief([sp("Christine Page"), sp("Christopher Page")])).toEqual([]);
      expect(brief([sp("Liz Hall"), sp("Beth Hall")])).toEqual([]);
      expect(brief([sp("Pete Adams"), sp("Peter Adamson")])).toEqual([]);
    });

    it("should explain a short form in plain words", () => {
      expect(proposeSamePeople([sp("Pete Adams"), sp("Peter Adams")])[0]?.why).toBe(
        `"Pete Adams" could be Peter Adams (Pete is a short form of Peter)`,
      );
    });

    it("should offer an initial only when one full name fits", () => {
      expect(brief([sp("R. Patel"), sp("Ravi Patel")])).toEqual(["Ravi Patel | R. Patel | initial"]);
      expect(brief([sp("Mr R Patel"), sp("Ravi Patel")])).toEqual(["Ravi Patel | Mr R Patel | initial"]);
      expect(brief([sp("R Patel"), sp("Ravi Patel"), sp("Rita Patel")])).toEqual([]);
    });

    it("should offer a lone first name only when one full name starts with it", () => {
      const [p] = proposeSamePeople([sp("Sarah"), sp("Sarah Lee")]);
      expect(p).toMatchObject({ keep: { name: "Sarah Lee" }, other: { name: "Sarah" }, reason: "first_name_only" });
      expect(p?.why).toBe(`"Sarah" could be Sarah Lee (the only Sarah named with a surname)`);
      expect(brief([sp("Sarah"), sp("Sarah Lee"), sp("Sarah Hill")])).toEqual([]);
    });

    it("should offer one typing slip between names of six characters or more", () => {
      expect(brief([sp("Sarah Lee", 3), sp("Sara Lee")])).toEqual(["Sarah Lee | Sara Lee | typing_slip"]);
      expect(brief([sp("Ravi Patel", 2), sp("Ravi Patell")])).toEqual(["Ravi Patel | Ravi Patell | typing_slip"]);
      expect(brief([sp("Mark Jones"), sp("Mark Jnoes")])).toEqual(["Mark Jones | Mark Jnoes | typing_slip"]);
      expect(brief([sp("Kim Lee"), sp("Kim Lea")])).toEqual(["Kim Lee | Kim Lea | typing_slip"]);
      expect(brief([sp("Jo Li"), sp("Jo Lu")])).toEqual([]);
      expect(brief([sp("Ravi Patel"), sp("Ravi Pattell")])).toEqual([]);
      expect(brief([sp("Year 7 team"), sp("Year 8 team")])).toEqual([]);
    });

    it("should say what the slip is", () => {
      expect(proposeSamePeople([sp("Ravi Patel"), sp("Ravi Patell")])[0]?.why).toBe(
        `"Ravi Patel" and "Ravi Patell" differ by one letter: perhaps a typing slip`,
      );
      expect(proposeSamePeople([sp("Kim O Neill"), sp("Kim O'Neill")])[0]?.why).toBe(
        `"Kim O Neill" and "Kim O'Neill" differ by a space: perhaps a typing slip`,
      );
    });

    it("should keep the spelling written more often, then the fuller, then the accented, then the first", () => {
      expect(brief([sp("Mr Patel", 3), sp("Ravi Patel", 1)])).toEqual(["Mr Patel | Ravi Patel | title"]);
      expect(brief([sp("Pete Adams", 1), sp("Peter Adams", 1)])).toEqual(["Peter Adams | Pete Adams | short_form"]);
      expect(brief([sp("Siobhan O'Neil"), sp("Siobhán O'Neill")])).toEqual([
        "Siobhán O'Neill | Siobhan O'Neil | typing_slip",
      ]);
      expect(brief([sp("Sara Lee"), sp("Sarah Lee")])).toEqual(["Sara Lee | Sarah Lee | typing_slip"]);
    });

    it("should propose each pair once, for the first reason that holds", () => {
      // "Isabel Kerr" / "Isabelle Kerr" is both a spelling of one name and one letter apart.
      expect(brief([sp("Isabel Kerr"), sp("Isabelle Kerr")])).toEqual(["Isabel Kerr | Isabelle Kerr | short_form"]);
    });

    it("should skip pairs already answered, asking in both orders", () => {
      const asked: string[] = [];
      const answered = (a: string, b: string) => {
        asked.push(`${a}/${b}`);
        return a === "Ravi Patel" && b === "Mr Patel";
      };
      expect(brief([sp("Mr Patel"), sp("Ravi Patel"), sp("Pete Adams"), sp("Peter Adams")], answered)).toEqual([
        "Peter Adams | Pete Adams | short_form",
      ]);
      expect(asked).toContain("Ravi Patel/Mr Patel");
    });

    it("should list proposals by first appearance and keep where each spelling was written", () => {
      const out = proposeSamePeople([
        sp("Jane Doyle", 1, 2),
        sp("Ravi Patell", 1, 3),
        sp("Pete Adams", 1, 4),
        sp("Ravi Patel", 2, 5),
        sp("Peter Adams", 1, 6),
      ]);
      expect(out.map((p) => p.other.name)).toEqual(["Ravi Patell", "Pete Adams"]);
      expect(out[0]?.keep.where).toEqual(at(5));
    });

    it("should propose nothing for names with no letters or digits", () => {
      expect(brief([sp("-"), sp("?"), sp("Ravi Patel")])).toEqual([]);
    });

    it("should bring a slip and a title together through the deletion index at scale", () => {
      const many = Array.from({ length: 2000 }, (_, i) => sp(`Person${i} Surname${i}`));
      expect(brief([...many, sp("Person7 Surnam7")])).toEqual(["Person7 Surname7 | Person7 Surnam7 | typing_slip"]);
    });
  });

  describe("#proposeSamePeople with a staff list", () => {
    /** A spelling from the people file: named `count` times in rows (0: only listed). */
    const listed = (name: string, count = 0, row = 2): Spelling => ({ ...sp(name, count, row), listed: true });

    it("should ask about written names that could be someone in the staff list, keeping the staff-list person", () => {
      // A reviewer's survey with its staff list: these were never compared with the staff list.
      const spellings = [
        listed("Jess Hartley", 12),
        listed("Imran Khan", 5),
        sp("Jessica Hartley", 2),
        sp("Jess Hatley"),
        sp("Mr Khan", 4),
        listed("Robert Greene"),
        sp("Rob Greene", 2),
      ];
      expect(brief(spellings)).toEqual([
        "Jess Hartley | Jessica Hartley | short_form",
        "Jess Hartley | Jess Hatley | typing_slip",
        "Imran Khan | Mr Khan | title",
        // Kept although written less often than the other: the staff list's id says who they are.
        "Robert Greene | Rob Greene | short_form",
      ]);
    });

    it("should count the staff list in a reason's 'the only …'", () => {
      const [p] = proposeSamePeople([sp("Mrs Hartley"), listed("Jess Hartley")]);
      expect(p?.why).toBe(`"Mrs Hartley" could be Jess Hartley (the only Hartley named)`);
      // A second Hartley in the staff list: no longer the only one, so not asked.
      expect(brief([sp("Mrs Hartley"), listed("Jess Hartley"), listed("John Hartley")])).toEqual([]);
      expect(brief([sp("Mrs Hartley"), listed("Jess Hartley"), sp("Jessica Hartley")])).toEqual([
        "Jess Hartley | Jessica Hartley | short_form",
      ]);
    });

    it("should never ask about two staff-list people, however alike their names", () => {
      const spellings = [
        listed("Jess Hartley", 3),
        listed("Jessica Hartley", 1),
        listed("Sarah Lee"),
        listed("Sara Lee"),
        listed("Mr Patel"),
        listed("Ravi Patel"),
        listed("Priya"),
        listed("Priya Nair"),
      ];
      expect(brief(spellings)).toEqual([]);
      // "Mrs J Hartley" through Jess and Jessica, who are two people: J could be either, so not asked.
      expect(brief([...spellings, sp("Mrs J Hartley")])).toEqual([]);
    });
  });

  describe("#typingSlip", () => {
    it("should find one added, missing, changed or swapped letter, and nothing else", () => {
      expect(typingSlip("ravi patel", "ravi patell")).toEqual({ kind: "added", char: "l" });
      expect(typingSlip("sarah lee", "sara lee")).toEqual({ kind: "missing", char: "h" });
      expect(typingSlip("sarah lee", "sarah lea")).toEqual({ kind: "changed", char: "a" });
      expect(typingSlip("mark jones", "mark jnoes")).toEqual({ kind: "swapped", char: "o" });
      expect(typingSlip("abc", "abc")).toBeUndefined();
      expect(typingSlip("abcd", "badc")).toBeUndefined();
      expect(typingSlip("xabc", "abcy")).toBeUndefined();
      expect(typingSlip("year 7", "year 8")).toBeUndefined();
    });
  });

  describe("#fullerForm", () => {
    it("should say which first name is the fuller", () => {
      expect(fullerForm("pete", "peter")).toBe("b");
      expect(fullerForm("peter", "pete")).toBe("a");
      expect(fullerForm("isabel", "isabelle")).toBe("same");
      expect(fullerForm("samantha", "samuel")).toBeUndefined();
      expect(fullerForm("jane", "peter")).toBeUndefined();
    });
  });
});
