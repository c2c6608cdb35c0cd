import { describe, expect, it } from "vitest";
import { memoise } from "../../../src/core/import/memo.ts";

/** A reader that counts its calls: "not a date" for text without a digit, the text's length otherwise. */
function countedReader(): { read: (raw: string) => number | undefined; calls: () => number } {
  let calls = 0;
  return {
    read: (raw) => {
      calls++;
      return /\d/.test(raw) ? raw.length : undefined;
    },
    calls: () => calls,
  };
}

describe("memoise", () => {
  it("should read each distinct value once, an undefined answer too", () => {
    const r = countedReader();
    const read = memoise(r.read);
    for (let i = 0; i < 3; i++) {
      expect(read("2025")).toBe(4);
      expect(read("soon")).toBeUndefined();
    }
    expect(r.calls()).toBe(2);
  });
  it("should keep answering past the bound, reading again what it could not keep", () => {
    const r = countedReader();
    const read = memoise(r.read, 2);
    for (const raw of ["1", "22", "333", "1", "22", "333"]) expect(read(raw)).toBe(raw.length);
    // "1" and "22" were kept; "333" came after the bound, so it is read both times.
    expect(r.calls()).toBe(4);
  });
  it("should give back the very value read (one shared object per distinct text)", () => {
    const read = memoise((raw: string) => ({ raw }));
    expect(read("weekly")).toBe(read("weekly"));
  });
});
