/**
 * The embedded default: the fictional sample trust, bundled into the app so it opens with data
 * and never fetches anything. Nobody in it is real.
 */
import links from "../../data/sample/links.csv?raw";
import people from "../../data/sample/people.csv?raw";
import settings from "../../data/sample/settings.json";

export const SAMPLE_FILES = [
  { name: "people.csv", text: people },
  { name: "links.csv", text: links },
] as const;

export const SAMPLE_SETTINGS: unknown = settings;
export const SAMPLE_NAME = "Aire and Calder Learning Trust (fictional sample)";
