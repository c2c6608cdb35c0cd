import { describe, expect, it } from "vitest";
import { isolate, shorten } from "../../src/ui/names.ts";

describe("names", () => {
  it("should isolate a name for direction", () => {
    expect(isolate("Sam \u202Egnp.exe")).toBe("\u2068Sam \u202Egnp.exe\u2069");
  });

  it("should shorten only long names, by code point", () => {
    expect(shorten("Lucy Brown")).toBe("Lucy Brown");
    const long = "😀".repeat(100);
    expect([...shorten(long)].length).toBe(60);
    expect(shorten(long).endsWith("😀…")).toBe(true);
  });
});
