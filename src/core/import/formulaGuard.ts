/**
 * Spreadsheet formula-injection guard. A cell that a spreadsheet would read as a formula gets a
 * leading `'`; cells that already start with quotes before such a character get one more, so that
 * import (which strips exactly one) gives back the value exactly. Written by hand because
 * papaparse's `escapeFormulae` misses line breaks and leading quotes (toolchain.md, trap 9).
 */

const DANGEROUS = /^'*[=+\-@\t\r\n]/;
const GUARDED = /^'+[=+\-@\t\r\n]/;

export function guardCell(value: string): string {
  return DANGEROUS.test(value) ? `'${value}` : value;
}

export function unguardCell(value: string): string {
  return GUARDED.test(value) ? value.slice(1) : value;
}
