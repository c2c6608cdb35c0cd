import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Edit, PersonId, Project } from "../../../src/core/index.ts";
import { projectToJson, readProject, readProjectFile } from "../../../src/core/index.ts";
import { link, person } from "../../helpers/builders.ts";

const project: Project = {
  label: "Our trust",
  files: [
    { name: "people.csv", bytes: new Uint8Array([0xef, 0xbb, 0xbf, 0x69, 0x64, 0x0a, 0xe9, 0x00, 0xff]) },
    { name: "links.csv", text: "from_id,to_id\n", delimiter: ";" },
  ],
  options: { ectName: "Maya" },
  settings: { as_of_date: "2025-03-14" },
  edits: [
    { op: "addPerson", person: person("N", { name: "Nadia" }) },
    { op: "addLink", link: link("N", "E01", ["psychosocial"], { link_id: "me-1", visibility: "private" }) },
    { op: "updatePerson", id: "N" as PersonId, changes: { school: null } },
  ],
  plan: [
    {
      from: "P09" as PersonId,
      to: "E05" as PersonId,
      supportTypes: ["psychosocial"],
      reasons: ["same school"],
      source: "optimiser",
      agreement: "agrees",
    },
    {
      from: "P10" as PersonId,
      to: "E05" as PersonId,
      supportTypes: ["behaviour"],
      reasons: ["same school"],
      source: "suggestion",
      agreement: "rather_not",
    },
  ],
};

const empty = { files: [], edits: [], plan: [] };

describe("projectFile", () => {
  it("should give back exactly what was saved, file bytes included", () => {
    const r = readProjectFile(projectToJson(project, "2025-03-14T10:00:00Z"));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.problems).toEqual([]);
    expect(r.project.files[0]!.bytes).toEqual(project.files[0]!.bytes);
    expect(r.project.files[1]).toEqual(project.files[1]);
    expect(JSON.parse(JSON.stringify(r.project.edits))).toEqual(JSON.parse(JSON.stringify(project.edits)));
    expect(r.project.plan).toEqual(project.plan);
    expect(r.project).toMatchObject({
      label: "Our trust",
      options: { ectName: "Maya" },
      savedAt: "2025-03-14T10:00:00Z",
    });
  });
  it("should round-trip any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        const r = readProjectFile(projectToJson({ ...project, files: [{ name: "x.csv", bytes }] }, "t"));
        expect(r.ok && r.project.files[0]!.bytes).toEqual(bytes);
      }),
    );
  });
  it("should migrate a version 1 record (files only) to a project with no edits", () => {
    const r = readProject({
      version: 1,
      savedAt: "s",
      label: "Old",
      files: [{ name: "a.csv", text: "id\n" }],
      settings: {},
    });
    expect(r).toMatchObject({
      ok: true,
      project: { label: "Old", edits: [], plan: [], files: [{ name: "a.csv", text: "id\n" }] },
    });
  });
  it("should migrate a version 2 plan, whose proposals have no answer yet, and read version 3 answers", () => {
    const proposal = { from: "P09", to: "E05", supportTypes: ["psychosocial"], reasons: [], source: "optimiser" };
    const v2 = readProject({ format: "mosaic-project", version: 2, files: [], edits: [], plan: [proposal] });
    expect(v2.ok && v2.project.plan[0]!.agreement).toBeUndefined();
    const v3 = readProject({
      format: "mosaic-project",
      version: 3,
      files: [],
      edits: [],
      plan: [
        { ...proposal, agreement: "agrees" },
        { ...proposal, to: "E06", agreement: "maybe" },
      ],
    });
    expect(v3.ok && v3.project.plan.map((p) => p.agreement)).toEqual(["agrees", undefined]);
  });
  it("should keep what a printed page says after 'Data:', and read older files with none", () => {
    const back = readProjectFile(projectToJson({ label: "Your data: a.csv", printed: "a.csv", ...empty }, "t"));
    expect(back.ok && back.project.printed).toBe("a.csv");
    const older = readProjectFile(projectToJson({ label: "Your data: a.csv", ...empty }, "t"));
    expect(older.ok && "printed" in older.project).toBe(false);
  });
  it("should keep version 4's answers to 'Same school?' through a backup, and read older files with none", () => {
    const sameSchools = [{ keep: "Brookside School", other: "Brookside", same: true }];
    const back = readProjectFile(
      projectToJson({ label: "B", files: [], edits: [], plan: [], options: { sameSchools } }, "t"),
    );
    expect(back.ok && back.project.options?.sameSchools).toEqual(sameSchools);
    expect(JSON.parse(projectToJson({ label: "B", files: [], edits: [], plan: [] }, "t")).version).toBe(4);
    const v3 = readProject({ format: "mosaic-project", version: 3, files: [], edits: [], plan: [], options: {} });
    expect(v3.ok && v3.project.options).toEqual({});
    expect(v3.ok && v3.problems).toEqual([]);
  });
  it("should leave out answers to 'Same school?' that are not two names and a yes or no, and say so", () => {
    const r = readProject({
      format: "mosaic-project",
      version: 4,
      files: [],
      edits: [],
      plan: [],
      options: {
        samePeople: [{ keep: "a", other: "b", same: true }],
        sameSchools: [{ keep: "St Marys", other: "St Mary's", same: false }, { keep: "X" }, 7],
      },
    });
    expect(r.ok && r.project.options).toEqual({
      samePeople: [{ keep: "a", other: "b", same: true }],
      sameSchools: [{ keep: "St Marys", other: "St Mary's", same: false }],
    });
    expect(r.ok && r.problems).toEqual([
      '2 answers to "Same school?" could not be read, so those pairs are asked again.',
    ]);
  });
  it("should keep what it can of a damaged file and say what it left out", () => {
    const r = readProject({
      format: "mosaic-project",
      version: 2,
      files: [{ name: "ok.csv", text: "id\n" }, { text: "no name" }, { name: "bad.csv", base64: "%%%" }],
      edits: [{ op: "removePerson", id: "A" }, { op: "explode" }] as unknown as Edit[],
      plan: [{ from: "A" }],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.project.files.map((f) => f.name)).toEqual(["ok.csv"]);
    expect(r.project.edits).toHaveLength(1);
    expect(r.problems.join(" ")).toMatch(/File 2.*no name.*bad\.csv.*damaged.*Change 2.*not an edit.*1 proposed links/);
  });
  it("should refuse what is not a project, or is from a newer Mosaic", () => {
    expect(readProjectFile("not json")).toMatchObject({ ok: false, message: /not valid JSON/ });
    expect(readProjectFile("[]")).toMatchObject({ ok: false, message: /not a Mosaic project/ });
    expect(readProjectFile('{"format":"other","version":2}')).toMatchObject({ ok: false });
    expect(readProjectFile('{"format":"mosaic-project","version":9}')).toMatchObject({
      ok: false,
      message: /newer Mosaic/,
    });
  });
});
