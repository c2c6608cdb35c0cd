/** The command line: the usage text and the arguments it describes. */
import type { CliResult } from "./cliIo.ts";

export const USAGE = `Usage: mosaic <command> FILES... [options]

Commands:
  import FILES   read CSV files and print what was read           (--format json|markdown)
  export FILES   write canonical people.csv and links.csv         (--out DIR)
  analyse FILES  flags, coverage, load and structure              (--format json|markdown)
  whatif FILES   what changes if people leave                     (--remove ID, repeatable)
  suggest FILES  who could fill each gap or single source         (--ect ID for one ECT)
  plan FILES     propose links that fill gaps within everyone's capacity (--school NAME, --second-sources)
  diff --before FILES --after FILES
                 what changed between two snapshots: ties, coverage, load, stale links

Options:
  --format json|markdown   output format (default json)
  --mapping FILE.json      header -> field or support type, for headers Mosaic does not recognise
  --same FILE.csv          answers to "Same person?" (columns keep, other, same: yes or no)
  --same-schools FILE.csv  answers to "Same school?" (columns keep, other, same: yes reads other as keep,
                           no keeps the two schools apart and stops asking)
  --ect NAME               the ECT of a one-person map (the quick format has no ECT column)
  --settings FILE.json     thresholds (defaults otherwise; a settings.json beside the first file is used when present)
  --as-of YYYY-MM-DD       the date the analysis describes (default: settings, else today)
  --out DIR                where export writes
  --remove ID              a person to take out in a what-if
  --school NAME            plan: only this school's ECTs
  --second-sources         plan: also add a second source where an ECT has only one
  --before FILES / --after FILES
                           diff: the earlier and the later snapshot (a settings.json beside each
                           snapshot's first file gives its as-of date)
`;

export interface Args {
  command: string;
  files: string[];
  format: string;
  mapping?: string;
  same?: string;
  sameSchools?: string;
  ect?: string;
  settings?: string;
  asOf?: string;
  out?: string;
  remove: string[];
  school?: string;
  secondSources: boolean;
  before: string[];
  after: string[];
}

/**
 * The answer when the command line asks for the usage text (`--help`, `-h`, or a blank command),
 * and when it has no arguments at all (the text on standard error, exit 1); undefined otherwise.
 */
export function usageAnswer(argv: readonly string[]): CliResult | undefined {
  if (argv.length === 0) return { code: 1, stdout: "", stderr: USAGE };
  const command = argv[0];
  return !command || command === "--help" || command === "-h" ? { code: 0, stdout: USAGE, stderr: "" } : undefined;
}

/** The arguments of a command line that usageAnswer did not answer. */
export function parseArgs(argv: readonly string[]): Args {
  const [command = "", ...rest] = argv;
  const args: Args = { command, files: [], format: "json", remove: [], secondSources: false, before: [], after: [] };
  // Bare file names go to the list the last --before or --after opened (diff), else to `files`.
  let list = args.files;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const value = () => {
      const v = rest[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === "--format") args.format = value();
    else if (a === "--mapping") args.mapping = value();
    else if (a === "--same") args.same = value();
    else if (a === "--same-schools") args.sameSchools = value();
    else if (a === "--ect") args.ect = value();
    else if (a === "--settings") args.settings = value();
    else if (a === "--as-of") args.asOf = value();
    else if (a === "--out") args.out = value();
    else if (a === "--remove") args.remove.push(value());
    else if (a === "--school") args.school = value();
    else if (a === "--second-sources") args.secondSources = true;
    else if (a === "--before") list = args.before;
    else if (a === "--after") list = args.after;
    else if (a.startsWith("--")) throw new Error(`unknown option ${a}`);
    else list.push(a);
  }
  return args;
}
