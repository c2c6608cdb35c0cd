/**
 * The `mosaic` command line: import, export, analyse and what-if on CSV files, for batch use and
 * scripts. Exit 0 when something was read (even with row-level diagnostics), 2 when nothing usable
 * could be read, 1 on bad usage.
 *
 * The usage text is answered here, before the rest is loaded: the rest (the core, papaparse) is
 * most of the bundle, and `mosaic --help` need not compile it. The launcher builds main.ts as a
 * chunk of its own, loaded only when there is work to do.
 */
import { usageAnswer } from "./args.ts";

const argv = process.argv.slice(2);
const usage = usageAnswer(argv);
if (usage) {
  if (usage.stdout) process.stdout.write(usage.stdout);
  if (usage.stderr) process.stderr.write(usage.stderr);
  process.exitCode = usage.code;
} else {
  const { main } = await import("./main.ts");
  main(argv);
}
