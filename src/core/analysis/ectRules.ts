/**
 * The per-ECT flags of domain.md section 5.1 as a registry: one descriptor per flag, core flags
 * first. A rule that needs an optional field is not evaluated where that field is missing.
 */
import { isFormalRole } from "../model/enums.ts";
import type { PersonId } from "../model/types.ts";
import type { SupportType } from "../model/supportTypes.ts";
import { SUPPORT_TYPES } from "../model/supportTypes.ts";
import { dayNumber } from "../import/values.ts";
import { inLineChain } from "./context.ts";
import type { EctView } from "./ectView.ts";
import { isSenior } from "./ectView.ts";
import type { Flag, Severity } from "./flags.ts";
import type { Settings } from "./settings.ts";
import type { SupporterBasics } from "./supporterBasics.ts";

export type EctFlagDraft = Omit<Flag, "scope" | "subject" | "code" | "severity" | "settings"> & { severity?: Severity };

export interface EctRule {
  readonly code: string;
  readonly core: boolean;
  readonly severity: Severity;
  readonly params: readonly (keyof Settings)[];
  /** Flags this rule replaces for the same ECT (ISOLATED suppresses GAP). */
  readonly evaluate: (v: EctView, basics: SupporterBasics) => readonly EctFlagDraft[];
}

const PSY: SupportType = "psychosocial";
const ORG: SupportType = "organisational_literacy";

const idOf = (v: EctView, p: number) => v.ctx.net.people[p]!.id as PersonId;
const linkOf = (v: EctView, l: number) => v.ctx.net.links[l]!;
const NONE: readonly never[] = Object.freeze([]);
const once = (condition: boolean, draft: EctFlagDraft = {}): readonly EctFlagDraft[] => (condition ? [draft] : NONE);
const hasType = (v: EctView, l: number, t: SupportType) => (v.ctx.net.typeMask[l]! & SUPPORT_TYPES[t].bit) !== 0;
const psychLinks = (v: EctView) => v.links.filter((l) => hasType(v, l, PSY));

/** Givers who are the only provider of at least one counted type. */
function soleTypesBy(v: EctView): Map<number, SupportType[]> {
  const out = new Map<number, SupportType[]>();
  for (const [t, ps] of v.providers) if (ps.length === 1) out.set(ps[0]!, [...(out.get(ps[0]!) ?? []), t]);
  return out;
}

export const ECT_RULES: readonly EctRule[] = [
  {
    code: "UNMAPPED",
    core: false,
    severity: "info",
    params: [],
    evaluate: (v) => once(v.unmapped),
  },
  {
    code: "ISOLATED",
    core: true,
    severity: "critical",
    params: [],
    evaluate: (v) => once(!v.unmapped && v.supporters.length === 0),
  },
  {
    code: "SINGLE_SUPPORTER",
    core: true,
    severity: "warning",
    params: [],
    evaluate: (v) => once(v.supporters.length === 1, { person: idOf(v, v.supporters[0] ?? 0) }),
  },
  {
    code: "THIN_NETWORK",
    core: false,
    severity: "info",
    params: ["min_supporters"],
    evaluate: (v) =>
      once(v.supporters.length >= 2 && v.supporters.length < v.ctx.settings.min_supporters, {
        values: { supporters: v.supporters.length },
      }),
  },
  {
    code: "GAP",
    core: true,
    severity: "warning",
    params: ["include_career_in_coverage"],
    evaluate: (v) =>
      v.supporters.length === 0
        ? []
        : [...v.providers].filter(([, ps]) => ps.length === 0).map(([t]) => ({ supportType: t })),
  },
  {
    code: "SOLE_SOURCE",
    core: true,
    severity: "info",
    params: ["include_career_in_coverage"],
    evaluate: (v) =>
      [...v.providers]
        .filter(([, ps]) => ps.length === 1)
        .map(([t, ps]) => ({ supportType: t, person: idOf(v, ps[0]!) })),
  },
  {
    code: "KEYSTONE",
    core: true,
    severity: "warning",
    params: ["keystone_types"],
    evaluate: (v) =>
      v.supporters.length < 2
        ? []
        : [...soleTypesBy(v)]
            .filter(([, ts]) => ts.length >= v.ctx.settings.keystone_types)
            .map(([g, ts]) => ({ person: idOf(v, g), values: { types: ts } })),
  },
  {
    code: "CONCENTRATION",
    core: false,
    severity: "warning",
    params: ["max_share_top_supporter"],
    evaluate: (v) => {
      if (v.supporters.length < 2) return [];
      let total = 0;
      let top = -1;
      let topSlots = 0;
      for (const [g, s] of v.typeSlots) {
        total += s;
        if (s > topSlots) [top, topSlots] = [g, s];
      }
      return once(topSlots / total > v.ctx.settings.max_share_top_supporter, {
        person: idOf(v, top),
        values: { typeSlots: topSlots, totalTypeSlots: total },
      });
    },
  },
  {
    code: "WELLBEING_ONLY_FROM_ASSESSOR",
    core: true,
    severity: "warning",
    params: [],
    evaluate: (v) => {
      const ls = psychLinks(v);
      return once(ls.length > 0 && ls.every((l) => v.ctx.powerful[l]), {
        people: [...new Set(ls.map((l) => idOf(v, v.ctx.net.from[l]!)))],
      });
    },
  },
  {
    code: "DUAL_ROLE",
    core: false,
    severity: "info",
    params: [],
    evaluate: (v) => {
      const ls = psychLinks(v);
      return once(ls.some((l) => v.ctx.powerful[l]) && ls.some((l) => !v.ctx.powerful[l]));
    },
  },
  {
    code: "NO_SAFE_SPACE",
    core: true,
    severity: "warning",
    params: [],
    evaluate: (v) => once(v.supporters.length >= 1 && v.safeSupporters === 0),
  },
  {
    code: "HIERARCHY_ONLY",
    core: true,
    severity: "warning",
    params: [],
    evaluate: (v) => once(v.supporters.length >= 1 && v.peerLikeSupporters === 0),
  },
  {
    code: "ORG_SINGLE_VIEW",
    core: true,
    severity: "warning",
    params: [],
    evaluate: (v) => {
      const ps = v.providers.get(ORG) ?? [];
      const positional = (g: number) => isSenior(v.ctx.net.people[g]!) || inLineChain(v.ctx.net, g, v.e);
      if (ps.length === 0 || !ps.every(positional)) return [];
      return [
        {
          severity: ps.length === 1 ? "warning" : "info",
          supportType: ORG,
          people: ps.map((g) => idOf(v, g)),
          ...(ps.length === 1 ? { person: idOf(v, ps[0]!) } : {}),
        },
      ];
    },
  },
  {
    code: "TOP_DOWN_ONLY",
    core: false,
    severity: "info",
    params: [],
    evaluate: (v) => {
      const origins = v.links.map((l) => linkOf(v, l).origin).filter((o) => o !== undefined);
      return once(origins.length > 0 && !origins.some((o) => o === "ect_chosen" || o === "emergent"));
    },
  },
  {
    code: "WELLBEING_FORMAL_ONLY",
    core: false,
    severity: "info",
    params: [],
    evaluate: (v) => {
      const ls = psychLinks(v);
      return once(ls.length > 0 && ls.every((l) => linkOf(v, l).formality === "formal"));
    },
  },
  {
    code: "ONE_WAY",
    core: true,
    severity: "info",
    params: [],
    evaluate: (v) => once(v.supporters.length >= 1 && v.liveOutgoing === 0),
  },
  {
    code: "STALE",
    core: true,
    severity: "warning",
    params: ["expected_interval", "as_of_date"],
    evaluate: (v) =>
      v.links.flatMap((l) => {
        const link = linkOf(v, l);
        if (!link.frequency || !link.last_contact || link.frequency === "one_off") return [];
        const interval = v.ctx.settings.expected_interval[link.frequency];
        const days = v.ctx.asOfDay - dayNumber(link.last_contact);
        return days > interval
          ? [
              {
                person: idOf(v, v.ctx.net.from[l]!),
                link: link.link_id,
                values: { daysSinceContact: days, expectedInterval: interval, frequency: link.frequency },
              },
            ]
          : [];
      }),
  },
  {
    code: "STRAINED",
    core: true,
    severity: "warning",
    params: ["trust_low"],
    evaluate: (v) => {
      const sole = soleTypesBy(v);
      return v.links.flatMap((l) => {
        const link = linkOf(v, l);
        const lowTrust = link.trust !== undefined && link.trust <= v.ctx.settings.trust_low;
        if (link.status !== "strained" && !lowTrust) return [];
        const g = v.ctx.net.from[l]!;
        const soleFor = sole.get(g) ?? [];
        return [
          {
            severity: soleFor.length > 0 ? "critical" : "warning",
            person: idOf(v, g),
            link: link.link_id,
            values: {
              status: link.status ?? "active",
              ...(link.trust !== undefined ? { trust: link.trust } : {}),
              types: link.support_types,
              soleSourceOf: soleFor,
            },
          },
        ];
      });
    },
  },
  {
    code: "ALL_NEW",
    core: false,
    severity: "info",
    params: ["new_link_days", "as_of_date"],
    evaluate: (v) => {
      const starts = v.links.map((l) => linkOf(v, l).started_on);
      return once(
        starts.length > 0 &&
          starts.every((s) => s !== undefined && v.ctx.asOfDay - dayNumber(s) <= v.ctx.settings.new_link_days),
      );
    },
  },
  {
    code: "NO_SIMILAR_OTHER",
    core: false,
    severity: "info",
    params: ["similar_rating", "similar_years"],
    evaluate: (v) => {
      const { settings, net } = v.ctx;
      const sims = v.links.map((l) => linkOf(v, l).similarity).filter((s) => s !== undefined);
      const own = v.person.years_experience;
      const gaps = v.supporters
        .map((g) => net.people[g]!)
        .filter((p) => p.kind === "person" && p.years_experience !== undefined && own !== undefined)
        .map((p) => Math.abs(p.years_experience! - own!));
      if (sims.length === 0 && gaps.length === 0) return [];
      return once(!sims.some((s) => s >= settings.similar_rating) && !gaps.some((g) => g <= settings.similar_years));
    },
  },
  {
    code: "SUPPORTER_OVERSTRETCHED",
    core: false,
    severity: "warning",
    params: [],
    evaluate: (v, basics) => v.supporters.filter((g) => basics.overCapacity[g]).map((g) => ({ person: idOf(v, g) })),
  },
  {
    code: "DIRECTED_MENTOR",
    core: false,
    severity: "info",
    params: [],
    evaluate: (v) =>
      v.links
        .filter((l) => isFormalRole(linkOf(v, l).link_role) && linkOf(v, l).willingness === "directed")
        .map((l) => ({ person: idOf(v, v.ctx.net.from[l]!), link: linkOf(v, l).link_id })),
  },
  {
    code: "CONCEPTION_MISMATCH",
    core: false,
    severity: "info",
    params: [],
    evaluate: (v) => {
      const wants = v.person.wants_orientation;
      if (!wants || wants === "mixed") return [];
      const mentors = new Set(
        v.links.filter((l) => linkOf(v, l).link_role === "ect_mentor").map((l) => v.ctx.net.from[l]!),
      );
      return [...mentors]
        .filter((g) => {
          const c = v.ctx.net.people[g]!.mentoring_conception;
          return c !== undefined && c !== "mixed" && c !== wants;
        })
        .map((g) => ({
          person: idOf(v, g),
          values: { wants, mentorConception: v.ctx.net.people[g]!.mentoring_conception! },
        }));
    },
  },
  {
    code: "PEER_COACH_SHORT",
    core: false,
    severity: "info",
    params: ["peer_coach_min_days"],
    evaluate: (v) =>
      v.links.flatMap((l) => {
        const link = linkOf(v, l);
        if (link.link_role !== "peer_coach" || !link.started_on || !link.ends_on) return [];
        const days = dayNumber(link.ends_on) - dayNumber(link.started_on);
        return days < v.ctx.settings.peer_coach_min_days
          ? [{ person: idOf(v, v.ctx.net.from[l]!), link: link.link_id, values: { plannedDays: days } }]
          : [];
      }),
  },
  {
    code: "NO_OUTSIDE_VIEW",
    core: false,
    severity: "info",
    params: [],
    evaluate: (v) => {
      const { school, department } = v.person;
      if (v.supporters.length === 0 || !school || !department) return [];
      const net = v.ctx.net;
      return once(
        v.supporters.every((g) => {
          const p = net.people[g]!;
          return p.kind === "person" && p.school === school && p.department === department;
        }),
      );
    },
  },
  {
    code: "DIRECTIVE_ONLY",
    core: false,
    severity: "info",
    params: [],
    evaluate: (v) => once(v.links.length > 0 && v.links.every((l) => linkOf(v, l).style === "directive")),
  },
];

/** Core rules first, as the issue asks, keeping registry order within each group. */
export const ECT_RULES_ORDERED: readonly EctRule[] = [
  ...ECT_RULES.filter((r) => r.core),
  ...ECT_RULES.filter((r) => !r.core),
];
