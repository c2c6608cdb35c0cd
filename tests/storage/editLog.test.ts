import { describe, expect, it } from "vitest";
import type { Snapshot } from "../../src/storage/editLog.ts";
import { entryBetween, replay } from "../../src/storage/editLog.ts";

type Rest = { readonly label: string; readonly plan: readonly string[] };
const snap = (edits: readonly string[], rest: Rest): Snapshot<string, Rest> => ({ edits, rest });

describe("editLog", () => {
  describe("#entryBetween", () => {
    const rest: Rest = { label: "Trust", plan: [] };
    it("should append only the new edits", () => {
      const a = snap(["x", "y"], rest);
      const b = snap([...a.edits, "z"], rest);
      expect(entryBetween(a, b, 2, "t")).toEqual({ seq: 2, savedAt: "t", keep: 2, add: ["z"] });
    });
    it("should keep fewer after an undo, and carry only the parts that changed", () => {
      const a = snap(["x", "y"], rest);
      const plan = ["p"];
      expect(entryBetween(a, snap(["x"], { ...rest, plan }), 3, "t")).toEqual({
        seq: 3,
        savedAt: "t",
        keep: 1,
        add: [],
        changed: { plan },
      });
    });
    it("should say nothing changed when nothing did", () => {
      const a = snap(["x"], rest);
      expect(entryBetween(a, snap(a.edits, rest), 2, "t")).toBeUndefined();
    });
  });
  describe("#replay", () => {
    it("should rebuild the record from the base and the entries", () => {
      const base = snap(["a", "b"], { label: "L", plan: [] });
      const out = replay(base, [
        { seq: 1, savedAt: "t", keep: 2, add: ["c"] },
        { seq: 2, savedAt: "t", keep: 1, add: ["d"], changed: { label: "M" } },
      ]);
      expect(out).toEqual(snap(["a", "d"], { label: "M", plan: [] }));
    });
  });
});
