import { strFromU8, strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { zipTextFiles } from "../../../src/core/export/zipFiles.ts";
import { csvsInZip } from "../../../src/core/import/zipOfCsvs.ts";

const text = (bytes: Uint8Array | undefined) => strFromU8(bytes ?? new Uint8Array());

describe("csvsInZip", () => {
  it("opens Mosaic's own export into people.csv and links.csv, so it imports back in one go", () => {
    const zip = zipTextFiles([
      { name: "people.csv", text: "id,name\np1,Maya\n" },
      { name: "links.csv", text: "id,from,to\n" },
    ]);
    const files = csvsInZip(zip) ?? [];
    expect(files.map((f) => f.name)).toEqual(["people.csv", "links.csv"]);
    expect(text(files[0]?.bytes)).toBe("id,name\np1,Maya\n");
  });

  it("drops folders from names and skips macOS metadata copies", () => {
    const zip = zipSync({
      "export/people.csv": strToU8("a"),
      "export/links.csv": strToU8("b"),
      "__MACOSX/export/._people.csv": strToU8("x"),
    });
    expect(csvsInZip(zip)?.map((f) => f.name)).toEqual(["people.csv", "links.csv"]);
  });

  it("leaves whole a zip of one CSV (Google Forms), a workbook, a zip too big, and what is not a zip", () => {
    expect(csvsInZip(zipSync({ "Responses.csv": strToU8("a,b") }))).toBeUndefined();
    expect(
      csvsInZip(zipSync({ "xl/workbook.xml": strToU8("<w/>"), "a.csv": strToU8("a"), "b.csv": strToU8("b") })),
    ).toBeUndefined();
    expect(csvsInZip(zipSync({ "a.csv": strToU8("aaaa"), "b.csv": strToU8("bbbb") }), 5)).toBeUndefined();
    expect(csvsInZip(strToU8("id,name\n"))).toBeUndefined();
    expect(csvsInZip(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9]))).toBeUndefined();
  });
});
