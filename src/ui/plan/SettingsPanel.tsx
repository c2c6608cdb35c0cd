/**
 * Every threshold of docs/domain.md section 6, editable, each labelled "default, not a research
 * finding" with the basis of its default. Applying re-analyses the loaded data in the worker; the
 * settings are kept with the project (and remembered with it when "Remember on this device" is on).
 */
import { useId, useRef } from "react";
import type { Settings } from "../../core/index.ts";
import { DEFAULT_SETTINGS, SETTING_INFO, SETTINGS_CAPTION } from "../../core/index.ts";
import type { Loaded } from "../../workers/protocol.ts";
import { useAnnounce } from "../announce/useAnnounce.ts";
import { settingsAppliedWords, unappliedChanges, unappliedWords } from "./settingsWords.ts";

type Key = keyof Settings;

const LABELS: Readonly<Record<Key, string>> = {
  as_of_date: "As of date",
  include_career_in_coverage: "Count career and next steps towards coverage",
  count_groups_as_supporters: "Count groups (networks) as supporters",
  min_supporters: "Supporters below which a network is thin",
  keystone_types: "Kinds of support that make one person a keystone for an ECT",
  max_share_top_supporter: "Largest share of an ECT's support from one person (0 to 1)",
  trust_low: "Trust rating that counts as strained (1 to 5)",
  similar_rating: "Relatable rating that counts as similar (1 to 5)",
  similar_years: "Years of experience that count as a similar career stage",
  new_link_days: "Days a relationship counts as new",
  peer_coach_min_days: "Shortest peer coaching, in days",
  expected_interval: "Days before contact counts as slipped",
  senior_mentee_limit: "ECTs a senior leader can mentor before it is a stretch",
  keystone_ect_count: "ECTs relying on one person alone before they are a network keystone",
  uneven_coverage_spread: "Spread of coverage that counts as uneven",
  load_top_fraction: "Top share of supporters for load concentration (0 to 1)",
  load_share: "Share of the load they carry before it is concentrated (0 to 1)",
  hierarchical_share: "Share of support from senior staff that is hierarchical (0 to 1)",
  top_down_share: "Share of assigned relationships that is top-down (0 to 1)",
  mentor_community_share: "Share of mentors without support of their own (0 to 1)",
  dual_role_share: "Share of ECTs whose main mentor assesses them (0 to 1)",
  small_count_k: "Smallest count shown in share mode",
  ect_years: "Years of induction",
  signpost_text: "Where to go when things feel serious (shown with wellbeing help)",
};

const FREQUENCY_LABEL: Readonly<Record<keyof Settings["expected_interval"], string>> = {
  weekly: "weekly",
  fortnightly: "fortnightly",
  monthly: "monthly",
  half_termly: "half-termly",
  termly: "termly",
  ad_hoc: "now and then",
};

type Interval = keyof Settings["expected_interval"];
const isKey = (k: string): k is Key => k in DEFAULT_SETTINGS;
const isInterval = (k: string): k is Interval => k in FREQUENCY_LABEL;
/** Every setting, in the order of the defaults. */
const KEYS: readonly Key[] = Object.keys(DEFAULT_SETTINGS).filter(isKey);
const INTERVALS: readonly Interval[] = Object.keys(FREQUENCY_LABEL).filter(isInterval);

/** The settings with one changed, when the new value is of the setting's kind (a number for a number). */
function withSetting(settings: Settings, key: Key, value: boolean | number | string): Settings {
  const old: unknown = settings[key];
  return typeof old === typeof value ? { ...settings, [key]: value } : settings;
}

/** Settings changed in the form but not applied yet, with the settings they were changed from. */
export interface SettingsDraft {
  readonly base: Settings;
  readonly draft: Settings;
}

interface Props {
  readonly settings: Settings;
  /** ECTs with a gap under `settings`: Apply says what it came to, and what it was. */
  readonly withAGap: number;
  readonly busy: boolean;
  readonly problems: readonly string[];
  /** Resolves to what the settings gave, undefined when nothing was loaded. */
  readonly onApply: (changed: Settings) => Promise<Loaded | undefined>;
  /**
   * The unapplied changes are kept by the page, not this form: Planning's tabs unmount it, and a
   * ticked box that silently un-ticks on coming back is a change lost without a word.
   */
  readonly draft: SettingsDraft | undefined;
  readonly onDraft: (draft: SettingsDraft | undefined) => void;
}

export function SettingsPanel({ settings, withAGap, busy, problems, onApply, draft: kept, onDraft }: Props) {
  const announce = useAnnounce();
  const heading = useRef<HTMLHeadingElement>(null);
  const formId = useId();
  // A draft made from other settings (another file, an undo) is dropped: the form shows what is in force.
  const draft = kept?.base === settings ? kept.draft : settings;
  const setDraft = (next: Settings) => onDraft({ base: settings, draft: next });
  const set = <K extends Key>(key: K, value: Settings[K]) => setDraft({ ...draft, [key]: value });
  const changes = unappliedChanges(draft, settings);
  const apply = () => {
    void onApply(draft).then((l) => {
      if (!l) return;
      onDraft(undefined);
      // Apply disables itself (nothing left to apply), which would drop focus to the page: the
      // heading keeps the lead's place, and the new figures are said, as they may be far away.
      heading.current?.focus();
      announce(settingsAppliedWords(withAGap, l.overview.head.withAGap));
    });
  };
  return (
    <section className="card" aria-labelledby="settings-h" data-testid="settings">
      <h2 id="settings-h" tabIndex={-1} ref={heading}>
        Settings
      </h2>
      <p className="muted small">
        Every number here is a {SETTINGS_CAPTION}: the research is small and qualitative and fixes none of them. Change
        them to suit your setting; every flag is worked out again.
      </p>
      {/* Apply is at the foot of some 25 settings: near the top, say that changes wait for it. */}
      {changes > 0 && (
        <p className="notice notice-info settings-unapplied" data-testid="settings-unapplied">
          {unappliedWords(changes)}.{" "}
          <button type="submit" form={formId} className="primary" disabled={busy}>
            Apply
          </button>
        </p>
      )}
      <form
        id={formId}
        className="settings-form"
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
      >
        {KEYS.map((key) => {
          const value = draft[key];
          const id = `setting-${key}`;
          const info = (
            <span className="muted small block">
              {SETTING_INFO[key]} ({SETTINGS_CAPTION}
              {key !== "as_of_date" && JSON.stringify(DEFAULT_SETTINGS[key]) !== JSON.stringify(value)
                ? `; the default is ${JSON.stringify(DEFAULT_SETTINGS[key]).replace(/"/g, "") || "blank"}`
                : ""}
              )
            </span>
          );
          if (key === "expected_interval") {
            const intervals = draft.expected_interval;
            return (
              <fieldset key={key} className="setting">
                <legend>{LABELS[key]}</legend>
                {INTERVALS.map((f) => (
                  <label key={f} className="interval">
                    {FREQUENCY_LABEL[f]}{" "}
                    <input
                      type="number"
                      min={1}
                      value={intervals[f]}
                      onChange={(e) =>
                        set("expected_interval", { ...intervals, [f]: Math.max(1, Number(e.target.value)) })
                      }
                    />
                  </label>
                ))}
                {info}
              </fieldset>
            );
          }
          if (typeof value === "boolean")
            return (
              <div key={key} className="setting">
                <label htmlFor={id} className="toggle">
                  <input
                    id={id}
                    type="checkbox"
                    checked={value}
                    onChange={(e) => setDraft(withSetting(draft, key, e.target.checked))}
                  />{" "}
                  {LABELS[key]}
                </label>
                {info}
              </div>
            );
          return (
            <div key={key} className="setting">
              <label htmlFor={id}>{LABELS[key]}</label>{" "}
              <input
                id={id}
                type={key === "as_of_date" ? "date" : typeof value === "number" ? "number" : "text"}
                step={typeof value === "number" && !Number.isInteger(DEFAULT_SETTINGS[key]) ? 0.05 : 1}
                min={typeof value === "number" ? 0 : undefined}
                // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the one object setting returned above
                value={String(value)}
                onChange={(e) =>
                  setDraft(
                    withSetting(
                      draft,
                      key,
                      typeof value === "number" ? Math.max(0, Number(e.target.value)) : e.target.value,
                    ),
                  )
                }
              />
              {info}
            </div>
          );
        })}
        <div className="filters">
          <button type="submit" className="primary" disabled={changes === 0 || busy}>
            Apply and work out the flags again
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => setDraft({ ...DEFAULT_SETTINGS, as_of_date: draft.as_of_date })}
          >
            Back to the defaults
          </button>
        </div>
      </form>
      {problems.length > 0 && (
        <ul role="alert" className="error">
          {problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
