/**
 * The closed line that stands for the network-wide flags on the lead's first screen: how many there
 * are and how serious, most serious first ("5 things about the whole network: 2 worth attention,
 * 3 to reflect on"). Seriousness is said in words, beside the mark and colour the page adds.
 */
import type { Flag } from "../../core/index.ts";
import { counted } from "../../core/index.ts";

type Severity = Flag["severity"];

/** Each seriousness by mark (shape, not colour alone) and words, most serious first. */
export const SEVERITY_SHOWN: Readonly<Record<Severity, { readonly mark: string; readonly word: string }>> = {
  critical: { mark: "▲", word: "Act soon" },
  warning: { mark: "●", word: "Worth attention" },
  info: { mark: "○", word: "To reflect on" },
};

/** The words after a count of flags of each seriousness: "1 to act on soon", "2 worth attention". */
const AFTER_COUNT: Readonly<Record<Severity, string>> = {
  critical: "to act on soon",
  warning: "worth attention",
  info: "to reflect on",
};

const ORDER: readonly Severity[] = ["critical", "warning", "info"];

export interface NetworkFlagsWords {
  /** "5 things about the whole network". */
  readonly title: string;
  /** One per seriousness present, most serious first: { severity: "warning", words: "2 worth attention" }. */
  readonly parts: readonly { readonly severity: Severity; readonly words: string }[];
}

/**
 * @example
 * networkFlagsWords([{ severity: "info" }, { severity: "warning" }]);
 * // { title: "2 things about the whole network", parts: [{ severity: "warning", words: "1 worth attention" }, …] }
 */
export function networkFlagsWords(flags: readonly Pick<Flag, "severity">[]): NetworkFlagsWords {
  return {
    title: `${counted(flags.length, "thing", "things")} about the whole network`,
    parts: ORDER.flatMap((severity) => {
      const n = flags.filter((f) => f.severity === severity).length;
      return n === 0 ? [] : [{ severity, words: `${n.toLocaleString("en-GB")} ${AFTER_COUNT[severity]}` }];
    }),
  };
}
