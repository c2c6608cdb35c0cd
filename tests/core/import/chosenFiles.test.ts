import { strFromU8, strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { zipTextFiles } from "../../../src/core/export/zipFiles.ts";
import { openChosenFiles } from "../../../src/core/import/chosenFiles.ts";
import type { ByteStream } from "../../../src/core/import/fileText.ts";
import { importFiles } from "../../../src/core/import/importFiles.ts";

const PEOPLE = "id,name,is_ect\nE1,Maya Patel,yes\nP1,Sam Lee,no\n";
const LINKS = "from_id,to_id,support_types\nP1,E1,pedagogy\n";
const exported = () =>
  zipTextFiles([
    { name: "people.csv", text: PEOPLE },
    { name: "links.csv", text: LINKS },
  ]);

/** `bytes` as the CLI streams a file: in chunks of `size` bytes, counting how often it is opened. */
function chunked(bytes: Uint8Array, size: number): ByteStream & { opened: () => number } {
  let opened = 0;
  return {
    size: bytes.length,
    opened: () => opened,
    *open() {
      opened += 1;
      for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
    },
  };
}

describe("openChosenFiles", () => {
  it("opens Mosaic's own zip into its two CSVs, whether held whole or streamed in small chunks", () => {
    for (const file of [
      { name: "mosaic-people-and-links.zip", bytes: exported() },
      { name: "mosaic-people-and-links.zip", stream: chunked(exported(), 3) },
    ]) {
      const opened = openChosenFiles([file]);
      expect(opened.map((f) => f.name)).toEqual(["people.csv", "links.csv"]);
      expect(opened.map((f) => strFromU8(f.bytes ?? new Uint8Array()))).toEqual([PEOPLE, LINKS]);
    }
  });

  it("imports the zip as the two CSVs import", () => {
    const fromZip = importFiles(openChosenFiles([{ name: "mosaic-people-and-links.zip", bytes: exported() }]));
    const fromCsvs = importFiles([
      { name: "people.csv", text: PEOPLE },
      { name: "links.csv", text: LINKS },
    ]);
    expect(fromZip.people).toEqual(fromCsvs.people);
    expect(fromZip.links).toEqual(fromCsvs.links);
    expect(fromZip.links).toHaveLength(1);
  });

  it("gives the zip's encoding and delimiter overrides to each CSV inside", () => {
    const opened = openChosenFiles([{ name: "x.zip", bytes: exported(), encoding: "windows-1252", delimiter: ";" }]);
    expect(opened.map((f) => [f.name, f.encoding, f.delimiter])).toEqual([
      ["people.csv", "windows-1252", ";"],
      ["links.csv", "windows-1252", ";"],
    ]);
  });

  it("keeps every other file as it was given: a CSV stream unread past its start, text, one zipped CSV, a damaged zip", () => {
    const csv = { name: "people.csv", stream: chunked(strToU8(PEOPLE), 4) };
    const text = { name: "links.csv", text: LINKS };
    const forms = { name: "Responses.zip", bytes: zipSync({ "Responses.csv": strToU8("a,b\n") }) };
    const damaged = { name: "broken.zip", bytes: exported().subarray(0, 60) };
    const opened = openChosenFiles([csv, text, forms, damaged]);
    expect(opened).toEqual([csv, text, forms, damaged]);
    expect(opened[0]).toBe(csv);
    expect(csv.stream.opened()).toBe(1);
  });

  it("leaves a damaged zip for the import to name and explain", () => {
    const damaged = { name: "broken.zip", bytes: exported().subarray(0, 60) };
    const result = importFiles(openChosenFiles([damaged]));
    const error = result.diagnostics.find((d) => d.level === "error");
    expect(error).toMatchObject({ file: "broken.zip" });
    expect(error?.message).toMatch(/could not be opened/);
  });
});
