import { describe, expect, it } from "vitest";
import type { Diagnostic, ImportResult } from "../../../src/core/index.ts";
import { importFixtures, importText } from "../../helpers/files.ts";

const at = (r: ImportResult, level: Diagnostic["level"]) => r.diagnostics.filter((d) => d.level === level);
const find = (r: ImportResult, pattern: RegExp) => r.diagnostics.find((d) => pattern.test(d.message));

describe("import", () => {
  describe("the sample trust, full shape", () => {
    const r = importFixtures(["sample/people.csv", "sample/links.csv"]);
    it("should read every person and link with no warnings", () => {
      expect(r.people).toHaveLength(36);
      expect(r.links).toHaveLength(44);
      expect(r.people.filter((p) => p.is_ect)).toHaveLength(9);
      expect([...at(r, "error"), ...at(r, "warning")]).toEqual([]);
      expect(r.rejected).toEqual([]);
    });
    it("should type every field", () => {
      const l01 = r.links.find((l) => l.link_id === "L01")!;
      expect(l01).toMatchObject({
        from_id: "P04",
        to_id: "E01",
        support_types: ["behaviour", "pedagogy"],
        assesses: false,
        minutes_per_month: 240,
        started_on: "2024-09-02",
        trust: 5,
        modes: ["modelling", "targets_feedback"],
      });
      const g = r.people.find((p) => p.id === "G01")!;
      expect(g.kind).toBe("group");
      expect(r.people.find((p) => p.id === "E01")!.strengths).toEqual(["edtech", "data visualisation"]);
    });
  });

  describe("edge list and survey shapes", () => {
    it("should read the sample edge list with people created from names", () => {
      const r = importFixtures(["sample/edge-list.csv"]);
      expect(r.files[0]!.shape).toBe("links");
      expect(
        r.people
          .filter((p) => p.is_ect)
          .map((p) => p.name)
          .sort(),
      ).toEqual([
        "Aisha Okafor",
        "Callum Reid",
        "Daniel Osei",
        "Holly Whitfield",
        "Megan Price",
        "Owen Price",
        "Priya Sharma",
        "Tom Gallagher",
        "Zofia Nowak",
      ]);
      const kirsty = r.people.find((p) => p.name === "Kirsty MacLeod")!;
      expect(kirsty.id).toBe("Kirsty MacLeod");
      expect(kirsty.role_title).toBe("Teacher of Science and ECT mentor");
      expect(r.links.find((l) => l.from_id === "Kirsty MacLeod")).toMatchObject({
        support_types: ["behaviour", "pedagogy"],
        formality: "formal",
        link_role: "ect_mentor",
        started_on: "2024-09-02",
        last_contact: "2025-03-11",
      });
      expect(find(r, /no people file/)).toBeDefined();
      expect(at(r, "error")).toEqual([]);
    });
    it("should read the sample survey and drop timestamp and email", () => {
      const r = importFixtures(["sample/survey.csv"]);
      expect(r.files[0]!.shape).toBe("survey");
      expect(r.people.filter((p) => p.is_ect)).toHaveLength(9);
      const tom = r.links.filter((l) => l.to_id === "Tom Gallagher");
      expect(tom).toHaveLength(1);
      expect(tom[0]!.support_types).toEqual(["organisational_literacy", "behaviour", "pedagogy", "psychosocial"]);
      // The form's own columns are left out in one line, not one line each.
      expect(r.diagnostics.filter((d) => d.level === "info" && /not imported/.test(d.message))).toEqual([]);
      expect(
        r.diagnostics.filter((d) => /form's own columns: Timestamp, Email address\./.test(d.message)),
      ).toHaveLength(1);
      expect(r.people.find((p) => p.name === "Priya Sharma")!.school).toBe("Hollinsfield Academy");
    });
    it("should read one ECT's own map with the quick format", () => {
      const r = importText(
        {
          "me.csv":
            "supporter_name,supporter_role,support_types,assesses,chosen_by,how_often,last_contact,trust,relatable\nJo Bloggs,ECT mentor,teaching; behaviour,no,school,every week,10/03/2025,4,3\nSam,near-peer,wellbeing,no,me,as needed,,5,5\n",
        },
        { ectName: "Alex Doe" },
      );
      expect(r.files[0]!.shape).toBe("quick");
      expect(r.people.find((p) => p.name === "Alex Doe")!.is_ect).toBe(true);
      expect(r.links[0]).toMatchObject({
        from_id: "Jo Bloggs",
        to_id: "Alex Doe",
        link_role: "ect_mentor",
        origin: "school_assigned",
        frequency: "weekly",
        last_contact: "2025-03-10",
        similarity: 3,
      });
      expect(r.people.find((p) => p.name === "Jo Bloggs")!.role_title).toBe("ECT mentor");
      expect(r.links[1]).toMatchObject({ link_role: "near_peer", origin: "ect_chosen", frequency: "ad_hoc" });
    });
    it("should let a mapping name columns no alias catches", () => {
      const text = "Respondent's full name,Who lifts you up?,Who shows you the ropes?\nAmy,Kim,Sam\n";
      const none = importText({ "s.csv": text });
      expect(none.people).toEqual([]);
      expect(find(none, /No recognisable header/)).toBeDefined();
      const r = importText(
        { "s.csv": text },
        {
          mapping: {
            "Respondent's full name": "respondent",
            "Who lifts you up?": "psychosocial",
            "who shows you the ropes": "organisational_literacy",
          },
        },
      );
      expect(r.links.map((l) => [l.from_id, l.support_types])).toEqual([
        ["Kim", ["psychosocial"]],
        ["Sam", ["organisational_literacy"]],
      ]);
    });
    it("should match headers as whole phrases, never substrings", () => {
      const r = importText({
        "s.csv": "Name,Who do you talk to when things are hard?,Who helps you with behaviour?\nAmy,Kim,Sam\n",
      });
      expect(r.files[0]!.shape).toBe("survey");
      const hdr = importText({ "l.csv": "Mentee (ECT),Mentor / Supporter,Type of support?\nAmy,Kim,teaching\n" });
      expect(hdr.links).toHaveLength(1);
      expect(hdr.links[0]).toMatchObject({ from_id: "Kim", to_id: "Amy", support_types: ["pedagogy"] });
    });
  });

  describe("bad and awkward files", () => {
    it("should keep a link to an unknown id, report it, and never invent the person", () => {
      const r = importFixtures(["people-basic.csv", "dangling-link.csv"]);
      expect(r.people.map((p) => p.id)).toEqual(["E1", "S1"]);
      expect(r.links.map((l) => l.to_id)).toEqual(["E1", "NOPE"]);
      // The link is kept (imported, not counted yet), so it is a "Check", never "Not imported".
      expect(at(r, "error")).toEqual([]);
      expect(at(r, "warning")).toEqual([
        expect.objectContaining({ file: "dangling-link.csv", row: 3, column: "to_id" }),
      ]);
      expect(r.rejected).toEqual([]);
    });
    it("should never map 'pastoral' silently", () => {
      const r = importFixtures(["pastoral.csv"]);
      expect(r.links[0]!.support_types).toEqual([]);
      expect(r.links[0]!.other_types).toEqual(["pastoral"]);
      expect(find(r, /support for you/)).toMatchObject({ level: "warning", row: 2, column: "support_types" });
    });
    it("should read UK dates and refuse US order", () => {
      const r = importFixtures(["uk-and-us-dates.csv"]);
      expect(r.links[0]!.started_on).toBe("2025-03-14");
      expect(r.links[0]!.last_contact).toBeUndefined();
      expect(find(r, /never US order/)).toMatchObject({ row: 2, column: "last_contact" });
    });
    it("should read Yes/No booleans", () => {
      const r = importFixtures(["yes-no.csv"]);
      expect(r.links[0]).toMatchObject({ assesses: true, knew_before: false, support_types: ["psychosocial"] });
    });
    it("should reject a self-link and keep the row", () => {
      const r = importFixtures(["self-link.csv"]);
      expect(r.links).toHaveLength(1);
      expect(r.rejected).toEqual([expect.objectContaining({ row: 2, cells: ["S1", "S1", "pedagogy"] })]);
    });
    it("should merge a duplicate link with a warning on the later row", () => {
      const r = importFixtures(["duplicate-link.csv"]);
      expect(r.links).toHaveLength(1);
      expect(find(r, /repeats row 2/)).toMatchObject({ level: "warning", row: 3 });
    });
    it("should merge repeats from a giver with many links, before and after their links are indexed", () => {
      // A group gives 40 links; rows 2-41 are new, then repeats of the 3rd and the 30th link follow.
      const rows = Array.from({ length: 40 }, (_, i) => `G,E${i},pedagogy`);
      const r = importText({
        "edges.csv": [
          "from_id,to_id,support_types",
          ...rows,
          "G,E2,pedagogy",
          "G,E29,pedagogy",
          "G,E29,behaviour",
        ].join("\n"),
      });
      expect(r.links).toHaveLength(41);
      expect(find(r, /repeats row 4\b/)).toMatchObject({ row: 42 });
      expect(find(r, /repeats row 31\b/)).toMatchObject({ row: 43 });
      expect(r.links.at(-1)).toMatchObject({ from_id: "G", to_id: "E29", support_types: ["behaviour"] });
    });
    it("should report a line-manager cycle once", () => {
      const r = importFixtures(["manager-cycle.csv"]);
      expect(r.diagnostics.filter((d) => /comes back/.test(d.message))).toHaveLength(1);
    });
    it("should say when an ECT has no link rows", () => {
      const r = importFixtures(["ect-without-rows.csv"]);
      expect(r.diagnostics.filter((d) => /no link rows/.test(d.message)).map((d) => d.row)).toEqual([2, 3]);
    });
    it.each([
      ["empty.csv", /empty/],
      ["header-only.csv", /has a header but no rows/],
      ["workbook.xlsx.csv", /Excel workbook/],
      ["no-recognisable-header.csv", /No recognisable header/],
      ["missing-types-column.csv", /no support types column/],
      ["missing-is-ect.csv", /missing the required column is_ect/],
      ["survey-no-name.csv", /no column names the ECT/],
    ])("should explain why %s gives nothing", (name, message) => {
      const r = importFixtures([name]);
      expect(r.people).toEqual([]);
      expect(r.links).toEqual([]);
      expect(r.diagnostics.some((d) => message.test(d.message))).toBe(true);
    });
    it("should name the columns found when a required one is missing", () => {
      expect(find(importFixtures(["missing-is-ect.csv"]), /required/)!.message).toContain('"id", "name"');
    });
    it.each(["semicolon.csv", "tab.csv"])("should detect the delimiter of %s from the header", (name) => {
      const r = importFixtures([name]);
      expect(r.links).toHaveLength(1);
      expect(r.links[0]!.from_id).toBe("S1");
    });
    it("should count rows as a spreadsheet does, with CRLF and blank lines", () => {
      const r = importFixtures(["crlf-blank-lines.csv"]);
      expect(r.sources.links.map((s) => s.row)).toEqual([2, 4]);
    });
    it("should keep a quoted line break inside one row", () => {
      const r = importFixtures(["quoted-newline.csv"]);
      expect(r.links[0]!.notes).toBe("line one\nline two");
      expect(r.sources.links.map((s) => s.row)).toEqual([2, 3]);
    });
    it("should ignore trailing empty columns", () => {
      const r = importFixtures(["trailing-empty-columns.csv"]);
      expect(r.links).toHaveLength(1);
      expect(at(r, "warning")).toEqual([]);
    });
    it.each([
      ["utf8-bom.csv", "Zoë", undefined],
      ["utf16-bom.csv", "Zoë", undefined],
      ["windows-1252.csv", "Zoë", /Windows-1252/],
    ])("should decode %s", (name, who, warning) => {
      const r = importFixtures([name]);
      expect(r.people.map((p) => p.name)).toContain(who);
      if (warning) expect(find(r, warning)).toMatchObject({ level: "warning" });
      if (name === "windows-1252.csv") expect(r.people.map((p) => p.name)).toContain("Renée");
    });
    it("should leave invalid enum values blank with a warning and keep the row", () => {
      const r = importFixtures(["invalid-enums.csv"]);
      expect(r.links).toHaveLength(1);
      expect(r.links[0]!.frequency).toBeUndefined();
      expect(r.links[0]!.status).toBeUndefined();
      expect(at(r, "warning").map((d) => d.column)).toEqual(["formality", "frequency", "status"]);
    });
    it("should keep an unknown type as a custom type", () => {
      const r = importFixtures(["unknown-type.csv"]);
      expect(r.links[0]!.other_types).toEqual(["juggling"]);
      expect(find(r, /not a support type/)).toMatchObject({ level: "warning" });
    });
    it("should never expand 'everything' to all four types", () => {
      const r = importFixtures(["ambiguous-everything.csv"]);
      expect(r.links[0]!.support_types).toEqual([]);
      expect(find(r, /never read as all four/)).toBeDefined();
    });
    it("should match a name written differently and read an empty supporter as 'nobody'", () => {
      const r = importFixtures(["names-written-differently.csv"]);
      expect(r.people.map((p) => p.name)).toEqual(["Amy Khan", "Sam Lee", "Ben Ode"]);
      expect(r.links).toHaveLength(2);
      expect(r.people.find((p) => p.name === "Ben Ode")).toMatchObject({ is_ect: true, map_status: "confirmed" });
      expect(r.people.find((p) => p.name === "Amy Khan")!.map_status).toBeUndefined();
    });
    it("should keep back a row whose giver is a formula, never making a person called =HYPERLINK(…)", () => {
      const r = importFixtures(["formula-cell.csv"]);
      expect(r.people.map((p) => p.id)).toEqual([]);
      expect(r.rejected).toMatchObject([{ file: "formula-cell.csv", row: 2 }]);
      expect(find(r, /giver "=HYPERLINK\("http:\/\/x"\)" is a spreadsheet formula/)).toMatchObject({
        level: "error",
        row: 2,
        column: "from_id",
      });
    });
    it("should reject people rows without ids or with repeated ids, and default what it can", () => {
      const r = importFixtures(["people-problems.csv"]);
      expect(r.people.map((p) => [p.id, p.name, p.is_ect])).toEqual([
        ["E1", "Amy", true],
        ["S1", "S1", false],
      ]);
      expect(r.rejected.map((x) => x.row)).toEqual([3, 4]);
      expect(at(r, "warning").map((d) => d.column)).toEqual(["name", "is_ect"]);
    });
    it("should leave bad numbers blank", () => {
      const r = importFixtures(["bad-numbers.csv"]);
      expect(r.links.map((l) => [l.minutes_per_month, l.trust])).toEqual([
        [undefined, undefined],
        [undefined, undefined],
      ]);
      expect(at(r, "warning")).toHaveLength(4);
    });
    it("should warn about values beyond the last column", () => {
      expect(find(importFixtures(["extra-cells.csv"]), /more values than the header/)).toMatchObject({ row: 2 });
    });
    it("should warn about an unclosed quote", () => {
      const r = importFixtures(["unclosed-quote.csv"]);
      expect(find(r, /never closed/)).toBeDefined();
    });
    it("should not lose a __proto__ column to the object prototype", () => {
      const r = importFixtures(["proto-column.csv"]);
      expect(r.people).toHaveLength(1);
      expect(r.diagnostics.some((d) => d.column === "__proto__")).toBe(true);
      expect(Object.getPrototypeOf(r.people[0])).toBe(Object.prototype);
    });
    it("should read an awkward survey: line breaks in cells, 'none', a missing name", () => {
      const r = importFixtures(["survey-awkward.csv"]);
      expect(r.links.filter((l) => l.to_id === "Amy").map((l) => [l.from_id, l.support_types])).toEqual([
        ["Sam", ["behaviour"]],
        ["Kim", ["behaviour", "psychosocial"]],
        ["Lee", ["psychosocial"]],
      ]);
      expect(r.people.find((p) => p.id === "Ben")).toMatchObject({ is_ect: true, map_status: "confirmed" });
      expect(r.rejected.map((x) => x.row)).toEqual([4]);
      expect(r.diagnostics.some((d) => d.column === "Favourite colour")).toBe(true);
    });
    it("should reject link rows missing their receiver or types", () => {
      const r = importFixtures(["links-missing-values.csv"]);
      expect(r.rejected.map((x) => x.row)).toEqual([3, 4]);
      expect(r.links).toHaveLength(0);
      expect(r.people.map((p) => p.id)).toEqual(["E1"]);
    });
  });
});

describe("columns with one header", () => {
  it("should name both columns and say which one was read", () => {
    const r = importText({ "people.csv": "id,name,is_ect,name,id\nE1,Amy Khan,yes,Amy K,X1\n" });
    const repeats = r.diagnostics.filter((d) => /Two columns are both headed/.test(d.message));
    expect(repeats.map((d) => d.message)).toEqual([
      'Two columns are both headed "name" (columns 2 and 4); the first (column 2) is used, and the second only where the first is blank. Rename one of them if both matter.',
      'Two columns are both headed "id" (columns 1 and 5); the first (column 1) is used, and the second only where the first is blank. Rename one of them if both matter.',
    ]);
    expect(r.people.map((p) => [p.id, p.name])).toEqual([["E1", "Amy Khan"]]);
  });
});

describe("plausible values", () => {
  const warningsAt = (r: ImportResult) =>
    at(r, "warning").map((d) => [d.file, d.row, d.column, d.message.replace(/;.*/, "")]);

  it("should leave a person's unbelievable capacity and experience blank, naming row and column, and exempt groups", () => {
    const r = importFixtures(["implausible-people.csv"]);
    const byId = new Map<string, (typeof r.people)[number]>(r.people.map((p) => [p.id, p]));
    expect(byId.get("S1")?.capacity).toBeUndefined();
    expect(byId.get("S1")?.capacity_minutes_per_month).toBeUndefined();
    expect(byId.get("S1")?.years_experience).toBeUndefined();
    // At the bounds: kept.
    expect(byId.get("S2")).toMatchObject({ capacity: 50, capacity_minutes_per_month: 10000, years_experience: 60 });
    // Groups (by kind, or by staff type alone) hold many ECTs and hours between their members.
    expect(byId.get("G1")).toMatchObject({ capacity: 200, capacity_minutes_per_month: 40000 });
    expect(byId.get("G2")).toMatchObject({ capacity: 120 });
    expect(byId.get("S3")?.capacity).toBeUndefined();
    expect(byId.get("S3")?.capacity_minutes_per_month).toBeUndefined();
    expect(byId.get("S3")?.years_experience).toBeUndefined();
    expect(warningsAt(r)).toEqual([
      ["implausible-people.csv", 3, "capacity", '"99999999999999999999" is far too large to be believable'],
      [
        "implausible-people.csv",
        3,
        "years_experience",
        '"75" is more than 60 years of experience, which is not believable (check for a stray digit)',
      ],
      [
        "implausible-people.csv",
        3,
        "capacity_minutes_per_month",
        '"20000" is more than 10,000 minutes a month, which is not believable (check for a stray digit)',
      ],
      [
        "implausible-people.csv",
        7,
        "years_experience",
        '"60.5" is more than 60 years of experience, which is not believable (check for a stray digit)',
      ],
      [
        "implausible-people.csv",
        7,
        "capacity",
        '"51" is more than 50 ECTs, which is not believable (check for a stray digit)',
      ],
      [
        "implausible-people.csv",
        7,
        "capacity_minutes_per_month",
        '"10001" is more than 10,000 minutes a month, which is not believable (check for a stray digit)',
      ],
    ]);
  });

  it("should leave unbelievable link minutes and dates before 1950 or after 2100 blank, naming row and column", () => {
    const r = importFixtures(["people-basic.csv", "implausible-links.csv"]);
    const [first, second] = r.links;
    expect(first?.minutes_per_month).toBeUndefined();
    expect(first?.started_on).toBeUndefined();
    expect(first?.last_contact).toBeUndefined();
    expect(second).toMatchObject({ minutes_per_month: 10000, started_on: "1950-01-01", last_contact: "2100-12-31" });
    expect(warningsAt(r).filter(([file]) => file === "implausible-links.csv")).toEqual([
      [
        "implausible-links.csv",
        2,
        "minutes_per_month",
        '"10001" is more than 10,000 minutes a month, which is not believable (check for a stray digit)',
      ],
      ["implausible-links.csv", 2, "started_on", '"1949-12-31" is before 1950, which is not believable'],
      ["implausible-links.csv", 2, "last_contact", '"2101-01-01" is after 2100, which is not believable'],
      [
        "implausible-links.csv",
        3,
        "from_id",
        '"S2" is not an id in the people file. The link is kept but not counted until you add this person or correct the id.',
      ],
    ]);
  });
});
