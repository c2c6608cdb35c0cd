/**
 * What is said at each stop of a keyboard walk round a constellation (pure): the person's name,
 * the kinds of support they give in words, whether they assess or line-manage the ECT, how often
 * they talk, and where the stop is in the walk (among the supporters, or among the people the ECT
 * helps). In the chosen wording ("you" or "this ECT").
 */
import type { Constellation, ConstellationPerson, Frequency, SupportType } from "../../core/index.ts";
import { FREQUENCIES, FREQUENCY_WORDS, SUPPORT_TYPES } from "../../core/index.ts";
import type { WalkStop } from "./walkOrder.ts";

type Voice = "you" | "they";

/** "a", "a and b", "a, b and c". */
export function andList(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/** The most frequent contact over a person's links, or undefined when none is recorded. */
export function mostOften(person: ConstellationPerson): Frequency | undefined {
  const known = person.links.map((l) => l.frequency).filter((f): f is Frequency => f !== undefined);
  return [...known].sort((a, b) => FREQUENCIES.indexOf(a) - FREQUENCIES.indexOf(b))[0];
}

const kindWords = (types: readonly SupportType[]) => andList(types.map((t) => SUPPORT_TYPES[t].short));

/**
 * @example
 * describeStop(c, { kind: "supporter", personId: "P1" }, 1, 3, "you", nameOf, types);
 * // "Beth Summers, ECT mentor. Helps you with behaviour and teaching. Assesses or line-manages you. How often: weekly. 1 of 3 people who support you."
 */
export function describeStop(
  c: Pick<Constellation, "ect" | "supporters" | "contributions">,
  stop: WalkStop,
  index: number,
  count: number,
  voice: Voice,
  nameOf: (id: string, name: string) => string,
  types: readonly SupportType[],
): string {
  const you = voice === "you";
  const them = you ? "you" : "this ECT";
  if (stop.kind === "ect") {
    const n = c.supporters.length;
    const gaps = types.filter((t) => !c.supporters.some((p) => p.types.includes(t)));
    return [
      `${nameOf(c.ect.id, c.ect.name)}${you ? " (you)" : ""}, at the centre.`,
      n === 0 ? `No one supports ${them} yet.` : `${n} ${n === 1 ? "person supports" : "people support"} ${them}.`,
      gaps.length > 0 ? `No one yet for ${kindWords(gaps)}.` : "",
      count > 1 ? "Arrow keys move round the people." : "",
    ]
      .filter(Boolean)
      .join(" ");
  }
  const list = stop.kind === "supporter" ? c.supporters : c.contributions;
  const p = list.find((x) => x.id === stop.personId);
  if (!p) return "";
  const who = `${nameOf(p.id, p.name)}${p.isGroup ? " (a group)" : p.roleTitle ? `, ${p.roleTitle}` : ""}.`;
  const helps = you ? "You help" : "This ECT helps";
  // Supporters and the people the ECT helps are counted apart, so the walk's numbers agree with
  // the centre's "6 people support you" (a plain "1 of 7" took in someone the ECT helps).
  const supporting = c.supporters.length;
  const place =
    stop.kind === "supporter"
      ? `${index} of ${supporting} ${supporting === 1 ? "person who supports" : "people who support"} ${them}.`
      : `${index - supporting} of ${count - 1 - supporting} ${count - 1 - supporting === 1 ? "person" : "people"} ${you ? "you help" : "this ECT helps"}.`;
  if (stop.kind === "contribution")
    return [who, `${helps} them${p.types.length > 0 ? ` with ${kindWords(p.types)}` : ""}.`, place].join(" ");
  const often = mostOften(p);
  return [
    who,
    p.types.length > 0 ? `Helps ${them} with ${kindWords(p.types)}.` : "Gives other kinds of support.",
    p.powerful ? `Assesses or line-manages ${them}.` : "",
    often ? `How often: ${FREQUENCY_WORDS[often]}.` : "How often: not recorded.",
    c.contributions.some((x) => x.id === p.id) ? `${helps} them too.` : "",
    place,
  ]
    .filter(Boolean)
    .join(" ");
}
