/**
 * Whether a name written in a survey answer names a group ("Calder Vale ECT group (Thursdays)",
 * "Trust ECT peer network") rather than a person. Groups are nodes of kind `group` (docs/domain.md
 * 3.1): they get no "Away" button and count as outside links. A group word must stand as a whole
 * word ("Mrs Groupman" is a person) outside any bracket: "Sam (maths team)" is Sam, whose bracket
 * says where they work, while "Year 3 team (Mrs Lee's group)" is a team.
 */
import { foldName } from "./foldName.ts";

/** Folded words that make a name a group's. Plurals are read too ("Wellbeing Circles"). */
export const GROUP_WORDS: ReadonlySet<string> = new Set([
  "group",
  "network",
  "team",
  "forum",
  "circle",
  "club",
  "cluster",
  "hub",
  "society",
  "community",
  "collective",
  "association",
  "alliance",
  "partnership",
  "consortium",
  "committee",
  "cohort",
  "meetup",
  "huddle",
]);

const BRACKETED = /\([^()]*\)|\[[^[\]]*\]/g;

/**
 * The group word a name holds outside its brackets, if any.
 * @example groupWordOf("Calder Vale ECT group (Thursdays)") // "group"
 * @example groupWordOf("Mrs Groupman") // undefined
 * @example groupWordOf("Sam (maths team)") // undefined
 */
export function groupWordOf(name: string): string | undefined {
  const words = foldName(name.replace(BRACKETED, " ")).split(" ");
  // A single word alone ("Hub", "Circle") is as likely a surname written on its own.
  if (words.length < 2) return undefined;
  for (const w of words) {
    if (GROUP_WORDS.has(w)) return w;
    if (w.endsWith("s") && GROUP_WORDS.has(w.slice(0, -1))) return w.slice(0, -1);
  }
  return undefined;
}
