import { describe, expect, it } from "vitest";
import { keyLookup } from "../../../src/ui/state/keyLookup.ts";

describe("keyLookup", () => {
  it("should give each id its place in the list, and undefined for an id not in it", () => {
    const keyOf = keyLookup(["E1", "S1", "E2"]);
    expect(keyOf("E2")).toBe(2);
    expect(keyOf("E1")).toBe(0);
    expect(keyOf("S1")).toBe(1);
    expect(keyOf("nobody")).toBeUndefined();
  });
});
