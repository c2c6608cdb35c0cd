import { describe, expect, it } from "vitest";
import { deletedWords, deletionWords } from "../../src/ui/deletionWords.ts";

describe("deletionWords", () => {
  it("should name the project and count its files, changes and plan", () => {
    expect(deletionWords({ label: "St Aidan's", files: 2, edits: 14, planned: 3 })).toBe(
      "“St Aidan's”: 2 imported files, 14 changes and a draft plan of 3 links",
    );
  });
  it("should leave out what there is none of, and say one in the singular", () => {
    expect(deletionWords({ label: "My map", files: 1, edits: 0, planned: 0 })).toBe("“My map”: 1 imported file");
    expect(deletionWords({ label: "My map", files: 0, edits: 1, planned: 0 })).toBe("“My map”: 1 change");
    expect(deletionWords({ label: "Empty", files: 0, edits: 0, planned: 0 })).toBe("“Empty”");
  });
  it("should say afterwards what went and what is open now", () => {
    expect(deletedWords({ label: "X", files: 2, edits: 0, planned: 1 })).toBe(
      "Deleted from this device: “X”: 2 imported files and a draft plan of 1 link. Nothing is kept in this browser now; the sample is open again.",
    );
  });
});
