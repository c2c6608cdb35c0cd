/**
 * The strength signals of docs/domain.md section 4 as a registry beside the flags: what is going well in
 * an ECT's support, read from the same per-ECT view the ECT rules read (ectView.ts). Strengths are
 * shown positively, never scored, and never weigh against a flag.
 *
 * People named only by role or as family (Person.unnamed) count where coverage counts (two people
 * for a type, a link the ECT chose), but say nothing about who they are: they are never "a peer",
 * "someone more experienced" or "a setting", since we know too little about them to say so.
 */
import { FORMAL_ROLES } from "../model/enums.ts";
import { ORIGIN_CODE } from "../model/network.ts";
import type { PersonId } from "../model/types.ts";
import type { SupportType } from "../model/supportTypes.ts";
import { ALL_TYPES, SUPPORT_TYPES } from "../model/supportTypes.ts";
import type { AnalysisContext } from "./context.ts";
import { isExcluded, isLive } from "./context.ts";
import type { EctView } from "./ectView.ts";
import { ectViewFor, fillEctView, isPeerLike } from "./ectView.ts";
import type { EctViewScratch } from "./ectView.ts";

export const STRENGTH_CODES = [
  "MULTIPLE_PROVIDERS",
  "ECT_CHOSEN",
  "CONTRIBUTES",
  "PEER_AND_EXPERIENCED",
  "MIXED_SETTINGS",
] as const;
export type StrengthCode = (typeof STRENGTH_CODES)[number];

/** One strength of one ECT, as printed: `analyse --format json` writes these as they are. */
export interface Strength {
  readonly code: StrengthCode;
  readonly supportType?: SupportType;
  readonly person?: PersonId;
}

export type StrengthVoice = "you" | "they";

export interface StrengthRule {
  readonly code: StrengthCode;
  /** The chip's words, in the voice chosen (the ECT reading about themselves, or a lead about them). */
  readonly label: (s: Strength, voice: StrengthVoice) => string;
  /** Pushes this rule's strengths for the ECT in `v` onto `out`. */
  readonly evaluate: (v: EctView, out: Strength[]) => void;
}

const CHOSEN = ORIGIN_CODE.ect_chosen!;

/**
 * A supporter we can say is more experienced than the ECT: a named person, not an ECT, who is not
 * peer-like (a leader, or in the ECT's line), holds a formal mentoring role on a link to them, or
 * has recorded years of experience more than `similar_years` above the ECT's.
 */
function moreExperienced(v: EctView, g: number): boolean {
  const { net, settings } = v.ctx;
  if (!net.isPerson[g] || net.isUnnamed[g] || net.isEct[g]) return false;
  if (!isPeerLike(v.ctx, g, v.e)) return true;
  for (const l of v.links)
    if (net.from[l] === g && net.linkRole[l]! !== 0 && net.linkRole[l]! <= FORMAL_ROLES.length) return true;
  const own = net.yearsExperience[v.e]!;
  const theirs = net.yearsExperience[g]!;
  return own === own && theirs === theirs && theirs - own > settings.similar_years;
}

/** A peer: peer-like (docs/domain.md section 4: a group, support staff, an ECT or a teacher outside the line), named, and not counted as more experienced. */
function peer(v: EctView, g: number): boolean {
  return !v.ctx.net.isUnnamed[g] && isPeerLike(v.ctx, g, v.e) && !moreExperienced(v, g);
}

/**
 * The setting of giver `g` relative to ECT `e` (docs/domain.md section 4), or -1 where it is not known:
 * missing schools or departments say nothing, so they never make a mix.
 */
function settingOf(v: EctView, g: number): number {
  const net = v.ctx.net;
  if (net.isUnnamed[g]) return -1;
  if (net.isGroup[g]) return 4;
  if (net.isExternal[g]) return 3;
  const school = net.school[v.e]!;
  if (school < 0 || net.school[g]! < 0) return -1;
  if (net.school[g] !== school) return 2;
  const dept = net.department[v.e]!;
  if (dept < 0 || net.department[g]! < 0) return -1;
  return net.department[g] === dept ? 0 : 1;
}

const typeWord = (s: Strength) => (s.supportType ? SUPPORT_TYPES[s.supportType].short : "one kind of support");

export const STRENGTH_RULES: readonly StrengthRule[] = [
  {
    // One strength per counted type with two or more distinct live providers.
    code: "MULTIPLE_PROVIDERS",
    label: (s) => `More than one person for ${typeWord(s)}`,
    evaluate: (v, out) => {
      for (let i = 0; i < v.providers.length; i++)
        if (v.providers[i]!.length >= 2)
          out.push({ code: "MULTIPLE_PROVIDERS", supportType: ALL_TYPES[v.typeIndex[i]!]! });
    },
  },
  {
    // Only `ect_chosen`: an emergent link grew up, nobody chose it.
    code: "ECT_CHOSEN",
    label: (_, voice) => (voice === "you" ? "You chose one of your supporters" : "They chose one of their supporters"),
    evaluate: (v, out) => {
      const { net } = v.ctx;
      for (const l of v.links)
        if (net.linkOrigin[l] === CHOSEN) {
          out.push({ code: "ECT_CHOSEN", person: net.people[net.from[l]!]!.id });
          return;
        }
    },
  },
  {
    // A contribution: a live link from the ECT to someone else (docs/domain.md section 4, is_contribution).
    code: "CONTRIBUTES",
    label: (_, voice) => (voice === "you" ? "You help others" : "They help others"),
    evaluate: (v, out) => {
      const { ctx } = v;
      const { net } = ctx;
      for (let k = net.outStart[v.e]!; k < net.outStart[v.e + 1]!; k++) {
        const l = net.outLinks[k]!;
        if (isLive(ctx, l)) {
          out.push({ code: "CONTRIBUTES", person: net.people[net.to[l]!]!.id });
          return;
        }
      }
    },
  },
  {
    // CUREE: peers *and* experts. Two different supporters, one of each.
    code: "PEER_AND_EXPERIENCED",
    label: () => "Both a peer and someone more experienced",
    evaluate: (v, out) => {
      let hasPeer = false;
      let hasExperienced = false;
      for (const g of v.supporters) {
        if (moreExperienced(v, g)) hasExperienced = true;
        else if (peer(v, g)) hasPeer = true;
      }
      if (hasPeer && hasExperienced) out.push({ code: "PEER_AND_EXPERIENCED" });
    },
  },
  {
    code: "MIXED_SETTINGS",
    label: () => "Support from more than one setting",
    evaluate: (v, out) => {
      let first = -1;
      for (const g of v.supporters) {
        const s = settingOf(v, g);
        if (s < 0) continue;
        if (first < 0) first = s;
        else if (s !== first) {
          out.push({ code: "MIXED_SETTINGS" });
          return;
        }
      }
    },
  },
];

/** The strengths of the ECT in a filled view, in registry order. */
export function strengthsOfView(v: EctView): Strength[] {
  const out: Strength[] = [];
  if (v.unmapped) return out;
  for (const rule of STRENGTH_RULES) rule.evaluate(v, out);
  return out;
}

/**
 * The strengths of ECT `e` (a person index). Pass a view from ectViewFor(ctx) to reuse it across
 * many ECTs; it is refilled.
 * @example strengthsOf(ctx, net.indexOf.get("E1")!) // [{ code: "CONTRIBUTES", person: "E2" }]
 */
export function strengthsOf(ctx: AnalysisContext, e: number, view: EctViewScratch = ectViewFor(ctx)): Strength[] {
  if (isExcluded(ctx, e)) return [];
  return strengthsOfView(fillEctView(view, e));
}

/**
 * The chips for a list of strengths, in registry order: the per-type strengths share one chip
 * ("More than one person for teaching and wellbeing"), the others one chip each.
 */
export function strengthChips(strengths: readonly Strength[], voice: StrengthVoice): string[] {
  const out: string[] = [];
  const types = strengths.filter((s) => s.code === "MULTIPLE_PROVIDERS" && s.supportType);
  if (types.length > 0) {
    const words = types.map(typeWord);
    const list = words.length === 1 ? words[0]! : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]!}`;
    out.push(`More than one person for ${list}`);
  }
  for (const rule of STRENGTH_RULES) {
    if (rule.code === "MULTIPLE_PROVIDERS") continue;
    const s = strengths.find((x) => x.code === rule.code);
    if (s) out.push(rule.label(s, voice));
  }
  return out;
}
