/**
 * A problem with what a file holds, thrown deep inside a reader (a workbook cell beyond Excel's
 * limits, an XML part cut short) and caught where the file is decoded, whose message is shown as it is.
 */
export class FileProblem extends Error {
  override readonly name = "FileProblem";
}
