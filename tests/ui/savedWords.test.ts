import { describe, expect, it } from "vitest";
import { rememberBlocked, savedWords } from "../../src/ui/savedWords.ts";

describe("savedWords", () => {
  it("should give the day and month as well as the time", () => {
    expect(savedWords("2026-12-05T03:59:41.000Z", "UTC")).toBe("Saved on this device, 5 Dec 03:59");
    expect(savedWords("2026-06-30T23:30:00.000Z", "Europe/London")).toBe("Saved on this device, 1 Jul 00:30");
  });
});

describe("rememberBlocked", () => {
  it("should say why Remember is greyed out on the sample and in a read-only tab, and nothing otherwise", () => {
    expect(rememberBlocked({ isSample: true, remember: false, readOnly: false })).toMatch(/^The sample is always here/);
    expect(rememberBlocked({ isSample: false, remember: true, readOnly: true })).toMatch(/open in another tab/);
    expect(rememberBlocked({ isSample: false, remember: false, readOnly: false })).toBeUndefined();
    expect(rememberBlocked({ isSample: true, remember: true, readOnly: false })).toBeUndefined();
  });
});
