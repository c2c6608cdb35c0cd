import { describe, expect, it } from "vitest";
import { FLAG_HELP } from "../../../src/core/index.ts";
import { flagOptionLabel } from "../../../src/ui/lead/flagOptionLabel.ts";

describe("flagOptionLabel", () => {
  const codes = Object.keys(FLAG_HELP);
  it("covers the flags there are", () => {
    expect(codes).toContain("GAP");
    expect(codes).toContain("SOLE_SOURCE");
  });
  it.each(codes)("gives %s a whole label, with no placeholder left unfilled", (code) => {
    const label = flagOptionLabel(code);
    expect(label.trim().length).toBeGreaterThan(0);
    // "No one for " was a {type} filled with nothing; "what mentoring is for" is whole.
    expect(label).not.toMatch(/for\s+$/);
    expect(label).not.toMatch(/\s{2}|\s$/);
    expect(label).not.toContain("{");
    expect(label).not.toBe(code);
  });
  it("says the type-specific flags pick any kind of support", () => {
    expect(flagOptionLabel("GAP")).toBe("No one for a kind of support");
    expect(flagOptionLabel("SOLE_SOURCE")).toBe("One source for a kind of support");
  });
});
