/**
 * Runs the `mosaic` command line as built JavaScript, so no TypeScript is compiled per run.
 *
 * `npm install` (the `prepare` script) and `npm run build` build the bundle; every run first checks
 * that no source the bundle is made from is newer than it, and rebuilds when one is, so a run never
 * uses a stale build. `--build` builds and exits.
 *
 * Plain JavaScript on purpose: it must run with `node` alone, before anything is built.
 */
import { existsSync, readdirSync, renameSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const bundle = join(root, "dist-cli", "mosaic.mjs");
/** Everything the CLI is built from: its sources, the core's, and the installed dependencies. */
const inputs = [join(root, "src", "cli"), join(root, "src", "core"), join(root, "package-lock.json")];

/** The newest modification time under a path; directories count too, so a deleted file is noticed. */
function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

function isStale() {
  if (!existsSync(bundle)) return true;
  const built = statSync(bundle).mtimeMs;
  return inputs.some((input) => newest(input) > built);
}

async function build() {
  // Imported only when needed: a fresh bundle starts without loading the bundler.
  const esbuild = await import("esbuild");
  // Written beside and renamed into place: another run (a second terminal, a parallel test) that
  // starts meanwhile loads the old bundle or the new one, never half a file.
  const partial = `${bundle}.${process.pid}.partial`;
  await esbuild.build({
    entryPoints: [join(root, "src", "cli", "mosaic.ts")],
    outfile: partial,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
    // Node's built-ins stay imports; papaparse and the rest are bundled, so a run loads one file.
    packages: "bundle",
    banner: {
      js: "import { createRequire as __mosaicRequire } from 'node:module'; const require = __mosaicRequire(import.meta.url);",
    },
  });
  renameSync(partial, bundle);
}

const buildOnly = process.argv[2] === "--build";
if (buildOnly || isStale()) await build();
if (!buildOnly) await import(pathToFileURL(bundle).href);
