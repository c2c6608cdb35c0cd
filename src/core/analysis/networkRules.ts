/**
 * The network flags (docs/flags.md), computed from per-ECT summaries and link tallies so
 * that a what-if can recompute them without another pass over every person.
 */
import type { PersonId } from "../model/types.ts";
import type { SupportType } from "../model/supportTypes.ts";
import type { EctAggregates } from "./ectAggregates.ts";
import type { Flag, Severity } from "./flags.ts";
import type { Settings } from "./settings.ts";

export interface NetworkTallies {
  /** ECT support links: live links to an ECT carrying a counted type. */
  readonly supportLinks: number;
  readonly hierarchical: number;
  readonly withOrigin: number;
  readonly assigned: number;
  /** People with at least one ECT support link. */
  readonly givers: number;
  /** ECT support links per giver → how many givers have that many. */
  readonly loadHistogram: ReadonlyMap<number, number>;
  readonly ectToEct: number;
  readonly groupsWithTwoEcts: number;
  readonly outsideLinks: number;
  /** Live links from a group or an external person, or with both ends' schools recorded. */
  readonly linksWithSchools: number;
  readonly liveLinks: number;
  readonly mentors: number;
  readonly mentorsWithSupport: number;
}

export interface UntappedCandidate {
  readonly ect: PersonId;
  readonly supportType: SupportType;
  readonly candidates: readonly PersonId[];
}

export interface NetworkInput {
  readonly settings: Settings;
  readonly ects: EctAggregates;
  readonly tallies: NetworkTallies;
  readonly keystones: readonly { readonly id: PersonId; readonly impact: number }[];
  readonly untappedForGaps: readonly UntappedCandidate[];
}

export interface NetworkRule {
  readonly code: string;
  /** The rule in words, for docs/flags.md: one or two plain sentences, thresholds named by their setting. */
  readonly rule: string;
  readonly core: boolean;
  readonly severity: Severity;
  readonly params: readonly (keyof Settings)[];
  readonly evaluate: (n: NetworkInput) => readonly Omit<Flag, "scope" | "code" | "settings">[];
}

type Draft = Omit<Flag, "scope" | "code" | "settings">;
const NONE: readonly never[] = Object.freeze([]);
const once = (c: boolean, d: Draft): readonly Draft[] => (c ? [d] : NONE);
const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/**
 * The share of links carried by the top fraction of givers (count rounded up, at least 1), from
 * the histogram of links per giver: the busiest givers first, as a sort of every giver would give.
 */
export function topShare(histogram: ReadonlyMap<number, number>, fraction: number): { top: number; share: number } {
  let givers = 0;
  let total = 0;
  for (const [links, count] of histogram) {
    givers += count;
    total += links * count;
  }
  const top = Math.max(1, Math.ceil(givers * fraction));
  let left = top;
  let carried = 0;
  for (const links of [...histogram.keys()].sort((a, b) => b - a)) {
    const take = Math.min(left, histogram.get(links)!);
    carried += take * links;
    left -= take;
    if (left === 0) break;
  }
  return { top, share: share(carried, total) };
}

export const NETWORK_RULES: readonly NetworkRule[] = [
  {
    code: "ISOLATED_ECTS",
    rule: "Some ECT is ISOLATED or has exactly one supporter: critical if any is ISOLATED, otherwise a warning. Lists those ECTs, and counts the UNMAPPED ones apart.",
    core: true,
    severity: "critical",
    params: [],
    evaluate: ({ ects }) => {
      const { isolated, single } = ects;
      if (isolated.length === 0 && single.length === 0) return [];
      return [
        {
          severity: isolated.length > 0 ? "critical" : "warning",
          people: [...isolated, ...single].map((e) => e.id),
          values: { isolated: isolated.length, singleSupporter: single.length, unmapped: ects.unmapped },
        },
      ];
    },
  },
  {
    code: "UNEVEN_COVERAGE",
    rule: "At least 2 ECTs are mapped, and the most counted types any mapped ECT has covered minus the fewest is at least `uneven_coverage_spread`.",
    core: false,
    severity: "warning",
    params: ["uneven_coverage_spread"],
    evaluate: ({ ects, settings }) => {
      if (ects.ects - ects.unmapped < 2) return [];
      const present = ects.typesCovered.flatMap((count, types) => (count > 0 ? [types] : []));
      const spread = present[present.length - 1]! - present[0]!;
      return once(spread >= settings.uneven_coverage_spread, { severity: "warning", values: { spread } });
    },
  },
  {
    code: "LOAD_CONCENTRATION",
    rule: "Ranking givers by their number of ECT support links, the top `load_top_fraction` of them (rounded up, at least 1) carry at least `load_share` of all ECT support links.",
    core: true,
    severity: "warning",
    params: ["load_top_fraction", "load_share"],
    evaluate: ({ tallies, settings }) => {
      if (tallies.givers === 0) return [];
      const { top, share: s } = topShare(tallies.loadHistogram, settings.load_top_fraction);
      return once(s >= settings.load_share, {
        severity: "warning",
        values: { topSupporters: top, supporters: tallies.givers, share: round(s) },
      });
    },
  },
  {
    code: "HIERARCHICAL_NETWORK",
    rule: "At least `hierarchical_share` of ECT support links come from a senior giver or from someone in the receiving ECT's line chain.",
    core: false,
    severity: "info",
    params: ["hierarchical_share"],
    evaluate: ({ tallies, settings }) => {
      const s = share(tallies.hierarchical, tallies.supportLinks);
      return once(tallies.supportLinks > 0 && s >= settings.hierarchical_share, {
        severity: "info",
        values: { share: round(s) },
      });
    },
  },
  {
    code: "TOP_DOWN_NETWORK",
    rule: "Of the ECT support links that record an `origin`, at least `top_down_share` are `school_assigned`.",
    core: false,
    severity: "info",
    params: ["top_down_share"],
    evaluate: ({ tallies, settings }) => {
      const s = share(tallies.assigned, tallies.withOrigin);
      return once(tallies.withOrigin > 0 && s >= settings.top_down_share, {
        severity: "info",
        values: { share: round(s) },
      });
    },
  },
  {
    code: "NO_ECT_PEER_LINKS",
    rule: "There are ECTs, no live link runs from one ECT to another, and no group has live links to 2 or more ECTs.",
    core: true,
    severity: "info",
    params: [],
    evaluate: ({ tallies, ects }) =>
      once(ects.ects > 0 && tallies.ectToEct === 0 && tallies.groupsWithTwoEcts === 0, { severity: "info" }),
  },
  {
    code: "NO_MENTOR_COMMUNITY",
    rule: "Of the people who give live `ect_mentor` or `subject_mentor` links, fewer than `mentor_community_share` have support of their own.",
    core: false,
    severity: "info",
    params: ["mentor_community_share"],
    evaluate: ({ tallies, settings }) =>
      once(
        tallies.mentors > 0 && share(tallies.mentorsWithSupport, tallies.mentors) < settings.mentor_community_share,
        {
          severity: "info",
          values: { mentors: tallies.mentors, withOwnSupport: tallies.mentorsWithSupport },
        },
      ),
  },
  {
    code: "FRAGILE",
    rule: "At least one person is NETWORK_KEYSTONE (at `keystone_ect_count` ECTs or more); lists them with their removal impact.",
    core: true,
    severity: "warning",
    params: ["keystone_ect_count"],
    evaluate: ({ keystones }) =>
      once(keystones.length > 0, {
        severity: "warning",
        people: keystones.map((k) => k.id),
        values: { impacts: keystones.map((k) => `${k.id}:${k.impact}`) },
      }),
  },
  {
    code: "DUAL_ROLE_PREVALENCE",
    rule: "Of the mapped ECTs, at least `dual_role_share` have a powerful `ect_mentor` support link (the mentor assesses them or is in their line chain).",
    core: false,
    severity: "info",
    params: ["dual_role_share"],
    evaluate: ({ ects, settings }) => {
      const mapped = ects.ects - ects.unmapped;
      const dual = ects.withPowerfulMentor;
      return once(mapped > 0 && share(dual, mapped) >= settings.dual_role_share, {
        severity: "info",
        values: { ects: mapped, withPowerfulMentor: dual },
      });
    },
  },
  {
    code: "CLOSED_NETWORK",
    rule: "Every live link's crossing is known (it comes from a group or an external person, or both ends' schools are recorded), and none comes from a group, an external person or another school. A link with a school left blank is not known to stay inside, so it keeps the flag down; supporters named only by role or as family are the ECT's own and not counted either way.",
    core: false,
    severity: "info",
    params: [],
    // Decision (W1, survey imports): a giver whose school is unknown cannot be called "the same
    // school". The rule used to speak of the links whose schools were known ("7 of 37"), which let a
    // survey, where supporters are named without a school, raise it on a handful of ECT-to-ECT
    // links. Now every live link must be known to stay inside; missing data never raises a flag
    // (docs/domain.md section 5).
    evaluate: ({ tallies }) =>
      once(tallies.liveLinks > 0 && tallies.linksWithSchools === tallies.liveLinks && tallies.outsideLinks === 0, {
        severity: "info",
        values: { liveLinks: tallies.liveLinks },
      }),
  },
  {
    code: "UNTAPPED_CAPACITY",
    rule: "Some ECT with a GAP shares a school with at least one UNTAPPED person outside the ECT's line chain; lists those candidates for each gap, in the order suggestions use.",
    core: false,
    severity: "info",
    params: [],
    evaluate: ({ untappedForGaps }) =>
      once(untappedForGaps.length > 0, {
        severity: "info",
        people: [...new Set(untappedForGaps.flatMap((u) => u.candidates))],
        values: { gaps: untappedForGaps.map((u) => `${u.ect}:${u.supportType}:${u.candidates.join(",")}`) },
      }),
  },
];

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
