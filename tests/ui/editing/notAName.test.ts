import { describe, expect, it } from "vitest";
import { notAName } from "../../../src/ui/editing/notAName.ts";

describe("notAName", () => {
  it("should accept a name, and say nothing for an empty box", () => {
    expect(notAName("Nia Khan")).toBeUndefined();
    expect(notAName("  ")).toBeUndefined();
  });
  it("should ask for a name instead of a role, family or no one, kindly and naming the words", () => {
    expect(notAName("my mentor")).toMatch(/^"my mentor" reads as a role, not a name/);
    expect(notAName("Mum")).toMatch(/^"Mum" reads as family or a friend/);
    expect(notAName("nobody")).toMatch(/^"nobody" reads as no one/);
  });
});
