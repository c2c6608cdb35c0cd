/**
 * Line endings. Excel writes CRLF, most other tools LF; a CRLF file with rows added in a text editor
 * mixes them, and papaparse reads a file with one line ending only (it guesses it), so a mixed file
 * would have rows merged. A uniform file is read as it is (no copy); a mixed one becomes all LF.
 */

export type Newline = "\n" | "\r\n" | "\r";

/**
 * The one line ending a text uses, or undefined when it mixes them. A text with no line break
 * counts as LF. Scans with indexOf, so a 75 MB CRLF file takes a few tens of milliseconds.
 */
export function uniformNewline(text: string): Newline | undefined {
  const firstCr = text.indexOf("\r");
  if (firstCr < 0) return "\n";
  if (text.indexOf("\n") < 0) return "\r";
  // CRLF throughout: every LF follows a CR, and there are as many CRs as LFs (so no CR stands alone).
  let lfs = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) {
    if (text.charCodeAt(i - 1) !== 13) return undefined;
    lfs++;
  }
  let crs = 0;
  for (let i = firstCr; i >= 0; i = text.indexOf("\r", i + 1)) crs++;
  return crs === lfs ? "\r\n" : undefined;
}

/** The text with CRLF and lone CR made LF. */
export function toLf(text: string): string {
  // One regular expression pass: faster here than replaceAll twice (0.4 s for 100 MB).
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

/** The text as it is when its line endings are uniform, else made all LF, with the line ending to read it by. */
export function withUniformNewlines(text: string): { readonly text: string; readonly newline: Newline } {
  const newline = uniformNewline(text);
  return newline ? { text, newline } : { text: toLf(text), newline: "\n" };
}

/**
 * Makes CRLF and lone CR LF in text that arrives in pieces: a piece ending in CR keeps it back
 * until the next piece says whether an LF follows, so a CRLF split between pieces is one line end.
 */
export class LfWriter {
  private heldCr = false;

  push(piece: string): string {
    let text = this.heldCr ? `\r${piece}` : piece;
    this.heldCr = text.endsWith("\r");
    if (this.heldCr) text = text.slice(0, -1);
    return toLf(text);
  }

  end(): string {
    const rest = this.heldCr ? "\n" : "";
    this.heldCr = false;
    return rest;
  }
}
