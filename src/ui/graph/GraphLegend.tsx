/**
 * How to read the constellation, under it on screen: small drawings of the ring, the line widths,
 * the pie of several kinds and the empty sector, in the graph's own colours. (The PNG and print
 * image draw the same legend on canvas: drawLegend.ts.)
 */
import { EMPTY_WEDGE, GAP_GREY, GIVES_GREY, INK, RING, TYPE_COLOUR } from "../palette.ts";
import { LINE } from "./toRenderGraph.ts";

export function GraphLegend() {
  return (
    <ul className="legend" aria-label="How to read the graph">
      <li>
        <svg width="22" height="22" aria-hidden="true">
          <circle cx="11" cy="11" r="6" fill={TYPE_COLOUR.pedagogy} />
          <circle cx="11" cy="11" r="8.5" fill="none" stroke={RING} strokeWidth="3" />
        </svg>
        Ring: assesses or line-manages
      </li>
      <li>
        <svg width="26" height="12" aria-hidden="true">
          <line x1="0" y1="6" x2="26" y2="6" stroke={INK} strokeWidth={LINE.formal} />
        </svg>
        Thick line: formal ·
        <svg width="26" height="12" aria-hidden="true">
          <line x1="0" y1="6" x2="26" y2="6" stroke={INK} strokeWidth={LINE.informal} />
        </svg>
        thin: informal
      </li>
      <li>
        <svg width="20" height="20" aria-hidden="true">
          <path d="M10 10 L18 10 A8 8 0 0 0 10 2 Z" fill={TYPE_COLOUR.organisational_literacy} />
          <path d="M10 10 L10 2 A8 8 0 0 0 2 10 Z" fill={TYPE_COLOUR.behaviour} />
          <path d="M10 10 L2 10 A8 8 0 0 0 10 18 Z" fill={TYPE_COLOUR.pedagogy} />
          <path d="M10 10 L10 18 A8 8 0 0 0 18 10 Z" fill={TYPE_COLOUR.psychosocial} />
        </svg>
        Pie: one person, several kinds of support
      </li>
      <li>
        <svg width="22" height="16" aria-hidden="true">
          <rect x="1" y="1" width="20" height="14" fill={EMPTY_WEDGE} stroke={GAP_GREY} strokeDasharray="3 2" />
        </svg>
        Hatched sector: no one yet
      </li>
      <li>
        <svg width="26" height="12" aria-hidden="true">
          <line x1="0" y1="6" x2="20" y2="6" stroke={GIVES_GREY} strokeWidth={LINE.gives} />
          <path d="M26 6 L19 2 L19 10 Z" fill={GIVES_GREY} />
        </svg>
        Grey arrow out: support the ECT gives
      </li>
    </ul>
  );
}
