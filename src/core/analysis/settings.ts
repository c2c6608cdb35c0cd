/**
 * Every threshold of docs/domain.md section 6, with its default. All of them are defaults to tune, not
 * research findings; `SETTING_INFO` says so in words the settings panel and reports show.
 */
import type { Frequency } from "../model/enums.ts";

export interface Settings {
  /** ISO date the analysis is "as of"; blank means today. */
  readonly as_of_date: string;
  readonly include_career_in_coverage: boolean;
  readonly count_groups_as_supporters: boolean;
  readonly min_supporters: number;
  readonly keystone_types: number;
  readonly max_share_top_supporter: number;
  readonly trust_low: number;
  readonly similar_rating: number;
  readonly similar_years: number;
  readonly new_link_days: number;
  readonly peer_coach_min_days: number;
  /** Days before a link counts as stale, per frequency; `one_off` is never stale. */
  readonly expected_interval: Readonly<Record<Exclude<Frequency, "one_off">, number>>;
  readonly senior_mentee_limit: number;
  readonly keystone_ect_count: number;
  readonly uneven_coverage_spread: number;
  readonly load_top_fraction: number;
  readonly load_share: number;
  readonly hierarchical_share: number;
  readonly top_down_share: number;
  readonly mentor_community_share: number;
  readonly dual_role_share: number;
  readonly small_count_k: number;
  readonly ect_years: number;
  readonly signpost_text: string;
}

export const DEFAULT_SETTINGS: Settings = {
  as_of_date: "",
  include_career_in_coverage: false,
  count_groups_as_supporters: true,
  min_supporters: 3,
  keystone_types: 2,
  max_share_top_supporter: 0.5,
  trust_low: 2,
  similar_rating: 4,
  similar_years: 3,
  new_link_days: 28,
  peer_coach_min_days: 84,
  expected_interval: { weekly: 21, fortnightly: 28, monthly: 45, half_termly: 70, termly: 110, ad_hoc: 60 },
  senior_mentee_limit: 2,
  keystone_ect_count: 2,
  uneven_coverage_spread: 2,
  load_top_fraction: 0.2,
  load_share: 0.5,
  hierarchical_share: 0.6,
  top_down_share: 0.8,
  mentor_community_share: 0.5,
  dual_role_share: 0.5,
  small_count_k: 3,
  ect_years: 2,
  // A UK default the school should make its own (docs/domain.md 8.11); it follows "Colleagues are not
  // counsellors: if things feel serious, ...".
  signpost_text:
    "talk to your GP, use your school's Employee Assistance Programme if it has one, or call Education Support's free, confidential helpline on 08000 562 561",
};

export const SETTING_INFO: Readonly<Record<keyof Settings, string>> = {
  as_of_date: "The date the analysis describes. Set it for samples and tests so results do not drift.",
  include_career_in_coverage: "Career is optional; when on, it counts towards coverage, gaps and single sources.",
  count_groups_as_supporters: "A design choice: a peer network is real support.",
  min_supporters: "Inspired by Gilligan's example of three kinds of help from three people; illustrative, not a norm.",
  keystone_types: "A design choice.",
  max_share_top_supporter: "A design choice.",
  trust_low: "A design choice on the 1 to 5 trust scale.",
  similar_rating: "A design choice.",
  similar_years: "A design choice.",
  new_link_days: "A design choice: about four school weeks.",
  peer_coach_min_days: "Inspired by CUREE's advice of at least a term, expressed as twelve weeks.",
  expected_interval: "A design choice, with slack for school holidays.",
  senior_mentee_limit: "A design choice.",
  keystone_ect_count: "A design choice.",
  uneven_coverage_spread: "A design choice.",
  load_top_fraction: "A design choice.",
  load_share: "A design choice.",
  hierarchical_share: "A design choice.",
  top_down_share: "A design choice.",
  mentor_community_share: "A design choice.",
  dual_role_share: "A design choice.",
  small_count_k: 'A privacy choice: smaller counts show as "fewer than k" in share mode.',
  ect_years: "England's induction lasts two years; set 1 for one-year systems.",
  signpost_text:
    "Where to go when things feel serious, shown beside wellbeing help. A UK default (GP, Employee Assistance Programme, Education Support's helpline); your school should put in its own.",
};

export const SETTINGS_CAPTION = "default, not a research finding";

export type SettingsProblem = { readonly key: string; readonly message: string };

/** Settings being filled in, field by field. */
type SettingsDraft = { -readonly [K in keyof Settings]: Settings[K] };
type IntervalKey = keyof Settings["expected_interval"];
/** Every setting but expected_interval, which is read frequency by frequency. */
type PlainKey = Exclude<keyof Settings, "expected_interval">;

function isSettingKey(key: string): key is keyof Settings {
  return Object.hasOwn(DEFAULT_SETTINGS, key);
}

function isIntervalKey(key: string): key is IntervalKey {
  return Object.hasOwn(DEFAULT_SETTINGS.expected_interval, key);
}

/** A setting's value when it is of the setting's type, else undefined. */
type Reader<T> = (value: unknown) => T | undefined;
const text: Reader<string> = (v) => (typeof v === "string" ? v : undefined);
const flag: Reader<boolean> = (v) => (typeof v === "boolean" ? v : undefined);
const amount: Reader<number> = (v) => (typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : undefined);

/** How each setting is read: a table, so that every setting has a reader of its own type. */
const READERS: { readonly [K in PlainKey]: Reader<Settings[K]> } = {
  as_of_date: text,
  include_career_in_coverage: flag,
  count_groups_as_supporters: flag,
  min_supporters: amount,
  keystone_types: amount,
  max_share_top_supporter: amount,
  trust_low: amount,
  similar_rating: amount,
  similar_years: amount,
  new_link_days: amount,
  peer_coach_min_days: amount,
  senior_mentee_limit: amount,
  keystone_ect_count: amount,
  uneven_coverage_spread: amount,
  load_top_fraction: amount,
  load_share: amount,
  hierarchical_share: amount,
  top_down_share: amount,
  mentor_community_share: amount,
  dual_role_share: amount,
  small_count_k: amount,
  ect_years: amount,
  signpost_text: text,
};

/** Sets `key` to `value` when the value is of its type; false when it is not. */
function readSetting<K extends PlainKey>(out: SettingsDraft, key: K, value: unknown): boolean {
  const read = READERS[key](value);
  if (read === undefined) return false;
  out[key] = read;
  return true;
}

/**
 * Merges a partial, possibly hand-written settings object over the defaults. Unknown keys and
 * values of the wrong type are reported and ignored, never thrown.
 */
export function resolveSettings(input: unknown, today: string): { settings: Settings; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  const interval: Record<IntervalKey, number> = { ...DEFAULT_SETTINGS.expected_interval };
  const out: SettingsDraft = { ...DEFAULT_SETTINGS, expected_interval: interval };
  if (input !== undefined && input !== null) {
    if (typeof input !== "object" || Array.isArray(input)) {
      problems.push({ key: "", message: "settings must be a JSON object" });
    } else {
      const entries: [string, unknown][] = Object.entries(input);
      for (const [key, value] of entries) {
        if (!isSettingKey(key)) {
          problems.push({ key, message: `"${key}" is not a setting Mosaic knows; it was ignored` });
          continue;
        }
        if (key === "expected_interval" && typeof value === "object" && value !== null) {
          for (const [f, days] of Object.entries(value)) {
            if (isIntervalKey(f) && typeof days === "number" && days > 0) {
              interval[f] = days;
            } else
              problems.push({
                key: `expected_interval.${f}`,
                message: "must be a known frequency with a number of days above 0",
              });
          }
        } else if (key === "expected_interval" || !readSetting(out, key, value)) {
          const def = typeof DEFAULT_SETTINGS[key];
          problems.push({
            key,
            message: `"${key}" should be ${def === "number" ? "a number of 0 or more" : `a ${def}`}; the default was used`,
          });
        }
      }
    }
  }
  const asOf = out.as_of_date;
  if (asOf !== "" && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    problems.push({ key: "as_of_date", message: "as_of_date should be a date like 2025-03-14; today was used" });
    out.as_of_date = today;
  }
  if (out.as_of_date === "") out.as_of_date = today;
  return { settings: out, problems };
}
