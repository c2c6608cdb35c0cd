import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { typeOfQuestion } from "../../../src/core/import/questions.ts";
import {
  ALL_TYPES,
  importFiles,
  CORE_TYPES,
  questionnaire,
  questionnaireText,
  TYPE_HELP,
} from "../../../src/core/index.ts";
import { ONE_NAME_PER_LINE, QUESTIONNAIRE_TITLE } from "../../../src/core/collect/questionnaire.ts";
import { importText, ROOT } from "../../helpers/files.ts";
import { buildXlsx } from "../../helpers/xlsx.ts";

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csvRow = (cells: readonly string[]) => cells.map(csvCell).join(",");

describe("questionnaire", () => {
  describe("#questionnaire", () => {
    it("should ask every kind of support with the wording the importer recognises as that kind", () => {
      const q = questionnaire();
      const support = q.questions.filter((x) => x.kind === "support");
      expect(support.map((x) => x.type)).toEqual([...ALL_TYPES]);
      for (const x of support) expect(typeOfQuestion(x.text)).toBe(x.type);
    });

    it("should use exactly the headers of the survey template", () => {
      const template = readFileSync(join(ROOT, "data", "templates", "survey.csv"), "utf8").replace(/^\uFEFF/, "");
      const headers = template.trim().split(",");
      for (const x of questionnaire().questions.filter((y) => y.kind === "support")) expect(headers).toContain(x.text);
    });

    it("should say one name per line on every support question, and reuse the help texts", () => {
      for (const x of questionnaire().questions.filter((y) => y.kind === "support")) {
        expect(x.help).toContain(ONE_NAME_PER_LINE);
        const first = (TYPE_HELP[x.type ?? ""] ?? "").split(/[.(]/)[0]!.trimEnd();
        expect(x.help.startsWith(first)).toBe(true);
        expect(x.help).not.toMatch(/\d{4}|\{/);
      }
    });

    it("should leave out the optional questions when asked, and ask how often only when asked", () => {
      const kinds = (o: Parameters<typeof questionnaire>[0]) => questionnaire(o).questions.map((x) => x.type ?? x.kind);
      expect(kinds({})).toEqual(["respondent", "school", ...CORE_TYPES, "career", "gives"]);
      expect(kinds({ career: false, gives: false, howOften: true })).toEqual([
        "respondent",
        "school",
        ...CORE_TYPES,
        "howOften",
      ]);
    });

    it("should tell the ECT what is collected, who keeps it, and that outside names are not needed", () => {
      const intro = questionnaire().intro.join(" ");
      expect(intro).toMatch(/What is collected/);
      expect(intro).toMatch(/mentor lead/);
      expect(intro).toContain("you can write 'a friend' or 'family'");
    });
  });

  describe("#questionnaireText", () => {
    it("should print the title, then each question on a line of its own as Forms will use it", () => {
      const text = questionnaireText(questionnaire());
      expect(text.startsWith(`${QUESTIONNAIRE_TITLE}\n`)).toBe(true);
      for (const [i, x] of questionnaire().questions.entries()) expect(text).toContain(`\n${i + 1}. ${x.text}\n`);
    });
  });

  describe("a Google Forms export of the questionnaire", () => {
    const q = questionnaire();
    // Google Forms writes a timestamp and (when it collects them) email addresses first, then the
    // questions in order; answers with line breaks are quoted.
    const header = ["Timestamp", "Email address", ...q.questions.map((x) => x.text)];
    const answers: Record<string, string> = {
      respondent: "Amy Khan",
      school: "Castle Primary",
      organisational_literacy: "Jo Baker\nKim Lee",
      behaviour: "Kim Lee, Sam Ode",
      pedagogy: "Jo Baker",
      psychosocial: "no one",
      career: "",
      gives: "Ben Ray",
    };
    const row = [
      "2025/03/14 10:02:03 am GMT",
      "amy@example.org",
      ...q.questions.map((x) => answers[x.type ?? x.kind] ?? ""),
    ];
    const second = [
      "2025/03/14 11:00:00 am GMT",
      "ben@example.org",
      "Ben Ray",
      "Castle Primary",
      "Jo Baker",
      "",
      "",
      "",
      "",
      "",
    ];
    const csv = `${[header, row, second].map(csvRow).join("\r\n")}\r\n`;

    it("should import as a survey with no mapping, reading line breaks and commas", () => {
      const r = importText({ "responses.csv": csv });
      expect(r.files[0]?.shape).toBe("survey");
      expect(r.diagnostics.filter((d) => d.level === "error")).toEqual([]);
      const amy = r.people.find((p) => p.name === "Amy Khan");
      expect(amy?.is_ect).toBe(true);
      expect(amy?.school).toBe("Castle Primary");
      const to = (name: string) => r.links.filter((l) => l.to_id === amy?.id && l.from_id === name);
      expect(
        to("Jo Baker")
          .flatMap((l) => l.support_types)
          .sort(),
      ).toEqual(["organisational_literacy", "pedagogy"]);
      expect(
        to("Kim Lee")
          .flatMap((l) => l.support_types)
          .sort(),
      ).toEqual(["behaviour", "organisational_literacy"]);
      expect(to("Sam Ode").flatMap((l) => l.support_types)).toEqual(["behaviour"]);
      expect(r.links.filter((l) => l.to_id === amy?.id)).toHaveLength(3);
      // Email addresses and timestamps are not kept (data minimisation).
      expect(JSON.stringify(r.people)).not.toContain("example.org");
    });
  });
});

describe("a Microsoft Forms export of the questionnaire", () => {
  // "Open results in Excel": the form's own columns first, then each question as a column, every
  // text a shared string (`t="s"`), cells placed by reference.
  const q = questionnaire();
  const header = ["ID", "Start time", "Completion time", "Email", "Name", ...q.questions.map((x) => x.text)];
  const answers: Record<string, string> = {
    respondent: "Amy Khan",
    school: "Castle Primary",
    organisational_literacy: "Jo Baker",
    behaviour: "Kim Lee and Sam Ode",
    pedagogy: "my mentor",
    psychosocial: "Mum",
    gives: "Ben Ray",
  };
  const first = ["1", "", "", "anonymous", "Anonymous", ...q.questions.map((x) => answers[x.type ?? x.kind] ?? "")];
  const strings = [...new Set([...header, ...first])];
  const col = (i: number) => String.fromCharCode(65 + (i % 26)).padStart(i >= 26 ? 2 : 1, "A");
  const row = (r: number, cells: readonly string[]) =>
    `<row r="${r}">${cells
      .map((c, i) => (c === "" ? "" : `<c r="${col(i)}${r}" t="s"><v>${strings.indexOf(c)}</v></c>`))
      .join("")}</row>`;
  const bytes = buildXlsx({
    sheets: [{ name: "Sheet1", rows: row(1, header) + row(2, first) }],
    sharedStrings: strings,
  });

  it("should import as a survey with no mapping, leaving the form's own columns out in one line", () => {
    const r = importFiles([{ name: "Who supports you.xlsx", bytes }]);
    expect(r.files[0]?.shape).toBe("survey");
    expect(r.diagnostics.filter((d) => d.level === "error")).toEqual([]);
    expect(
      r.diagnostics.filter((d) => /form's own columns: ID, Start time, Completion time, Email, Name/.test(d.message)),
    ).toHaveLength(1);
    const names = (to: string) =>
      r.links
        .filter((l) => l.to_id === to)
        .map((l) => `${r.people.find((p) => p.id === l.from_id)?.name}: ${l.support_types.join(",")}`)
        .sort();
    expect(names("Amy Khan")).toEqual([
      "Jo Baker: organisational_literacy",
      "Kim Lee: behaviour",
      "Mum (Amy Khan): psychosocial",
      "Sam Ode: behaviour",
      "my mentor (Amy Khan): pedagogy",
    ]);
    expect(r.links.find((l) => l.to_id === "Ben Ray")).toMatchObject({
      from_id: "Amy Khan",
      link_role: "contribution",
    });
  });
});
