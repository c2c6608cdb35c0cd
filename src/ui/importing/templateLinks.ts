/**
 * The blank templates, carried inside the page as data: URLs (under 300 bytes each): the same link
 * works in the served app, offline, and in mosaic.html opened from disk, maybe alone on a USB
 * stick, and data/templates/ stays their one copy.
 */
import edgeList from "../../../data/templates/edge-list.csv?raw";
import links from "../../../data/templates/links.csv?raw";
import mySupport from "../../../data/templates/my-support.csv?raw";
import people from "../../../data/templates/people.csv?raw";
import survey from "../../../data/templates/survey.csv?raw";

const TEXTS = {
  "people.csv": people,
  "links.csv": links,
  "edge-list.csv": edgeList,
  "survey.csv": survey,
  "my-support.csv": mySupport,
} as const;

export type TemplateName = keyof typeof TEXTS;

/** The href for a template's link; the link also carries `download` with the file's name. */
export const templateHref = (name: TemplateName): string =>
  `data:text/csv;charset=utf-8,${encodeURIComponent(TEXTS[name])}`;
