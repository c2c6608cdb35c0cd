/**
 * A peer for the process bench: papaparse's default parse (`Papa.parse(text)`) of each file named,
 * read whole, as a user of the library would write it. Plain JavaScript, so it runs with `node`
 * alone and pays no compiler at start-up. Prints the row count, so the work cannot be skipped.
 */
import { readFileSync } from "node:fs";
import Papa from "papaparse";

let rows = 0;
for (const file of process.argv.slice(2)) rows += Papa.parse(readFileSync(file, "utf8")).data.length;
console.log(rows);
