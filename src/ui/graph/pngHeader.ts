/**
 * The text above the drawing in the PNG and the printed image: the title, the headline sentence
 * (the most important thing, in the chosen wording, as on the page) and the date line. Pure: the
 * caller passes the text measure, so the layout is tested without a canvas. A long headline wraps
 * onto a second line and is then shortened with an ellipsis, never cut mid-character.
 */
import type { Headline } from "../../core/index.ts";
import { shorten, visibleControls } from "../../core/index.ts";
import { INK, MUTED } from "../palette.ts";

export interface HeaderText {
  readonly title: string;
  readonly headline?: Headline | undefined;
  readonly subtitle: string;
}

export interface HeaderLine {
  readonly text: string;
  readonly font: string;
  readonly colour: string;
  /** The text's left edge, in pixels. */
  readonly x: number;
  /** The text's baseline, in pixels from the image's top. */
  readonly y: number;
}

export interface HeaderLayout {
  readonly lines: readonly HeaderLine[];
  /** The headline's band (behind its lines), with the accent bar's colour, as on the page. */
  readonly band?: {
    readonly x: number;
    readonly width: number;
    readonly y: number;
    readonly height: number;
    readonly accent: string;
    readonly fill: string;
  };
  /** Where the drawing starts. */
  readonly height: number;
}

const FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
export const HEADER_FONTS = {
  title: `600 30px ${FAMILY}`,
  headline: `600 22px ${FAMILY}`,
  subtitle: `18px ${FAMILY}`,
} as const;
const HEADLINE_LINE = 30;
const HEADLINE_LINES = 2;
/** The band's left padding, inside its accent bar. */
const BAND_INSET = 18;

/** The page's card is white on grey; on the image's white it is a faint grey. */
const CARD = "#f4f6f9";
/** The page's own colours for each kind of headline (styles.css .headline-*). */
const ACCENT: Readonly<Record<Headline["kind"], { accent: string; fill: string }>> = {
  concern: { accent: "#8a5300", fill: CARD },
  strength: { accent: "#1b7a5a", fill: "#e9f6f1" },
  empty: { accent: "#2f4f7f", fill: CARD },
};

/**
 * @param width the image's width; text keeps `margin` from each side
 * @param measure the width of `text` drawn in `font`
 */
export function layoutHeader(
  header: HeaderText,
  width: number,
  margin: number,
  measure: (text: string, font: string) => number,
): HeaderLayout {
  const room = width - 2 * margin;
  const fit = (text: string, font: string, limit = room) =>
    shorten(visibleControls(text), limit, (t) => measure(t, font));
  const lines: HeaderLine[] = [
    { text: fit(header.title, HEADER_FONTS.title), font: HEADER_FONTS.title, colour: INK, x: margin, y: 48 },
  ];
  let y = 64;
  let band: HeaderLayout["band"];
  const said = header.headline?.text.trim();
  if (header.headline && said) {
    const wrapped = wrap(visibleControls(said), room - BAND_INSET, HEADLINE_LINES, (t) =>
      measure(t, HEADER_FONTS.headline),
    );
    const top = y + 6;
    wrapped.forEach((text, i) =>
      lines.push({
        text,
        font: HEADER_FONTS.headline,
        colour: INK,
        x: margin + BAND_INSET,
        y: top + 30 + i * HEADLINE_LINE - 8,
      }),
    );
    const height = 14 + wrapped.length * HEADLINE_LINE;
    band = { x: margin, width: room, y: top, height, ...ACCENT[header.headline.kind] };
    y = top + height;
  }
  lines.push({
    text: fit(header.subtitle, HEADER_FONTS.subtitle),
    font: HEADER_FONTS.subtitle,
    colour: MUTED,
    x: margin,
    y: y + 28,
  });
  return { lines, ...(band ? { band } : {}), height: y + 44 };
}

/** Words onto at most `max` lines of `limit` pixels; what does not fit ends the last line with "…". */
export function wrap(text: string, limit: number, max: number, measure: (text: string) => number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let line = "";
  for (const [i, word] of words.entries()) {
    const longer = line ? `${line} ${word}` : word;
    if (!line || measure(longer) <= limit) {
      line = longer;
      continue;
    }
    // The last line takes the rest of the sentence, shortened to fit.
    if (out.length === max - 1) return [...out, shorten(`${line} ${words.slice(i).join(" ")}`, limit, measure)];
    // (A single word longer than a line is shortened too.)
    out.push(shorten(line, limit, measure));
    line = word;
  }
  if (line) out.push(shorten(line, limit, measure));
  return out.filter(Boolean);
}
