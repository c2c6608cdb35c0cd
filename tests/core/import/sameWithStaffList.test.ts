/**
 * "Same person?" asks the same questions with or without the school's staff list (a people file):
 * a reviewer's Forms export named "Jessica Hartley", "Jess Hatley", "Mrs Hartley" and "Mr Khan",
 * and with the staff list ("Jess Hartley", "Imran Khan") only two were asked, one with a false
 * reason, and the rest stayed separate supporters. The staff-list person is the one kept.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ImportResult, SameAnswer } from "../../../src/core/index.ts";
import { importFiles } from "../../../src/core/index.ts";
import { fileAt, ROOT } from "../../helpers/files.ts";

const DIR = join(ROOT, "tests", "fixtures", "surveys");
const SURVEY = "ms-forms-harefield.csv";
const STAFF = "ms-forms-harefield.people.csv";

function read(withStaff: boolean, samePeople: readonly SameAnswer[] = []): ImportResult {
  const files = withStaff ? [fileAt(DIR, SURVEY), fileAt(DIR, STAFF)] : [fileAt(DIR, SURVEY)];
  return importFiles(files, { samePeople });
}

/** Each question as "keep | other". */
const asked = (r: ImportResult) => r.samePeople.map((p) => `${p.keep.name} | ${p.other.name}`);
/** Every answer "the same person", keeping the spelling Mosaic would keep. */
const yes = (r: ImportResult): SameAnswer[] =>
  r.samePeople.map((p) => ({ keep: p.keep.name, other: p.other.name, same: true }));

/** How many ECTs each named supporter supports (contributions aside). */
function ectsSupported(r: ImportResult): Record<string, number> {
  const byId = new Map(r.people.map((p) => [p.id, p]));
  const ects = new Map<string, Set<string>>();
  for (const l of r.links) {
    const giver = byId.get(l.from_id);
    if (!giver || giver.unnamed !== undefined || l.link_role === "contribution") continue;
    ects.set(giver.name, (ects.get(giver.name) ?? new Set()).add(l.to_id));
  }
  return Object.fromEntries([...ects].map(([name, s]) => [name, s.size]));
}

/** The reviewer's hand count, after answering "the same person" to the right questions. */
const HAND_COUNT = {
  "Jess Hartley": 14,
  "Imran Khan": 9,
  "Tom Reed": 9,
  "Helen Marsh": 7,
  "Priya Nair": 6,
  "Siobhán Kelly": 5,
  "Robert Greene": 4,
  "Dave Wood": 3,
  "Harefield ECT group": 3,
};

const FIRST_ROUND = [
  "Jess Hartley | Jessica Hartley",
  "Jess Hartley | Jess Hatley",
  "Imran Khan | Mr Khan",
  "Priya Nair | Priya",
  "Robert Greene | Rob Greene",
];
const SECOND_ROUND = ["Jess Hartley | Mrs Hartley", "Jess Hartley | Jess"];

describe("Same person? with a staff list", () => {
  it.each([false, true])("should ask the same questions in each round, staff list read: %s", (withStaff) => {
    const first = read(withStaff);
    expect(asked(first)).toEqual(FIRST_ROUND);
    const second = read(withStaff, yes(first));
    expect(asked(second)).toEqual(SECOND_ROUND);
    const done = read(withStaff, [...yes(first), ...yes(second)]);
    expect(asked(done)).toEqual([]);
    expect(ectsSupported(done)).toEqual(HAND_COUNT);
  });

  it("should keep the staff-list person, id and all, and give only true reasons", () => {
    const first = read(true);
    for (const q of first.samePeople) expect(q.keep.listed).toBe(true);
    expect(first.samePeople.some((q) => q.other.listed === true)).toBe(false);
    // Two Hartleys are named (Jess in the staff list, Jessica in the answers): not "the only Hartley".
    expect(first.samePeople.map((q) => q.why).join("\n")).not.toContain("the only Hartley");
    expect(first.diagnostics.map((d) => d.message)).toContain(
      `"Mrs Hartley" kept apart: more than one Hartley is named (Jess Hartley and Jessica Hartley); check if it is one of them.`,
    );
    const done = read(true, [...yes(first), ...yes(read(true, yes(first)))]);
    const supporters = done.people.filter((p) => !p.is_ect && p.unnamed === undefined && p.kind === "person");
    expect(supporters.map((p) => `${p.id} ${p.name}`).sort()).toEqual([
      "S01 Jess Hartley",
      "S02 Tom Reed",
      "S03 Imran Khan",
      "S04 Priya Nair",
      "S05 Siobhán Kelly",
      "S06 Robert Greene",
      "S07 Helen Marsh",
      "S08 Dave Wood",
    ]);
  });

  it("should join a name into the staff-list person even when the lead chose to call them by the other spelling", () => {
    // "The same person: call them Jessica Hartley": the staff list still says who they are (S01).
    const turned = [...FIRST_ROUND, ...SECOND_ROUND].map((q) => {
      const [keep = "", other = ""] = q.split(" | ");
      return { keep: other, other: keep, same: true };
    });
    const r = read(true, turned);
    expect(asked(r)).toEqual([]);
    expect(ectsSupported(r)).toEqual(HAND_COUNT);
    expect(r.people.find((p) => p.name === "Jess Hartley")?.id).toBe("S01");
  });

  it("should give the same people and links when imported again with the saved answers", () => {
    const first = read(true);
    const answers = [...yes(first), ...yes(read(true, yes(first)))];
    const once = read(true, answers);
    const again = read(true, answers);
    const shape = (r: ImportResult) => ({
      people: r.people.map((p) => `${p.id} ${p.name}`),
      links: r.links.map((l) => `${l.from_id} > ${l.to_id}: ${[...l.support_types].join(",")}`),
    });
    expect(shape(again)).toEqual(shape(once));
  });

  it("should say in which file a staff-list person is written when only the staff list names them", () => {
    const survey = "Your name,Who helps you with behaviour?\nAmelia Brooks,Mr Okafor\n";
    const staff = "id,name,is_ect\nS01,Jess Hartley,no\nS02,Chidi Okafor,no\n";
    const r = importFiles([
      { name: "survey.csv", text: survey },
      { name: "staff.csv", text: staff },
    ]);
    expect(asked(r)).toEqual(["Chidi Okafor | Mr Okafor"]);
    expect(r.samePeople[0]?.keep).toMatchObject({ count: 0, where: [{ file: "staff.csv", row: 3 }], listed: true });
    expect(r.diagnostics.map((d) => d.message)).toContain(
      `Same person? "Chidi Okafor" (staff.csv row 3) and "Mr Okafor" (row 2): "Mr Okafor" could be Chidi Okafor (the only Okafor named). Both are kept until you answer, so the figures may change.`,
    );
  });
});
