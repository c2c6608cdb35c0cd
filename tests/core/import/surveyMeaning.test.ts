/**
 * What a survey's answers mean beyond names (W1, from a fresh-eyes import of the corpus): groups are
 * group nodes, a role the answer says is the link's role (so an induction tutor assesses), every row
 * note names its file, row and question column, "Mr Patel" kept apart is said, and notes come in
 * file and row order.
 */
import { describe, expect, it } from "vitest";
import type { Diagnostic, ImportResult } from "../../../src/core/index.ts";
import { analyse, buildNetwork, importFiles } from "../../../src/core/index.ts";
import { settings } from "../../helpers/builders.ts";

const HEADER = [
  "Your name",
  "Which school are you at?",
  "Who helps you understand how things work at school?",
  "Who helps you with behaviour?",
  "Who helps you with planning and teaching?",
  "Who do you talk to when things get hard?",
];
const ORG = HEADER[2]!;
const BEHAVIOUR = HEADER[3]!;
const WELLBEING = HEADER[5]!;

function survey(rows: readonly (readonly string[])[]): ImportResult {
  const quote = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  const text = [HEADER, ...rows].map((r) => r.map(quote).join(",")).join("\r\n");
  return importFiles([{ name: "survey.csv", text }]);
}
const noteLike = (r: ImportResult, start: string): Diagnostic[] =>
  r.diagnostics.filter((d) => d.message.startsWith(start) || d.message.includes(start));

describe("survey meaning", () => {
  describe("groups", () => {
    const r = survey([
      ["Priya Nair", "Hollinsfield", "Owen Price", "Owen Price", "Owen Price", "Calder Vale ECT group (Thursdays)"],
      [
        "Tom Birch",
        "Hollinsfield",
        "Mrs Groupman",
        "Sam (maths team)",
        "Owen Price",
        "Calder Vale ECT group (Thursdays)",
      ],
    ]);
    const kindOf = (name: string) => r.people.find((p) => p.name === name)?.kind;

    it("should make a supporter whose name says group a group node, and keep people people", () => {
      expect(kindOf("Calder Vale ECT group (Thursdays)")).toBe("group");
      expect(kindOf("Mrs Groupman")).toBe("person");
      expect(kindOf("Sam (maths team)")).toBe("person");
      expect(kindOf("Owen Price")).toBe("person");
    });

    it("should give links from a group the peer_group role", () => {
      const fromGroup = r.links.filter((l) => l.from_id === "Calder Vale ECT group (Thursdays)");
      expect(fromGroup.map((l) => l.link_role)).toEqual(["peer_group", "peer_group"]);
    });

    it("should say once, with file, row and column, that the name was read as a group", () => {
      const notes = noteLike(r, "was read as a group");
      expect(notes).toEqual([
        {
          level: "info",
          file: "survey.csv",
          row: 2,
          column: WELLBEING,
          message:
            '"Calder Vale ECT group (Thursdays)" was read as a group, not one person, because its name says "group". It is shown as a group on the map.',
        },
      ]);
    });

    it("should count links from the group as crossing, so CLOSED_NETWORK stays down", () => {
      const a = analyse(buildNetwork(r.people, r.linkStore), settings());
      expect(a.network.flags.map((f) => f.code)).not.toContain("CLOSED_NETWORK");
    });
  });

  describe("roles", () => {
    const r = survey([
      [
        "Priya Nair",
        "Hollinsfield",
        "my induction tutor",
        "Ravi Patel (my mentor)",
        "Owen Price",
        "my induction tutor",
      ],
      ["Tom Birch", "Hollinsfield", "Owen Price", "Owen Price", "Owen Price", "Owen Price"],
    ]);
    const roleOf = (from: string, to: string) => r.links.find((l) => l.from_id === from && l.to_id === to)?.link_role;

    it("should keep a role of docs/domain.md 3.3 that the answer names as the link's role", () => {
      expect(roleOf("my induction tutor (Priya Nair)", "Priya Nair")).toBe("induction_tutor");
      expect(roleOf("Ravi Patel", "Priya Nair")).toBe("ect_mentor");
      expect(roleOf("Owen Price", "Priya Nair")).toBeUndefined();
    });

    it("should say so in the log, with the question column", () => {
      const [named] = noteLike(r, 'Named by role: "my induction tutor"');
      expect(named?.column).toBe(ORG);
      expect(named?.message).toContain("Their link is recorded as Priya Nair's induction tutor.");
      const [mentor] = noteLike(r, "Ravi Patel (my mentor)");
      expect(mentor).toEqual({
        level: "info",
        file: "survey.csv",
        row: 2,
        column: BEHAVIOUR,
        message:
          '"Ravi Patel (my mentor)" was read as Ravi Patel, Priya Nair\'s mentor: the link is recorded in that role.',
      });
    });

    it("should keep 'Who do you help?' answers as the ECT's contribution, whatever role they name", () => {
      const text = `Your name,Who helps you with behaviour?,Who do you help?\r\nPriya Nair,Owen Price,my mentor`;
      const helps = importFiles([{ name: "survey.csv", text }]);
      expect(helps.links.find((l) => l.from_id === "Priya Nair")?.link_role).toBe("contribution");
      expect(noteLike(helps, "Named by role")[0]?.message).not.toContain("recorded as");
    });

    it("should raise WELLBEING_ONLY_FROM_ASSESSOR and NO_SAFE_SPACE when an induction tutor is all the wellbeing support", () => {
      const only = survey([["Priya Nair", "Hollinsfield", "my induction tutor", "", "", "my induction tutor"]]);
      const a = analyse(buildNetwork(only.people, only.linkStore), settings());
      const codes = a.ects.find((e) => e.id === "Priya Nair")?.flags.map((f) => f.code);
      expect(codes).toContain("WELLBEING_ONLY_FROM_ASSESSOR");
      expect(codes).toContain("NO_SAFE_SPACE");
      // Near miss: a named colleague for wellbeing, beside the tutor.
      const also = survey([
        ["Priya Nair", "Hollinsfield", "my induction tutor", "", "", "my induction tutor; Owen Price"],
      ]);
      const b = analyse(buildNetwork(also.people, also.linkStore), settings());
      const near = b.ects.find((e) => e.id === "Priya Nair")?.flags.map((f) => f.code);
      expect(near).not.toContain("WELLBEING_ONLY_FROM_ASSESSOR");
      expect(near).not.toContain("NO_SAFE_SPACE");
    });
  });

  describe("notes", () => {
    const r = survey([
      ["Tom Ridley", "Hollinsfield", "Mr Patel", "Anil Patel", "Vikram Patel", "Owen Price"],
      ["Dylan Pryce", "Hollinsfield", "nobody", "no one", "", "n/a"],
      ["Gemma Holroyd", "Hollinsfield", "Thomas Ridley", "my HoD", "Tom Ridley", "Owen Price"],
    ]);

    it("should name the question column of every row note", () => {
      const rowNotes = r.diagnostics.filter((d) => d.row !== undefined && d.row > 1);
      expect(rowNotes.length).toBeGreaterThanOrEqual(4);
      for (const d of rowNotes) expect(d.column, d.message).toBeDefined();
      expect(noteLike(r, "No supporters named")[0]?.column).toBe(ORG);
      expect(noteLike(r, "Named by role")[0]?.column).toBe(BEHAVIOUR);
      expect(noteLike(r, "Same person?")[0]?.column).toBeDefined();
    });

    it("should say where 'Mr Patel' was kept apart from the Patels named", () => {
      expect(noteLike(r, "kept apart")).toEqual([
        {
          level: "info",
          file: "survey.csv",
          row: 2,
          column: ORG,
          message:
            '"Mr Patel" kept apart: more than one Patel is named (Anil Patel and Vikram Patel); check if it is one of them.',
        },
      ]);
    });

    it("should not say it again once the lead has answered for every Patel", () => {
      const answered = importFiles(
        [{ name: "survey.csv", text: `${HEADER.join(",")}\r\nTom Ridley,H,Mr Patel,Anil Patel,Vikram Patel,` }],
        {
          samePeople: [
            { keep: "Mr Patel", other: "Anil Patel", same: false },
            { keep: "Mr Patel", other: "Vikram Patel", same: false },
          ],
        },
      );
      expect(noteLike(answered, "kept apart")).toEqual([]);
    });

    it("should list the notes by file, then row", () => {
      const rows = r.diagnostics.map((d) => d.row ?? 0);
      expect(rows).toEqual([...rows].sort((a, b) => a - b));
    });
  });
});
