import { describe, expect, it } from "vitest";
import { FLAG_HELP } from "../../../src/core/index.ts";
import { FLAG_OPTION_MAX, flagOptionLabel, flagOptionTitle } from "../../../src/ui/lead/flagOptionLabel.ts";

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
  it.each(codes)("gives %s words that fit a phone's select, its full title kept beside them", (code) => {
    // "Wellbeing support only from people who assess or manage" was cut off on a 390 px phone.
    expect(flagOptionLabel(code).length).toBeLessThanOrEqual(FLAG_OPTION_MAX);
    const full = flagOptionTitle(code);
    expect(full).not.toContain("{");
    // Only a title too long for the box is shortened: one that fits is the flag's own title.
    if (full.length <= FLAG_OPTION_MAX) expect(flagOptionLabel(code)).toBe(full);
  });
  it("keeps the flag's own words as the full title", () => {
    expect(flagOptionTitle("WELLBEING_ONLY_FROM_ASSESSOR")).toBe(
      "Wellbeing support only from people who assess or manage",
    );
    expect(flagOptionLabel("WELLBEING_ONLY_FROM_ASSESSOR")).toBe("Wellbeing only from assessors");
  });
  it("says the type-specific flags pick any kind of support", () => {
    expect(flagOptionLabel("GAP")).toBe("No one for a kind of support");
    expect(flagOptionLabel("SOLE_SOURCE")).toBe("One source for a kind of support");
  });
});
