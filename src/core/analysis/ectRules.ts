/**
 * The per-ECT flags of domain.md section 5.1 as a registry: one descriptor per flag, core flags
 * first. A rule that needs an optional field is not evaluated where that field is missing.
 */
import { isFormalRole } from "../model/enums.ts";
import type { PersonId } from "../model/types.ts";
import type { SupportType } from "../model/supportTypes.ts";
import { NO_DAY, ORIGIN_CODE, ROLE_CODE } from "../model/network.ts";
import { inLineChain } from "./context.ts";
import type { EctView } from "./ectView.ts";
import { isSenior, soleTypesOf } from "./ectView.ts";

const ECT_MENTOR = ROLE_CODE.ect_mentor!;
const PEER_COACH = ROLE_CODE.peer_coach!;
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

const ORG: SupportType = "organisational_literacy";
const CHOSEN = ORIGIN_CODE.ect_chosen!;
const EMERGENT = ORIGIN_CODE.emergent!;

const idOf = (v: EctView, p: number) => v.ctx.net.people[p]!.id as PersonId;
const linkOf = (v: EctView, l: number) => v.ctx.net.links[l]!;
/**
 * Rules return this shared empty list when they raise nothing (most of the time, for most ECTs),
 * and build their drafts only when they fire: at 16,000 ECTs, eager drafts were most of the cost.
 */
const NONE: readonly never[] = Object.freeze([]);
const EMPTY_DRAFT: EctFlagDraft = Object.freeze({});
const once = (condition: boolean): readonly EctFlagDraft[] => (condition ? [EMPTY_DRAFT] : NONE);

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
    evaluate: (v) => (v.supporters.length === 1 ? [{ person: idOf(v, v.supporters[0]!) }] : NONE),
  },
  {
    code: "THIN_NETWORK",
    core: false,
    severity: "info",
    params: ["min_supporters"],
    evaluate: (v) =>
      v.supporters.length >= 2 && v.supporters.length < v.ctx.settings.min_supporters
        ? [{ values: { supporters: v.supporters.length } }]
        : NONE,
  },
  {
    code: "GAP",
    core: true,
    severity: "warning",
    params: ["include_career_in_coverage"],
    evaluate: (v) => {
      if (v.supporters.length === 0) return NONE;
      let out: EctFlagDraft[] | undefined;
      for (let i = 0; i < v.providers.length; i++)
        if (v.providers[i]!.length === 0) (out ??= []).push({ supportType: v.countedTypes[i]! });
      return out ?? NONE;
    },
  },
  {
    code: "SOLE_SOURCE",
    core: true,
    severity: "info",
    params: ["include_career_in_coverage"],
    evaluate: (v) => {
      let out: EctFlagDraft[] | undefined;
      for (let i = 0; i < v.providers.length; i++) {
        const ps = v.providers[i]!;
        if (ps.length === 1) (out ??= []).push({ supportType: v.countedTypes[i]!, person: idOf(v, ps[0]!) });
      }
      return out ?? NONE;
    },
  },
  {
    code: "KEYSTONE",
    core: true,
    severity: "warning",
    params: ["keystone_types"],
    evaluate: (v) => {
      if (v.supporters.length < 2) return NONE;
      let out: EctFlagDraft[] | undefined;
      // Each sole provider once, in the order of the first type they alone provide.
      for (let i = 0; i < v.providers.length; i++) {
        const ps = v.providers[i]!;
        if (ps.length !== 1) continue;
        const g = ps[0]!;
        let seen = false;
        for (let j = 0; j < i; j++) if (v.providers[j]!.length === 1 && v.providers[j]![0] === g) seen = true;
        if (seen) continue;
        const types = soleTypesOf(v, g);
        if (types.length >= v.ctx.settings.keystone_types) (out ??= []).push({ person: idOf(v, g), values: { types } });
      }
      return out ?? NONE;
    },
  },
  {
    code: "CONCENTRATION",
    core: false,
    severity: "warning",
    params: ["max_share_top_supporter"],
    evaluate: (v) => {
      if (v.supporters.length < 2) return NONE;
      let total = 0;
      let top = -1;
      let topSlots = 0;
      for (let s = 0; s < v.supporters.length; s++) {
        total += v.slots[s]!;
        if (v.slots[s]! > topSlots) [top, topSlots] = [v.supporters[s]!, v.slots[s]!];
      }
      return topSlots / total > v.ctx.settings.max_share_top_supporter
        ? [{ person: idOf(v, top), values: { typeSlots: topSlots, totalTypeSlots: total } }]
        : NONE;
    },
  },
  {
    code: "WELLBEING_ONLY_FROM_ASSESSOR",
    core: true,
    severity: "warning",
    params: [],
    evaluate: (v) => {
      const ls = v.psychLinks;
      if (ls.length === 0 || !ls.every((l) => v.ctx.powerful[l])) return NONE;
      return [{ people: [...new Set(ls.map((l) => idOf(v, v.ctx.net.from[l]!)))] }];
    },
  },
  {
    code: "DUAL_ROLE",
    core: false,
    severity: "info",
    params: [],
    evaluate: (v) => {
      let assessed = false;
      let free = false;
      for (const l of v.psychLinks) {
        if (v.ctx.powerful[l]) assessed = true;
        else free = true;
      }
      return once(assessed && free);
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
      const ps = v.providers[v.countedTypes.indexOf(ORG)] ?? [];
      if (ps.length === 0) return NONE;
      for (const g of ps) if (!isSenior(v.ctx.net.people[g]!) && !inLineChain(v.ctx.net, g, v.e)) return NONE;
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
      let recorded = false;
      for (const l of v.links) {
        const origin = v.ctx.net.linkOrigin[l]!;
        if (origin === CHOSEN || origin === EMERGENT) return NONE;
        if (origin !== 0) recorded = true;
      }
      return once(recorded);
    },
  },
  {
    code: "WELLBEING_FORMAL_ONLY",
    core: false,
    severity: "info",
    params: [],
    evaluate: (v) => {
      const ls = v.psychLinks;
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
    evaluate: (v) => {
      const { net, settings, asOfDay } = v.ctx;
      let out: EctFlagDraft[] | undefined;
      for (const l of v.links) {
        const last = net.linkLastContactDay[l]!;
        if (last === NO_DAY) continue;
        const link = net.links[l]!;
        if (!link.frequency || link.frequency === "one_off") continue;
        const interval = settings.expected_interval[link.frequency];
        const days = asOfDay - last;
        if (days > interval)
          (out ??= []).push({
            person: idOf(v, net.from[l]!),
            link: link.link_id,
            values: { daysSinceContact: days, expectedInterval: interval, frequency: link.frequency },
          });
      }
      return out ?? NONE;
    },
  },
  {
    code: "STRAINED",
    core: true,
    severity: "warning",
    params: ["trust_low"],
    evaluate: (v) => {
      const net = v.ctx.net;
      let out: EctFlagDraft[] | undefined;
      for (const l of v.links) {
        const link = net.links[l]!;
        const lowTrust = link.trust !== undefined && link.trust <= v.ctx.settings.trust_low;
        if (!net.linkStrained[l] && !lowTrust) continue;
        const g = net.from[l]!;
        const soleFor = soleTypesOf(v, g);
        (out ??= []).push({
          severity: soleFor.length > 0 ? "critical" : "warning",
          person: idOf(v, g),
          link: link.link_id,
          values: {
            status: link.status ?? "active",
            ...(link.trust !== undefined ? { trust: link.trust } : {}),
            types: link.support_types,
            soleSourceOf: soleFor,
          },
        });
      }
      return out ?? NONE;
    },
  },
  {
    code: "ALL_NEW",
    core: false,
    severity: "info",
    params: ["new_link_days", "as_of_date"],
    evaluate: (v) => {
      const { net, asOfDay, settings } = v.ctx;
      if (v.links.length === 0) return NONE;
      for (const l of v.links) {
        const start = net.linkStartedDay[l]!;
        if (start === NO_DAY || asOfDay - start > settings.new_link_days) return NONE;
      }
      return once(true);
    },
  },
  {
    code: "NO_SIMILAR_OTHER",
    core: false,
    severity: "info",
    params: ["similar_rating", "similar_years"],
    evaluate: (v) => {
      const { settings, net } = v.ctx;
      let evidence = false;
      for (const l of v.links) {
        const s = net.links[l]!.similarity;
        if (s === undefined) continue;
        evidence = true;
        if (s >= settings.similar_rating) return NONE;
      }
      const own = v.person.years_experience;
      if (own !== undefined) {
        for (const g of v.supporters) {
          const p = net.people[g]!;
          if (p.kind !== "person" || p.years_experience === undefined) continue;
          evidence = true;
          if (Math.abs(p.years_experience - own) <= settings.similar_years) return NONE;
        }
      }
      return once(evidence);
    },
  },
  {
    code: "SUPPORTER_OVERSTRETCHED",
    core: false,
    severity: "warning",
    params: [],
    evaluate: (v, basics) => {
      let out: EctFlagDraft[] | undefined;
      for (const g of v.supporters) if (basics.overCapacity[g]) (out ??= []).push({ person: idOf(v, g) });
      return out ?? NONE;
    },
  },
  {
    code: "DIRECTED_MENTOR",
    core: false,
    severity: "info",
    params: [],
    evaluate: (v) => {
      let out: EctFlagDraft[] | undefined;
      for (const l of v.links) {
        const link = linkOf(v, l);
        if (link.willingness === "directed" && isFormalRole(link.link_role))
          (out ??= []).push({ person: idOf(v, v.ctx.net.from[l]!), link: link.link_id });
      }
      return out ?? NONE;
    },
  },
  {
    code: "CONCEPTION_MISMATCH",
    core: false,
    severity: "info",
    params: [],
    evaluate: (v) => {
      const wants = v.person.wants_orientation;
      if (!wants || wants === "mixed") return NONE;
      const { net } = v.ctx;
      const mentors = new Set<number>();
      for (const l of v.links) if (net.linkRole[l] === ECT_MENTOR) mentors.add(net.from[l]!);
      let out: EctFlagDraft[] | undefined;
      for (const g of mentors) {
        const c = net.people[g]!.mentoring_conception;
        if (c !== undefined && c !== "mixed" && c !== wants)
          (out ??= []).push({ person: idOf(v, g), values: { wants, mentorConception: c } });
      }
      return out ?? NONE;
    },
  },
  {
    code: "PEER_COACH_SHORT",
    core: false,
    severity: "info",
    params: ["peer_coach_min_days"],
    evaluate: (v) => {
      const { net, settings } = v.ctx;
      let out: EctFlagDraft[] | undefined;
      for (const l of v.links) {
        if (net.linkRole[l] !== PEER_COACH) continue;
        const started = net.linkStartedDay[l]!;
        const ends = net.linkEndsDay[l]!;
        if (started === NO_DAY || ends === NO_DAY) continue;
        const days = ends - started;
        if (days < settings.peer_coach_min_days)
          (out ??= []).push({
            person: idOf(v, net.from[l]!),
            link: linkOf(v, l).link_id,
            values: { plannedDays: days },
          });
      }
      return out ?? NONE;
    },
  },
  {
    code: "NO_OUTSIDE_VIEW",
    core: false,
    severity: "info",
    params: [],
    evaluate: (v) => {
      const { school, department } = v.person;
      if (v.supporters.length === 0 || !school || !department) return NONE;
      const net = v.ctx.net;
      for (const g of v.supporters) {
        const p = net.people[g]!;
        if (p.kind !== "person" || p.school !== school || p.department !== department) return NONE;
      }
      return once(true);
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
