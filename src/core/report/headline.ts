/**
 * The one sentence that says the most important thing about one ECT's support, shown above their
 * constellation: the most serious flag as a concern, or, when nothing is flagged, a strength. When
 * the most serious flag is only something to reflect on, what is there leads and that flag follows.
 *
 * The words come from the flags' own help texts (describeFlag) and the strength registry
 * (strengthChips): the headline is the first sentence of what the flag list says, never a second
 * copy of it. In share mode no one is named, not even by a code: a sentence that would name
 * someone gives way to the flag's title.
 */
import type { Flag, Severity } from "../analysis/flags.ts";
import { bySeverity } from "../analysis/flags.ts";
import type { Strength } from "../analysis/strengthRules.ts";
import { strengthChips } from "../analysis/strengthRules.ts";
import type { SupportType } from "../model/supportTypes.ts";
import type { NameOf, Voice } from "./describeFlag.ts";
import { describeFlag } from "./describeFlag.ts";

export interface HeadlineInput {
  /** The ECT's flags, in any order. */
  readonly flags: readonly Flag[];
  readonly strengths: readonly Strength[];
  /** How many people give the ECT live support. */
  readonly supporters: number;
  /** Live providers per counted type (EctResult.providers). */
  readonly providers: Readonly<Partial<Record<SupportType, readonly string[]>>>;
  /** The kinds of support counted and shown (four, or five with career). */
  readonly types: readonly SupportType[];
}

export interface HeadlineWording {
  /** "you": the ECT reading about themselves; "they": a mentor lead reading about "this ECT". */
  readonly voice: Voice;
  readonly nameOf: NameOf;
  /** Share mode: no one is named, not even by a code. */
  readonly share: boolean;
  /** The school's signposting text, as the flags use it. */
  readonly signpost?: string;
}

export interface Headline {
  readonly kind: "concern" | "strength" | "empty";
  readonly text: string;
  /** The flag code behind a concern. */
  readonly code?: string;
  readonly severity?: Severity;
}

/** How a concern's sentence ends, by how serious the flag is. */
const TAIL: Readonly<Record<Severity, string>> = {
  critical: "worth a look soon",
  warning: "something to think about",
  info: "something to reflect on",
};

const NUMBER_WORDS = ["No one", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"];

// Names stand in the sentence as private-use marks while it is cut, so a name's own full stop or
// question mark never ends the sentence, and share mode can see where a name would have gone.
const OPEN = "\u{E000}";
const CLOSE = "\u{E001}";
const TOKEN = /\u{E000}(\d+)\u{E001}/gu;

/**
 * The text up to the end of its first sentence: the first ".", "!" or "?" followed by a space or
 * the end, outside double quotes (recorded kinds of support are quoted and may hold a full stop).
 */
export function firstSentence(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (
      !quoted &&
      (c === "." || c === "!" || c === "?") &&
      (i + 1 === text.length || /\s/.test(text[i + 1] ?? ""))
    )
      return text.slice(0, i + 1);
  }
  return text;
}

/**
 * The first sentence of what the flag list says about `flag`, names put back as nameOf gives them,
 * and whether it opens with a name (which keeps its capital letter wherever the sentence stands).
 */
function flagSentence(
  flag: Flag,
  wording: HeadlineWording,
): { readonly text: string; readonly opensWithName: boolean } {
  const ids: string[] = [];
  const token: NameOf = (id) => {
    ids.push(id);
    return `${OPEN}${ids.length - 1}${CLOSE}`;
  };
  const words = describeFlag(flag, token, wording.voice, wording.signpost ?? "");
  let sentence = firstSentence(words.body);
  if (wording.share && sentence.includes(OPEN)) sentence = words.title.includes(OPEN) ? "" : `${words.title}.`;
  if (!sentence.trim())
    sentence =
      wording.voice === "you" ? "Something on your map is worth a look." : "Something on this map is worth a look.";
  return {
    text: sentence.replace(TOKEN, (_, i: string) => wording.nameOf(ids[Number(i)] ?? "")),
    opensWithName: sentence.startsWith(OPEN),
  };
}

function concern(flag: Flag, wording: HeadlineWording): Headline {
  const named = flagSentence(flag, wording).text;
  // A question stands as asked; a statement gets how much it matters.
  const text = named.endsWith("?") ? named : `${named.replace(/[.!]$/, "")}: ${TAIL[flag.severity]}`;
  return { kind: "concern", text, code: flag.code, severity: flag.severity };
}

/**
 * When nothing is worth attention, what is there comes first and the one thing to reflect on
 * follows it: a single source is a prompt, not the first thing an ECT should read about a map
 * that covers every kind of support.
 */
function reflectAfter(lead: string, flag: Flag, wording: HeadlineWording): Headline {
  const { text, opensWithName } = flagSentence(flag, wording);
  const sentence = text.replace(/[.!]$/, "");
  const said = opensWithName ? sentence : `${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
  return {
    kind: "strength",
    text: `${lead}. Something to reflect on: ${said}`,
    code: flag.code,
    severity: flag.severity,
  };
}

/**
 * What is there, when it can be said in a few words: every kind covered (by how many people), or
 * the first strength chip.
 */
function whatIsThere(input: HeadlineInput, voice: Voice): string | undefined {
  const people = new Set<string>();
  let covered = input.types.length > 0;
  for (const t of input.types) {
    const who = input.providers[t] ?? [];
    if (who.length === 0) covered = false;
    for (const id of who) people.add(id);
  }
  if (covered) {
    const n = people.size;
    const count = NUMBER_WORDS[n] ?? n.toLocaleString("en-GB");
    return `${count} ${n === 1 ? "person covers" : "people cover"} every kind of support`;
  }
  return strengthChips(input.strengths, voice)[0];
}

function strength(input: HeadlineInput, wording: HeadlineWording): Headline {
  const there = whatIsThere(input, wording.voice);
  if (there) return { kind: "strength", text: there };
  if (input.supporters > 0) return { kind: "strength", text: "Nothing flagged on this map" };
  return {
    kind: "empty",
    text:
      wording.voice === "you"
        ? "No one on your map yet: add the people you turn to"
        : "No one on this ECT's map yet: add the people they turn to",
  };
}

/**
 * The most important thing about one ECT, in one sentence and the chosen wording.
 * @example headline({ flags, strengths, supporters: 4, providers, types }, { voice: "you", nameOf, share: false })
 * // { kind: "concern", code: "WELLBEING_ONLY_FROM_ASSESSOR", text: "The people you go to for … manage you: something to think about" }
 */
export function headline(input: HeadlineInput, wording: HeadlineWording): Headline {
  const top = [...input.flags].sort(bySeverity)[0];
  if (!top) return strength(input, wording);
  const there = top.severity === "info" ? whatIsThere(input, wording.voice) : undefined;
  return there ? reflectAfter(there, top, wording) : concern(top, wording);
}
