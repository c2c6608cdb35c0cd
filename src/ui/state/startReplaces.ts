/**
 * Whether starting a new, empty map would replace work, and how much is at stake: a map kept on
 * this device is overwritten by the first save of the new one, and anything else not the sample
 * lives only in this page's history, which closing the page takes away.
 */

/** "kept": stored on this device (and would be overwritten); "page": only in this page. */
export type Replaced = "kept" | "page";

interface Shown {
  /** The untouched sample: always there again, so nothing is lost. */
  readonly isSample?: boolean | undefined;
}

/**
 * What a new map would replace, or undefined when nothing worth asking about would go.
 *
 * @example
 * startReplaces({ isSample: false }, true) // "kept"
 */
export function startReplaces(shown: Shown, kept: boolean): Replaced | undefined {
  if (shown.isSample === true) return undefined;
  return kept ? "kept" : "page";
}
