/** What the demo's data is, in words: nobody in it is real. */
const demoWords = (demo: number) => `Synthetic demo network (${demo.toLocaleString("en-GB")} people, nobody real)`;

/** Where the data comes from, in words, for the header's line. */
export function sourceWords(
  demo: number | undefined,
  sources: { readonly label: string; readonly isSample?: boolean },
) {
  return demo && sources.isSample ? demoWords(demo) : sources.label;
}

/** Where the data comes from, after "Data:" on a printed page (the summary and the plan say the same). */
export function printedSourceWords(
  demo: number | undefined,
  sources: { readonly printed: string; readonly isSample?: boolean },
) {
  return demo && sources.isSample ? demoWords(demo) : sources.printed;
}
