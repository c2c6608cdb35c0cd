import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../../src/core/index.ts";
import { settingsAppliedWords, unappliedChanges, unappliedWords } from "../../../src/ui/plan/settingsWords.ts";

describe("settingsWords", () => {
  describe("#unappliedChanges", () => {
    it("should count each changed setting once, the meeting intervals as one", () => {
      expect(unappliedChanges(DEFAULT_SETTINGS, DEFAULT_SETTINGS)).toBe(0);
      const draft = {
        ...DEFAULT_SETTINGS,
        include_career_in_coverage: !DEFAULT_SETTINGS.include_career_in_coverage,
        expected_interval: { ...DEFAULT_SETTINGS.expected_interval, weekly: 9, monthly: 40 },
      };
      expect(unappliedChanges(draft, DEFAULT_SETTINGS)).toBe(2);
    });
  });

  describe("#unappliedWords", () => {
    it("should say how many changes wait for Apply", () => {
      expect(unappliedWords(1)).toBe("1 change not applied yet");
      expect(unappliedWords(2)).toBe("2 changes not applied yet");
    });
  });

  describe("#settingsAppliedWords", () => {
    it("should say what the flags came to, and what they were", () => {
      expect(settingsAppliedWords(1, 9)).toBe("Flags worked out again: 9 ECTs with a gap, was 1.");
      expect(settingsAppliedWords(3, 1)).toBe("Flags worked out again: 1 ECT with a gap, was 3.");
    });

    it("should say when the count did not move, so the lead knows Apply worked", () => {
      expect(settingsAppliedWords(4, 4)).toBe("Flags worked out again: still 4 ECTs with a gap.");
    });
  });
});
