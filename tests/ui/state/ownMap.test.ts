import { describe, expect, it } from "vitest";
import type { Edit } from "../../../src/core/index.ts";
import { canonicalPerson, freshId, projectToJson, readProjectFile } from "../../../src/core/index.ts";
import { ownMapOf } from "../../../src/ui/state/ownMap.ts";
import { sourcesOf } from "../../../src/ui/state/sources.ts";

/** The first step "Start my map" makes, as MapMySupport makes it. */
const me = (name: string, is_ect = true): Edit => ({
  op: "addPerson",
  person: canonicalPerson({ id: freshId(new Set(), name), name, kind: "person", is_ect, seniority: "ect" }),
});
const steve: Edit = {
  op: "addPerson",
  person: canonicalPerson({ id: freshId(new Set(), "Steve Low"), name: "Steve Low", kind: "person", is_ect: false }),
};

describe("ownMap", () => {
  describe("#ownMapOf", () => {
    it("should find the ECT a map started with 'Map my own support' belongs to", () => {
      expect(ownMapOf({ files: [], edits: [me("Jess Hartley"), steve] })).toBe(freshId(new Set(), "Jess Hartley"));
    });
    it("should still find them once the map is kept and read back (a reload, a backup)", () => {
      const json = projectToJson(
        { label: "Jess Hartley's support map", files: [], edits: [me("Jess Hartley"), steve], plan: [] },
        "2026-12-05T12:43:00.000Z",
      );
      const reading = readProjectFile(json);
      expect(reading.ok).toBe(true);
      if (!reading.ok) return;
      expect(ownMapOf(sourcesOf(reading.project, "reopen"))).toBe(freshId(new Set(), "Jess Hartley"));
    });
    it("should say no one for imported files, even with people added after", () => {
      expect(ownMapOf({ files: [{ name: "people.csv" }], edits: [me("Jess Hartley")] })).toBeUndefined();
    });
    it("should say no one when the first person added is not an ECT, or nothing was added", () => {
      expect(ownMapOf({ files: [], edits: [steve] })).toBeUndefined();
      expect(ownMapOf({ files: [], edits: [me("Mum", false)] })).toBeUndefined();
      expect(ownMapOf({ files: [], edits: [] })).toBeUndefined();
    });
  });
});
