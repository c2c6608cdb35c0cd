/**
 * The headline sentence for one ECT's constellation, worked out the same way for the page, the PNG
 * and the printed page (core's headline over the constellation's flags, strengths and providers).
 * Only how a name is presented differs: isolated for direction in the page, plain on a canvas
 * (where visibleControls shows any control character as a mark).
 */
import type { Constellation, Headline, Settings, SupportType } from "../core/index.ts";
import { headline } from "../core/index.ts";
import type { NameOf } from "./names.ts";

export interface EctHeadlineWording {
  readonly voice: "you" | "they";
  readonly nameOf: NameOf;
  /** Share mode: no one is named, not even by a code. */
  readonly share: boolean;
  readonly settings: Pick<Settings, "signpost_text">;
}

/** Everyone's name in one constellation (supporters, those the ECT helps, and the ECT), by id. */
export function constellationNames(constellation: Constellation): (id: string) => string {
  const names = new Map<string, string>();
  for (const p of [
    ...constellation.supporters,
    ...constellation.contributions,
    { id: constellation.ect.id, name: constellation.ect.name },
  ])
    names.set(p.id, p.name);
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
  const nameById = constellationNames(constellation);
  return headline(
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
}
