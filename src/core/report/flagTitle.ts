/**
 * A flag's short title, as a chip in the lead's heat map and a line in the network picture's list
 * both show it: "No one for wellbeing and belonging". One function for both, so a screen reader's
 * list never says less than the drawing's table ("No one for " with its kind of support dropped).
 */
import type { SupportType } from "../model/supportTypes.ts";
import { typeWord } from "./describeFlag.ts";
import { FLAG_HELP, fillText } from "./helpTexts.ts";

/** What a title needs of a flag: its code and, for flags about one kind of support, that kind. */
export interface FlagRef {
  readonly code: string;
  readonly supportType?: SupportType | undefined;
}

/**
 * @example
 * flagTitle({ code: "GAP", supportType: "psychosocial" }); // "No one for wellbeing and belonging"
 * flagTitle({ code: "GAP" }); // "No one" (a kind is named only when the flag has one)
 */
export function flagTitle(flag: FlagRef): string {
  const title = FLAG_HELP[flag.code]?.title;
  if (title === undefined) return flag.code;
  // Without a kind, the {type} is left out with its "for", not filled with nothing ("No one for ").
  return flag.supportType ? fillText(title, { type: typeWord(flag.supportType) }) : title.replace(/ for \{type\}$/, "");
}
