/**
 * The header above the constellation's picture, made once for both the printed image and
 * "Download PNG": the title, the headline sentence (as the page words it) and the date line.
 * In share mode the title names no one, not even by a code, in the words the page uses for an
 * unnamed ECT ("this ECT"), as the headline does.
 */
import type { Headline } from "../../core/index.ts";
import type { HeaderText } from "./pngHeader.ts";

export interface ConstellationHeaderInput {
  /** The ECT's name as shown (a code when names are hidden). */
  readonly ectName: string;
  readonly headline: Headline;
  /** The data's "as of" date, written out for people. */
  readonly asOf: string;
  readonly share: boolean;
}

export function constellationHeader({ ectName, headline, asOf, share }: ConstellationHeaderInput): HeaderText {
  return {
    title: share ? "This ECT's support mosaic" : `${ectName}: support mosaic`,
    headline,
    subtitle: `As of ${asOf}`,
  };
}

/** A PNG travels on its own, away from the page: it says where it came from. */
export function withProvenance(header: HeaderText): HeaderText {
  return { ...header, subtitle: `${header.subtitle}. Made with Mosaic; it stays on this device.` };
}

/** The PNG's file name: the ECT's name as letters and dashes, or "ect" when names are hidden. */
export function pngFileName(ectName: string, hideNames: boolean, asOfDate: string): string {
  const who = hideNames ? "ect" : ectName.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return `mosaic-${who}-${asOfDate}.png`;
}
