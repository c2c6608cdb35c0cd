/**
 * Bidi control characters shown as visible marks, for text drawn on a canvas (graph labels, PNG,
 * print). A canvas has no `<bdi>`: an invisible right-to-left override in a name would reorder the
 * rest of the label ("gnp.exe" drawn as "exe.png"). Replacing each control with a short visible tag
 * keeps the name readable and shows that something odd is in it.
 */

/** The controls that change text direction, with the short name each is shown by. */
const CONTROL_NAMES: Readonly<Record<string, string>> = {
  "\u061C": "ALM",
  "\u200E": "LRM",
  "\u200F": "RLM",
  "\u202A": "LRE",
  "\u202B": "RLE",
  "\u202C": "PDF",
  "\u202D": "LRO",
  "\u202E": "RLO",
  "\u2066": "LRI",
  "\u2067": "RLI",
  "\u2068": "FSI",
  "\u2069": "PDI",
};

const CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * `text` with every bidi control character replaced by a visible mark such as "⟨RLO⟩". Text
 * without controls comes back unchanged (the same string).
 *
 * @example visibleControls("abc\u202Egnp.exe") === "abc⟨RLO⟩gnp.exe"
 */
export function visibleControls(text: string): string {
  return text.replace(CONTROLS, (c) => `⟨${CONTROL_NAMES[c] ?? "CTRL"}⟩`);
}

/** Whether `text` holds a bidi control character. */
export function hasBidiControls(text: string): boolean {
  return text.search(CONTROLS) >= 0;
}
