/** Where the data comes from, in words: the header's line and the printed summary's say the same. */
export function sourceWords(
  demo: number | undefined,
  sources: { readonly label: string; readonly isSample?: boolean },
) {
  return demo && sources.isSample
    ? `Synthetic demo network (${demo.toLocaleString("en-GB")} people, nobody real)`
    : sources.label;
}
