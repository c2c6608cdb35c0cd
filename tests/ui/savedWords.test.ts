import { describe, expect, it } from "vitest";
import { deviceWord, keptWords, rememberBlocked, savedWords, whereKept } from "../../src/ui/savedWords.ts";

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

describe("keptWords", () => {
  it("should say where the map is kept and when it was last saved, or that it is on its way", () => {
    expect(keptWords("phone", "2026-12-05T07:12:00.000Z", "UTC")).toBe("Kept on this phone, last saved 5 Dec 07:12");
    expect(keptWords("device", undefined)).toBe("Keeping your map on this device…");
  });
  it("should call a small touch screen a phone, and anything else a device", () => {
    expect(deviceWord(true, 390)).toBe("phone");
    expect(deviceWord(true, 1024)).toBe("device");
    expect(deviceWord(false, 390)).toBe("device");
  });
});

describe("whereKept", () => {
  it("should speak of Delete everything only when that button is there", () => {
    expect(whereKept(true)).toMatch(/Delete everything clears it\.$/);
    expect(whereKept(false)).not.toMatch(/Delete everything/);
    expect(whereKept(false)).toMatch(/Remember keeps it here between visits\.$/);
  });
});
