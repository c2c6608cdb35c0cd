/**
 * A peer for the process bench: papaparse row by row (`step`), the parse Mosaic's import is built
 * on, of each file named, read whole. Plain JavaScript, run with `node` alone. Prints the row count.
 */
import { readFileSync } from "node:fs";
import Papa from "papaparse";

let rows = 0;
for (const file of process.argv.slice(2))
  Papa.parse(readFileSync(file, "utf8"), {
    step: () => {
      rows++;
    },
  });
console.log(rows);
