import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, resolveSettings } from "../../../src/core/analysis/settings.ts";

const TODAY = "2026-11-01";

describe("settings", () => {
  describe("#resolveSettings", () => {
    it("should give the defaults, dated today, for no settings", () => {
      for (const input of [undefined, null, {}]) {
        expect(resolveSettings(input, TODAY)).toEqual({
          settings: { ...DEFAULT_SETTINGS, as_of_date: TODAY },
          problems: [],
        });
      }
    });

    it("should take each value of the right type over its default, keeping the fields in order", () => {
      const { settings, problems } = resolveSettings(
        {
          as_of_date: "2025-03-14",
          include_career_in_coverage: true,
          min_supporters: 0,
          trust_low: 2.5,
          signpost_text: "Ask the office",
          expected_interval: { weekly: 14, termly: 90 },
        },
        TODAY,
      );
      expect(problems).toEqual([]);
      expect(settings).toEqual({
        ...DEFAULT_SETTINGS,
        as_of_date: "2025-03-14",
        include_career_in_coverage: true,
        min_supporters: 0,
        trust_low: 2.5,
        signpost_text: "Ask the office",
        expected_interval: { ...DEFAULT_SETTINGS.expected_interval, weekly: 14, termly: 90 },
      });
      expect(Object.keys(settings)).toEqual(Object.keys(DEFAULT_SETTINGS));
      expect(Object.keys(settings.expected_interval)).toEqual(Object.keys(DEFAULT_SETTINGS.expected_interval));
    });

    it("should report unknown keys and values of the wrong type, in order, and keep the defaults", () => {
      const { settings, problems } = resolveSettings(
        {
          colour: "red",
          min_supporters: -1,
          keystone_types: Number.NaN,
          load_share: "0.5",
          count_groups_as_supporters: "yes",
          signpost_text: 3,
          expected_interval: { weekly: 0, monthly: "30", one_off: 5, daily: 1, fortnightly: 20 },
          as_of_date: "14/03/2025",
        },
        TODAY,
      );
      expect(problems).toEqual([
        { key: "colour", message: '"colour" is not a setting Mosaic knows; it was ignored' },
        { key: "min_supporters", message: '"min_supporters" should be a number of 0 or more; the default was used' },
        { key: "keystone_types", message: '"keystone_types" should be a number of 0 or more; the default was used' },
        { key: "load_share", message: '"load_share" should be a number of 0 or more; the default was used' },
        {
          key: "count_groups_as_supporters",
          message: '"count_groups_as_supporters" should be a boolean; the default was used',
        },
        { key: "signpost_text", message: '"signpost_text" should be a string; the default was used' },
        ...["weekly", "monthly", "one_off", "daily"].map((f) => ({
          key: `expected_interval.${f}`,
          message: "must be a known frequency with a number of days above 0",
        })),
        { key: "as_of_date", message: "as_of_date should be a date like 2025-03-14; today was used" },
      ]);
      expect(settings).toEqual({
        ...DEFAULT_SETTINGS,
        as_of_date: TODAY,
        expected_interval: { ...DEFAULT_SETTINGS.expected_interval, fortnightly: 20 },
      });
    });

    it("should refuse settings that are not an object, and an expected_interval that is not one", () => {
      for (const input of ["x", 3, [1]]) {
        expect(resolveSettings(input, TODAY).problems).toEqual([
          { key: "", message: "settings must be a JSON object" },
        ]);
      }
      // null was once taken as expected_interval (typeof null is "object"); it is refused like text.
      for (const expected_interval of ["weekly", null]) {
        const { settings, problems } = resolveSettings({ expected_interval }, TODAY);
        expect(problems).toEqual([
          { key: "expected_interval", message: '"expected_interval" should be a object; the default was used' },
        ]);
        expect(settings.expected_interval).toEqual(DEFAULT_SETTINGS.expected_interval);
      }
    });

    it("should never share the defaults' expected intervals with the settings it gives", () => {
      const { settings } = resolveSettings({ expected_interval: { weekly: 7 } }, TODAY);
      expect(settings.expected_interval).not.toBe(DEFAULT_SETTINGS.expected_interval);
      expect(DEFAULT_SETTINGS.expected_interval.weekly).toBe(21);
    });
  });
});
