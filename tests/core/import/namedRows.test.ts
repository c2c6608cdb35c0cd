/**
 * "Same person?" says how often and where each spelling is written: on how many rows, each row once,
 * so "Gareth Lowe is written twice (rows 4, 8)" and never "three times (rows 4, 8, …)" when a row
 * names him in two questions.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importFiles } from "../../../src/core/index.ts";
import { ROOT } from "../../helpers/files.ts";

const ST_AIDANS = "excel-1252-semicolon-st-aidans.csv";
const read = () =>
  importFiles([
    { name: ST_AIDANS, bytes: new Uint8Array(readFileSync(join(ROOT, "tests", "fixtures", "surveys", ST_AIDANS))) },
  ]);

describe("the rows a spelling is written on", () => {
  it("should count a row that names someone in two questions once (St Aidan's: Gareth Lowe on rows 4 and 8)", () => {
    const spellings = read().samePeople.flatMap((p) => [p.keep, p.other]);
    const gareth = spellings.find((s) => s.name === "Gareth Lowe");
    expect(gareth).toBeDefined();
    expect(gareth?.where.map((w) => w.row)).toEqual([4, 8]);
    expect(gareth?.count).toBe(2);
  });

  it("should never list a row twice, and count every row it lists", () => {
    for (const p of read().samePeople)
      for (const s of [p.keep, p.other]) {
        const rows = s.where.map((w) => `${w.file}:${w.row}`);
        expect(new Set(rows).size).toBe(rows.length);
        expect(s.count).toBeGreaterThanOrEqual(rows.length);
      }
  });
});
