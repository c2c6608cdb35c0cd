import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../../src/core/import/decode.ts";
import { decodeWindows1252 } from "../../../src/core/import/windows1252.ts";

/**
 * Bytes 0x80–0x9F, written out from https://encoding.spec.whatwg.org/index-windows-1252.txt
 * (pointers 0–31), not taken from the implementation.
 */
const WHATWG_80_9F = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d,
  0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x009d, 0x017e, 0x0178,
];

function byTable(bytes: Uint8Array): string {
  return [...bytes].map((b) => String.fromCharCode(b >= 0x80 && b <= 0x9f ? WHATWG_80_9F[b - 0x80]! : b)).join("");
}

describe("windows1252", () => {
  describe("#decodeWindows1252", () => {
    it("should map 0x80–0x9F to the WHATWG index, byte for byte", () => {
      const bytes = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
      expect([...decodeWindows1252(bytes)].map((c) => c.codePointAt(0))).toEqual(WHATWG_80_9F);
    });
    it("should read every other byte as its own code point", () => {
      const bytes = Uint8Array.from({ length: 256 }, (_, i) => i).filter((b) => b < 0x80 || b > 0x9f);
      expect([...decodeWindows1252(bytes)].map((c) => c.codePointAt(0))).toEqual([...bytes]);
    });
    it("should read curly quotes, the euro sign and accents as Excel wrote them", () => {
      const bytes = Uint8Array.from([
        0x52, 0x65, 0x6e, 0xe9, 0x65, 0x20, 0x93, 0x51, 0x75, 0x6f, 0x74, 0x65, 0x94, 0x20, 0x4f, 0x92, 0x4e, 0x65,
        0x69, 0x6c, 0x20, 0x80,
      ]);
      expect(decodeWindows1252(bytes)).toBe("Renée “Quote” O’Neil €");
    });
    it("should equal the literal table for any bytes, across chunk boundaries", () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 5000 }), (bytes) => {
          expect(decodeWindows1252(bytes)).toBe(byTable(bytes));
        }),
        { numRuns: 200 },
      );
    });
  });

  describe("#decodeBytes", () => {
    it("should fall back to the table when a file is not UTF-8", () => {
      const r = decodeBytes(
        Uint8Array.from([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0x4f, 0x92, 0x4e, 0x65, 0x69, 0x6c, 0x20, 0x80]),
      );
      expect(r).toMatchObject({ ok: true, text: "name\nO’Neil €", encoding: "Windows-1252" });
    });
    it.each(["windows-1252", "latin1", "iso-8859-1", "cp1252"])("should use the table when %s is chosen", (label) => {
      expect(decodeBytes(Uint8Array.from([0x61, 0x93, 0x62, 0x94]), label)).toMatchObject({ ok: true, text: "a“b”" });
    });
  });
});
