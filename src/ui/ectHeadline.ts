/**
 * The headline sentence for one ECT's constellation, worked out the same way for the page, the PNG
 * and the printed page (core's headline over the constellation's flags, strengths and providers).
 * Only how a name is presented differs: isolated for direction in the page, plain on a canvas
 * (where visibleControls shows any control character as a mark).
 */
import type { Constellation, Headline, Settings, SupportType, Voice } from "../core/index.ts";
import { counted, headline, listWords, typeList } from "../core/index.ts";
import type { NameOf } from "./names.ts";
import { sentenceStart, voicedName } from "./voicedName.ts";

export interface EctHeadlineWording {
  readonly voice: "you" | "they";
  readonly nameOf: NameOf;
  /** Share mode: no one is named, not even by a code. */
  readonly share: boolean;
  readonly settings: Pick<Settings, "signpost_text">;
}

/**
 * Everyone's name in one constellation (supporters, those the ECT helps, and the ECT), by id. With a
 * voice, the names are for the page's sentences: someone the ECT named by role reads "your mentor
 * (Jess Hartley)" or "their mentor (Jess Hartley)" rather than the ECT's own "my mentor" (voicedName).
 */
export function constellationNames(constellation: Constellation, voice?: Voice): (id: string) => string {
  const names = new Map<string, string>();
  for (const p of [...constellation.supporters, ...constellation.contributions])
    names.set(p.id, voice ? voicedName(p.name, voice, p.unnamed !== undefined) : p.name);
  names.set(constellation.ect.id, constellation.ect.name);
  return (id) => names.get(id) ?? id;
}

/**
 * @param present how a name (as nameOf gives it) stands in the sentence
 */
export function ectHeadline(
  constellation: Constellation,
  types: readonly SupportType[],
  wording: EctHeadlineWording,
  present: (name: string) => string = (name) => name,
): Headline {
  const nameById = constellationNames(constellation, wording.voice);
  const said = headline(
    {
      flags: constellation.result.flags,
      strengths: constellation.strengths,
      supporters: constellation.supporters.length,
      providers: constellation.result.providers,
      types,
    },
    {
      voice: wording.voice,
      nameOf: (id) => present(wording.nameOf(id, nameById(id))),
      share: wording.share,
      signpost: wording.settings.signpost_text,
    },
  );
  return { ...said, text: sentenceStart(said.text) };
}

/**
 * While an ECT is still answering "Map my support", the line above their map says what is there so
 * far, without judging it: a map one question in is not yet a map with a single source of support,
 * and an empty one is not yet "not filled in". The judgement (ectHeadline) comes once they Finish.
 * Kind "empty": the page's neutral look, neither a concern nor a strength.
 * @example soFarHeadline(jessAfterOneQuestion, CORE_TYPES, "you")
 * // { kind: "empty", text: "So far: 1 person, for how the school works" }
 * soFarHeadline(siobhanWithMum, CORE_TYPES, "you").text
 * // "So far: 5 people (4 supporters and 1 family member or friend), for …; you help 1 person"
 */
export function soFarHeadline(constellation: Constellation, types: readonly SupportType[], voice: Voice): Headline {
  const n = constellation.supporters.length;
  const parts = whoHelps(constellation);
  const covered = types.filter((t) => constellation.supporters.some((p) => p.types.includes(t)));
  const helped = constellation.contributions.length;
  const giving =
    helped > 0 ? `; ${voice === "you" ? "you help" : "they help"} ${counted(helped, "person", "people")}` : "";
  const text =
    n === 0
      ? `So far: no one who helps ${voice === "you" ? "you" : "them"} yet${giving}`
      : `So far: ${counted(n, "person", "people")}${parts}${covered.length > 0 ? `, for ${typeList(covered)}` : ""}${giving}`;
  return { kind: "empty", text };
}

/**
 * Who the people helping are, when not all of them are named colleagues: the ECT list beside the
 * map counts only named supporters ("4 supporters"), so a count that takes in Mum or "my mentor"
 * says how its number is made up ("5 people (4 supporters and 1 family member or friend)").
 * Empty when everyone is named, where the two counts already agree.
 */
function whoHelps(constellation: Constellation): string {
  const family = constellation.supporters.filter((p) => p.unnamed === "family").length;
  const byRole = constellation.supporters.filter((p) => p.unnamed === "role").length;
  if (family === 0 && byRole === 0) return "";
  const named = constellation.supporters.length - family - byRole;
  const parts = [
    ...(named > 0 ? [counted(named, "supporter", "supporters")] : []),
    ...(byRole > 0 ? [`${byRole.toLocaleString("en-GB")} named only by role`] : []),
    ...(family > 0 ? [counted(family, "family member or friend", "family members or friends")] : []),
  ];
  return ` (${listWords(parts)})`;
}
