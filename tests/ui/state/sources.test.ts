import { describe, expect, it } from "vitest";
import type { InputFile, SameAnswer } from "../../../src/core/index.ts";
import { commit, historyOf, projectToJson, readProjectFile, redo, undo } from "../../../src/core/index.ts";
import { person } from "../../helpers/builders.ts";
import type { Sources } from "../../../src/ui/state/sources.ts";
import {
  answeredSchoolsSources,
  answeredSources,
  historyLabels,
  importedSources,
  projectOf,
  SAMPLE,
  sourcesOf,
  stepsBackToImport,
} from "../../../src/ui/state/sources.ts";

const file = (name: string): InputFile => ({ name, bytes: new Uint8Array([0x61]) });

const base: Sources = {
  files: [file("people.csv")],
  filesKey: 1,
  label: "Your data: people.csv",
  printed: "people.csv",
  edits: [],
  step: "import people.csv",
  options: {
    remembered: [{ header: ["a", "b"], mapping: {} }],
    samePeople: [{ keep: "p1", other: "p2", same: true }],
  },
};

describe("printed", () => {
  it("names an import's files after 'Data:' on paper, beside the label the tabs show", () => {
    const imported = importedSources(base, [file("Support survey (1-5).csv")], "replace", undefined);
    expect(imported.label).toBe("Your data: Support survey (1-5).csv");
    expect(imported.printed).toBe("Support survey (1-5).csv");
    expect(importedSources(imported, [file("b.csv")], "merge", undefined).printed).toBe(
      "Support survey (1-5).csv + b.csv",
    );
  });

  it("prints the sample by its name, and files added to it after that name", () => {
    expect(SAMPLE.printed).toBe("Aire and Calder Learning Trust (fictional sample)");
    expect(importedSources(SAMPLE, [file("a.csv")], "merge", undefined).printed).toBe(
      "Aire and Calder Learning Trust (fictional sample) + a.csv",
    );
  });

  it("is kept in a backup and comes back with it", async () => {
    const renamed = { ...base, label: "Your data: Trust survey", printed: "Trust survey" };
    const back = readProjectFile(projectToJson(await projectOf(renamed, []), "t"));
    expect(back.ok && sourcesOf(back.project, "open").printed).toBe("Trust survey");
  });

  it("names an older save's files by its label, which was all it kept", () => {
    const older = { files: [], edits: [], plan: [] };
    expect(sourcesOf({ ...older, label: "Your data: a.csv + b.csv" }, "open").printed).toBe("a.csv + b.csv");
    expect(sourcesOf({ ...older, label: "Our trust" }, "open").printed).toBe("Our trust");
  });
});

describe("importedSources", () => {
  it("replaces the files and edits, keeping what was learned about columns and people", () => {
    const next = importedSources(
      { ...base, edits: [{ op: "addPerson", person: person("x") }] },
      [file("new.csv")],
      "replace",
      undefined,
    );
    expect(next.files.map((f) => f.name)).toEqual(["new.csv"]);
    expect(next.edits).toEqual([]);
    expect(next.label).toBe("Your data: new.csv");
    expect(next.step).toBe("import new.csv");
    expect(next.options).toEqual(base.options);
    expect(next.filesKey).not.toBe(base.filesKey);
  });

  it("merges beside the files already there, naming both", () => {
    const next = importedSources(base, [file("a.csv"), file("b.csv")], "merge", undefined);
    expect(next.files.map((f) => f.name)).toEqual(["people.csv", "a.csv", "b.csv"]);
    expect(next.label).toBe("Your data: people.csv + a.csv, b.csv");
    expect(next.isSample).toBe(false);
  });

  it("has no options when nothing was chosen or learned", () => {
    const next = importedSources({ ...base, options: undefined }, [file("x.csv")], "replace", undefined);
    expect(next.options).toBeUndefined();
  });
});

describe("answeredSources", () => {
  it("replaces an older answer about the same pair, whichever way round", () => {
    const answer: SameAnswer = { keep: "p2", other: "p1", same: false };
    const next = answeredSources(base, [answer]);
    expect(next.options?.samePeople).toEqual([answer]);
    expect(next.step).toBe('answer "Same person?" (1)');
  });
});

describe("answeredSchoolsSources", () => {
  it("keeps 'Same school?' answers beside the others, a newer one replacing an older about the same pair", () => {
    const first = answeredSchoolsSources(base, [{ keep: "Brookside School", other: "Brookside", same: true }]);
    expect(first.step).toBe('answer "Same school?" (1)');
    expect(first.options?.samePeople).toEqual(base.options?.samePeople);
    const again = answeredSchoolsSources(first, [{ keep: "brookside", other: "BROOKSIDE SCHOOL", same: false }]);
    expect(again.options?.sameSchools).toEqual([{ keep: "brookside", other: "BROOKSIDE SCHOOL", same: false }]);
    // They carry over to the next import, as "Same person?" answers do.
    expect(importedSources(again, [file("new.csv")], "replace", undefined).options?.sameSchools).toEqual(
      again.options?.sameSchools,
    );
  });

  it("is taken back with its import by 'Undo this import'", () => {
    const imported = commit(historyOf({ ...base, step: "open the sample" }), base);
    const answered = commit(imported, answeredSchoolsSources(base, [{ keep: "A", other: "A School", same: true }]));
    const both = commit(answered, answeredSources(answered.present, [{ keep: "p1", other: "p2", same: false }]));
    expect(stepsBackToImport(both)).toBe(3);
  });
});

describe("historyLabels", () => {
  it("names the step to undo and to redo", () => {
    const one = commit(historyOf(base), { ...base, step: "add Maya Patel" });
    expect(historyLabels(one)).toMatchObject({ canUndo: true, canRedo: false, undoLabel: "add Maya Patel" });
    expect(historyLabels(one).redoLabel).toBeUndefined();
    const back = undo(one);
    expect(historyLabels(back)).toMatchObject({ canRedo: true, redoLabel: "add Maya Patel", lastStepIsImport: true });
    expect(historyLabels(redo(back)).lastStepIsImport).toBe(false);
  });
});

describe("stepsBackToImport", () => {
  const start: Sources = { ...base, step: "open the sample" };
  const imported = commit(historyOf(start), base);
  const answer: SameAnswer = { keep: "p1", other: "p3", same: false };

  it("keeps 'Undo this import' after answering its questions, and takes the answers back with it", () => {
    const answered = commit(imported, answeredSources(base, [answer]));
    const twice = commit(answered, answeredSources(answered.present, [answer]));
    expect(stepsBackToImport(imported)).toBe(1);
    expect(stepsBackToImport(answered)).toBe(2);
    expect(historyLabels(twice)).toMatchObject({ lastStepIsImport: true, importStepsBack: 3 });
    let back = twice;
    for (let n = stepsBackToImport(twice); n > 0; n--) back = undo(back);
    expect(back.present.step).toBe("open the sample");
  });

  it("is 0 once another kind of step follows the import", () => {
    const edited = commit(commit(imported, { ...base, step: "add Maya Patel" }), answeredSources(base, [answer]));
    expect(stepsBackToImport(edited)).toBe(0);
    expect(historyLabels(edited).lastStepIsImport).toBe(false);
    expect(stepsBackToImport(historyOf(start))).toBe(0);
  });
});

describe("projectOf", () => {
  it("reads the chosen files the page holds unread, so a backup has their bytes", async () => {
    const chosen = { name: "links.csv", blob: new Blob(["id,from,to\n"]), delimiter: "," as const };
    const p = await projectOf({ ...base, files: [file("people.csv"), chosen] }, []);
    expect(p.files).toEqual([
      file("people.csv"),
      { name: "links.csv", delimiter: ",", bytes: new TextEncoder().encode("id,from,to\n") },
    ]);
  });
});
