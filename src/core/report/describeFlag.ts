/** A flag in words: its help text with names, types and numbers filled in. */
import type { SupportNetwork } from "../model/network.ts";
import type { SupportType } from "../model/supportTypes.ts";
import { isSupportType, SUPPORT_TYPES } from "../model/supportTypes.ts";
import { supportTypesIn, textListIn } from "../model/slotValues.ts";
import type { Flag } from "../analysis/flags.ts";
import {
  FLAG_HELP,
  fillText,
  LEAD_WORDS,
  SHARE_WORDS,
  STRAINED_CRITICAL,
  STRAINED_CRITICAL_THEY,
  TOP_DOWN_ONLY_PARTIAL,
} from "./helpTexts.ts";

export interface FlagWords {
  readonly title: string;
  readonly body: string;
  readonly why: string;
  readonly try: string;
}

export type Voice = "you" | "they";
/** How a person is shown: their name, or a pseudonym in "hide names" mode. */
export type NameOf = (id: string) => string;

/** How often, in words ("every two weeks"). */
export const FREQUENCY_WORDS: Readonly<Record<string, string>> = {
  weekly: "weekly",
  fortnightly: "every two weeks",
  monthly: "monthly",
  half_termly: "every half-term",
  termly: "once a term",
  ad_hoc: "as needed",
  one_off: "once",
};
const CONCEPTION_WORDS: Readonly<Record<string, string>> = {
  instrumental: "practical, ready-to-use strategies",
  developmental: "long-term development",
  mixed: "a mix",
};

export function typeWord(t: string): string {
  return isSupportType(t)
    ? SUPPORT_TYPES[t].label.toLowerCase().replace("how this school works", "how the school works")
    : t;
}

export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** Support types as a list in a sentence, by their short words: "behaviour and wellbeing". */
export function typeList(types: readonly SupportType[]): string {
  return listWords(types.map((t) => SUPPORT_TYPES[t].short));
}

/** Kinds as recorded, in a sentence: support types by their short word, other words in quotes. */
export function kindWords(kinds: readonly string[]): string {
  if (kinds.length === 0) return "something not yet recorded";
  return listWords(kinds.map((k) => (isSupportType(k) ? SUPPORT_TYPES[k].short : `"${k}"`)));
}

export function nameLookup(net: SupportNetwork): NameOf {
  return (id) => net.people[net.indexOf.get(id) ?? -1]?.name ?? id;
}

/**
 * A flag in words for its reader: the ECT ("you"), or the mentor lead ("they": LEAD_WORDS replaces
 * any "why" or "try" that speaks to the ECT). With `share`, for governors and boards, no one is
 * named ("one person", "2 people") and SHARE_WORDS replaces texts that point at named people.
 */
export function describeFlag(
  flag: Flag,
  nameOf: NameOf,
  voice: Voice = "you",
  signpost = "",
  options: { readonly share?: boolean } = {},
): FlagWords {
  const help = FLAG_HELP[flag.code];
  const v = flag.values ?? {};
  const strainedTypes = supportTypesIn(v.soleSourceOf) ?? [];
  const people = flag.people ?? [];
  const share = options.share === true;
  const unnamed = flag.person || people.length <= 1 ? "one person" : `${people.length} people`;
  const values: Record<string, string> = {
    name: share ? unnamed : flag.person ? nameOf(flag.person) : listWords(people.map(nameOf)),
    type: flag.supportType ? typeWord(flag.supportType) : "",
    types: listWords((textListIn(v.types) ?? strainedTypes).map(typeWord)) || "the support they give",
    n: String(v.daysSinceContact ?? ""),
    frequency: FREQUENCY_WORDS[String(v.frequency)] ?? String(v.frequency ?? ""),
    count: String(people.length),
    wants: CONCEPTION_WORDS[String(v.wants)] ?? "",
    mentor: CONCEPTION_WORDS[String(v.mentorConception)] ?? "",
    signpost: signpost || "talk to your mentor lead about where to find professional help",
    kinds: kindWords(textListIn(v.kinds) ?? []),
    supports: people.length > 1 ? "support" : "supports",
  };
  if (!help) return { title: flag.code, body: flag.code, why: "", try: "" };
  let body = fillText(voice === "you" ? help.you : help.they, values);
  if (flag.code === "STRAINED" && flag.severity === "critical") {
    body += ` ${fillText(voice === "you" ? STRAINED_CRITICAL : STRAINED_CRITICAL_THEY, { types: listWords(strainedTypes.map(typeWord)) })}`;
  }
  if (flag.code === "ORG_SINGLE_VIEW" && !flag.person) {
    body = fillText(
      voice === "you"
        ? "You're learning how the school works only from senior leaders or your line managers ({name})."
        : "This ECT is learning how the school works only from senior leaders or their line managers ({name}).",
      values,
    );
  }
  if (flag.code === "TOP_DOWN_ONLY" && Number(v.withOrigin) < Number(v.links)) {
    body = fillText(TOP_DOWN_ONLY_PARTIAL[voice], { known: String(v.withOrigin), total: String(v.links) });
  }
  const lead = voice === "they" ? LEAD_WORDS[flag.code] : undefined;
  const shared = share ? SHARE_WORDS[flag.code] : undefined;
  return {
    title: share ? capitalise(fillText(help.title, values)) : fillText(help.title, values),
    body: share ? capitalise(body) : body,
    why: fillText(lead?.why ?? help.why, values),
    try: fillText(shared?.try ?? lead?.try ?? help.try, values),
  };
}

/** "one person supports…" at the start of a sentence (share mode's stand-in for a name). */
function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
