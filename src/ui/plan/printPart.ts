/** Prints one part of the page: the print stylesheet shows only what `data-print` names. */
export function printPart(part: "plan" | "summary" | "lead-summary"): void {
  document.body.dataset.print = part;
  const done = () => {
    delete document.body.dataset.print;
    removeEventListener("afterprint", done);
  };
  addEventListener("afterprint", done);
  print();
}
