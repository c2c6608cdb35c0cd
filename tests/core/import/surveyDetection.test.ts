import { describe, expect, it } from "vitest";
import type { ColumnTarget } from "../../../src/core/import/columns.ts";
import { importFiles } from "../../../src/core/index.ts";
import { formColumnsMessage } from "../../../src/core/import/surveyColumns.ts";
import { formColumnsOf, guessColumns, recogniseLayout } from "../../../src/core/import/columns.ts";

/** A Microsoft Forms export as it comes (an open form: Name and Email are "Anonymous" or blank). */
const MS_HEADER = [
  "ID",
  "Start time",
  "Completion time",
  "Email",
  "Name",
  "Your name",
  "Which school are you based at?",
  "Who helps you understand how things work at school?",
  "Who helps you with behaviour?",
  "Who helps you with planning and teaching?",
  "Who do you talk to when things get hard?",
  "Anything else you'd like to tell us?",
];
const MS_ROWS = [
  [
    "1",
    "3/10/25 9:01:02",
    "3/10/25 9:04:40",
    "anonymous",
    "Anonymous",
    "Priya Sharma",
    "Hollinsfield Academy",
    "Owen Price",
    "Kirsty MacLeod",
    "Dev Mistry",
    "Owen Price; Linda Marsh",
    "",
  ],
  [
    "2",
    "3/10/25 9:11:00",
    "3/10/25 9:15:13",
    "anonymous",
    "Anonymous",
    "Tom Gallagher",
    "Hollinsfield Academy",
    "Owen Price",
    "Linda Marsh",
    "Dev Mistry",
    "Nobody",
    "All fine, thanks",
  ],
  [
    "3",
    "3/11/25 16:20:41",
    "3/11/25 16:29:02",
    "",
    "",
    "Aisha Begum",
    "Castleford Park",
    "Ruth Okafor",
    "Ruth Okafor",
    "Ruth Okafor",
    "Sam Ode",
    "",
  ],
];
const csv = (header: readonly string[], rows: readonly (readonly string[])[]) =>
  [header, ...rows]
    .map((r) => r.map((c) => (/[",;\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(","))
    .join("\n");

const GOOGLE_HEADER = [
  "Timestamp",
  "Email address",
  "Score",
  "What is your name?",
  "Which department/subject are you in?",
  "Are you ECT1 or ECT2?",
  "Who do you go to about how the school works?",
  "Who supports your teaching?",
  "Who do you go to about your wellbeing?",
  "Who helps you think about next steps in your career?",
  "Who do you help?",
  "Any other comments",
];
const GOOGLE_ROWS = [
  [
    "2025/03/10 16:01:00",
    "priya@example.org",
    "",
    "Priya Sharma",
    "Science",
    "ECT1",
    "Owen Price",
    "Dev Mistry",
    "Owen Price",
    "",
    "Tom Gallagher",
    "",
  ],
  [
    "2025/03/10 16:05:00",
    "tom@example.org",
    "",
    "Tom Gallagher",
    "English",
    "ECT2",
    "Owen Price",
    "Linda Marsh",
    "Priya Sharma",
    "Linda Marsh",
    "",
    "no",
  ],
];

const kinds = (cols: readonly (ColumnTarget | undefined)[]) =>
  cols.map((c) =>
    c?.kind === "type" ? c.type : c?.kind === "dropped" ? (c.metadata ? "metadata" : "dropped") : c?.kind,
  );

describe("survey detection", () => {
  describe("#recogniseLayout", () => {
    it("should read a Microsoft Forms export as a survey with no mapping, ID and Name as the form's own columns", () => {
      const layout = recogniseLayout(MS_HEADER, undefined, MS_ROWS);
      expect(layout.ok && layout.shape).toBe("survey");
      if (!layout.ok) return;
      expect(kinds(layout.columns)).toEqual([
        "metadata",
        "metadata",
        "metadata",
        "metadata",
        "metadata",
        "respondent",
        "ectSchool",
        "organisational_literacy",
        "behaviour",
        "pedagogy",
        "psychosocial",
        "dropped",
      ]);
      expect(formColumnsMessage(formColumnsOf(MS_HEADER, layout.columns))).toBe(
        "Left out the form's own columns: ID, Start time, Completion time, Email, Name.",
      );
      const free = layout.columns[11];
      expect(free?.kind === "dropped" && free.why).toMatch(/free-text/);
    });

    it("should read a Google Forms export as a survey with no mapping", () => {
      const layout = recogniseLayout(GOOGLE_HEADER, undefined, GOOGLE_ROWS);
      expect(layout.ok && layout.shape).toBe("survey");
      if (!layout.ok) return;
      expect(kinds(layout.columns)).toEqual([
        "metadata",
        "metadata",
        "metadata",
        "respondent",
        "ectDepartment",
        "ectYear",
        "organisational_literacy",
        "pedagogy",
        "psychosocial",
        "career",
        "helps",
        "dropped",
      ]);
    });

    it("should take a bare Name with real names as the ECT's name", () => {
      const layout = recogniseLayout(
        ["ID", "Name", "Who helps you with behaviour?", "Who supports your teaching?"],
        undefined,
        [["1", "Priya Sharma", "Owen", "Dev"]],
      );
      expect(layout.ok && kinds(layout.columns)).toEqual(["metadata", "respondent", "behaviour", "pedagogy"]);
    });

    it("should not take 'Name of mentor' as the respondent", () => {
      const layout = recogniseLayout([
        "Name of mentor",
        "Who helps you with behaviour?",
        "Who supports your teaching?",
      ]);
      expect(layout.ok).toBe(false);
      expect(!layout.ok && layout.message).toMatch(/needs the ECT's name/);
    });

    it.each([
      ["Your name", "respondent"],
      ["Your full name", "respondent"],
      ["Name of ECT", "respondent"],
      ["Full name", "respondent"],
      ["ECT name", "respondent"],
      ["School", "ectSchool"],
      ["Your school", "ectSchool"],
      ["Which school do you work in?", "ectSchool"],
      ["Department", "ectDepartment"],
      ["Subject", "ectDepartment"],
      ["ECT year", "ectYear"],
      ["Which year of induction are you in?", "ectYear"],
      ["Comments", "dropped"],
      ["Last modified time", "metadata"],
      ["Total points", "metadata"],
      ["Quiz feedback", "metadata"],
      ["Points - Who helps you with behaviour?", "metadata"],
      ["Feedback - Who helps you with behaviour?", "metadata"],
    ])("should read %j beside two questions as %s", (header, kind) => {
      const questions = ["Who helps you with behaviour?", "Who supports your teaching?"];
      // A name column is read alone; any other beside "Your name".
      const full = kind === "respondent" ? [header, ...questions] : ["Your name", ...questions, header];
      const layout = recogniseLayout(full);
      expect(layout.ok).toBe(true);
      if (!layout.ok) return;
      expect(kinds(layout.columns)[full.indexOf(header)]).toBe(kind);
    });

    it("should still read a people file with ID and Name as one", () => {
      const layout = recogniseLayout(["ID", "Name", "is_ect", "School"]);
      expect(layout.ok && layout.shape).toBe("people");
    });

    it("should read a survey once its columns are mapped, whatever the ID and Name columns look like", () => {
      const header = ["ID", "Name", "Respondent's full name", "Who lifts you up?", "Who shows you the ropes?"];
      const mapping = {
        "Respondent's full name": "respondent",
        "Who lifts you up?": "psychosocial",
        "Who shows you the ropes?": "organisational_literacy",
      };
      const layout = recogniseLayout(header, mapping, [["1", "Anonymous", "Amy", "Kim", "Sam"]]);
      expect(layout.ok && layout.shape).toBe("survey");
    });

    it("should never read a form's export as a people file, even before its questions are mapped", () => {
      const header = ["ID", "Start time", "Completion time", "Email", "Name", "Your name", "Who shows you the ropes?"];
      const rows = [["1", "x", "y", "anonymous", "Anonymous", "Amy", "Kim"]];
      const layout = recogniseLayout(header, undefined, rows);
      expect(!layout.ok && layout.message).toMatch(
        /A survey needs at least one question.*perhaps "Who shows you the ropes\?"/,
      );
      expect(guessColumns(header, rows).map((g) => g.choice)).toEqual([
        "ignore",
        "ignore",
        "ignore",
        "ignore",
        "ignore",
        "respondent",
        "ignore",
      ]);
      const mapped = recogniseLayout(header, { "Who shows you the ropes?": "organisational_literacy" }, rows);
      expect(mapped.ok && mapped.shape).toBe("survey");
    });

    it("should say which part is missing and which column could hold it", () => {
      const layout = recogniseLayout(["Your name", "Who lifts you up?"], {
        "Who lifts you up?": "psychosocial",
        "Your name": "ignore",
      });
      expect(!layout.ok && layout.message).toMatch(
        /A survey needs the ECT's name: choose "The ECT's name" for one column \(perhaps "Your name"\)/,
      );
      const noQuestion = recogniseLayout(["Your name", "Who lifts you up?"], { "Your name": "respondent" });
      expect(!noQuestion.ok && noQuestion.message).toMatch(/at least one question.*\(perhaps "Who lifts you up\?"\)/);
    });

    it("should keep the sample survey and template recognised", () => {
      const sample = [
        "Timestamp",
        "Email address",
        "Your name",
        "Your school",
        "Who helps you understand how things work in your school?",
        "Who helps you with behaviour?",
        "Who helps you with your teaching?",
        "Who do you talk to when things are hard?",
      ];
      const layout = recogniseLayout(sample);
      expect(layout.ok && kinds(layout.columns)).toEqual([
        "metadata",
        "metadata",
        "respondent",
        "ectSchool",
        "organisational_literacy",
        "behaviour",
        "pedagogy",
        "psychosocial",
      ]);
    });
  });

  describe("#guessColumns", () => {
    it("should give each column three values and Mosaic's guess, with the choices made kept", () => {
      const header = ["Respondent", "Who lifts you up?", "Who helps you with behaviour?", "ID"];
      const rows = [
        ["Amy", "Kim", "Sam", "1"],
        ["Ben", "", "Sam", "2"],
        ["Cat", "Jo", "Al", "3"],
        ["Dan", "Li", "Al", "4"],
      ];
      const guesses = guessColumns(header, rows, { "Who helps you with behaviour?": "pedagogy" });
      expect(guesses).toEqual([
        { header: "Respondent", samples: ["Amy", "Ben", "Cat"], choice: "respondent", recognised: true },
        { header: "Who lifts you up?", samples: ["Kim", "Jo", "Li"], choice: "ignore", recognised: false },
        {
          header: "Who helps you with behaviour?",
          samples: ["Sam", "Sam", "Al"],
          choice: "pedagogy",
          recognised: true,
        },
        {
          header: "ID",
          samples: ["1", "2", "3"],
          choice: "ignore",
          recognised: true,
          note: "it is the form's own column",
        },
      ]);
    });
  });

  describe("#importFiles", () => {
    it("should import a Microsoft Forms export with one info line's worth of form columns and the school kept", () => {
      const r = importFiles([{ name: "forms.csv", text: csv(MS_HEADER, MS_ROWS) }]);
      expect(r.files[0]!.shape).toBe("survey");
      expect(r.diagnostics.filter((d) => d.level === "error")).toEqual([]);
      expect(r.people.find((p) => p.name === "Priya Sharma")!.school).toBe("Hollinsfield Academy");
      expect(r.links.filter((l) => l.to_id === "Priya Sharma")).toHaveLength(4);
      expect(r.files[0]!.guesses).toBeUndefined();
    });
    it("should import a Google Forms export with the ECT's department and year, and whom they help", () => {
      const r = importFiles([{ name: "google.csv", text: csv(GOOGLE_HEADER, GOOGLE_ROWS) }]);
      expect(r.files[0]!.shape).toBe("survey");
      expect(r.diagnostics.filter((d) => d.level === "error")).toEqual([]);
      const toTom = r.links.filter((l) => l.to_id === "Tom Gallagher");
      expect(toTom).toHaveLength(3);
      // Priya says she helps Tom, and Tom names Priya for wellbeing: one link, her contribution.
      expect(toTom.find((l) => l.from_id === "Priya Sharma")).toMatchObject({
        support_types: ["psychosocial"],
        link_role: "contribution",
      });
      expect(r.people.find((p) => p.name === "Priya Sharma")).toMatchObject({ department: "Science", ect_year: 1 });
    });
    it("should keep a school column mapped by hand (as the ECT's school, or the people field's name)", () => {
      const text =
        "Your name,Where are you?,Who helps you with behaviour?,Who supports your teaching?\nAmy,Hill School,Kim,Sam\n";
      for (const choice of ["ectSchool", "school"]) {
        const r = importFiles([{ name: "s.csv", text }], { mapping: { "Where are you?": choice } });
        expect(r.people.find((p) => p.name === "Amy")!.school).toBe("Hill School");
      }
    });
    it("should give the guesses of a file it could not read", () => {
      const r = importFiles([{ name: "odd.csv", text: "Respondent,Who lifts you up?\nAmy,Kim\n" }]);
      expect(r.files[0]!.guesses?.map((g) => g.choice)).toEqual(["respondent", "ignore"]);
    });
  });

  describe("#formColumnsMessage", () => {
    it("should make one line of the form's own columns", () => {
      expect(formColumnsMessage(["ID", "Start time", "Completion time"])).toBe(
        "Left out the form's own columns: ID, Start time, Completion time.",
      );
      expect(formColumnsMessage(["Timestamp"])).toBe("Left out the form's own column: Timestamp.");
      expect(formColumnsMessage([])).toBeUndefined();
    });
  });
});
