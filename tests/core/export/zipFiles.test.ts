import { strFromU8, unzipSync } from "fflate";
import { afterEach, describe, expect, it, vi } from "vitest";
import { zipTextFiles } from "../../../src/core/export/zipFiles.ts";
import { isZip } from "../../../src/core/import/zipped.ts";

describe("zipTextFiles", () => {
  const files = [
    { name: "people.csv", text: "id,name\np1,Zoë Ní Bhriain\n" },
    { name: "links.csv", text: "id,from,to\nl1,p1,p2\n" },
  ];

  it("holds every file, by name, with its text unchanged (accents included)", () => {
    const zip = zipTextFiles(files);
    expect(isZip(zip)).toBe(true);
    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual(["people.csv", "links.csv"]);
    expect(strFromU8(back["people.csv"] ?? new Uint8Array())).toBe(files[0]?.text);
    expect(strFromU8(back["links.csv"] ?? new Uint8Array())).toBe(files[1]?.text);
  });

  afterEach(() => vi.useRealTimers());

  it("makes the same bytes for the same files, whenever it is made", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 8, 1, 9, 0, 0));
    const autumn = zipTextFiles(files);
    vi.setSystemTime(new Date(2027, 2, 1, 16, 30, 10));
    expect(zipTextFiles(files)).toEqual(autumn);
  });
});
