/**
 * Runs the `mosaic` command line as built JavaScript, so no TypeScript is compiled per run.
 *
 * `npm install` (the `prepare` script) and `npm run build` build the bundle; every run first checks
 * that no source the bundle is made from is newer than it, and rebuilds when one is, so a run never
 * uses a stale build. `--build` builds and exits.
 *
 * Plain JavaScript on purpose: it must run with `node` alone, before anything is built.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
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

/** Chunks of an earlier build older than this are removed once a new build is in place. */
const OLD_CHUNK_MS = 10 * 60 * 1000;

async function build() {
  // Imported only when needed: a fresh bundle starts without loading the bundler.
  const esbuild = await import("esbuild");
  // Built into a folder of its own, then moved into place: another run (a second terminal, a
  // parallel test) that starts meanwhile loads the old build or the new one, never half a file.
  const out = join(root, "dist-cli");
  const partial = join(out, `.partial-${process.pid}`);
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  await esbuild.build({
    entryPoints: { mosaic: join(root, "src", "cli", "mosaic.ts") },
    outdir: partial,
    outExtension: { ".js": ".mjs" },
    // The entry answers --help alone; the rest (main.ts, the core, papaparse) is a chunk it loads
    // only for a command. Chunks are named by their content, so an entry always finds its own.
    splitting: true,
    chunkNames: "mosaic-[hash]",
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
    // Node's built-ins stay imports; papaparse and the rest are bundled.
    packages: "bundle",
    banner: {
      js: "import { createRequire as __mosaicRequire } from 'node:module'; const require = __mosaicRequire(import.meta.url);",
    },
  });
  const chunks = readdirSync(partial).filter((f) => f !== "mosaic.mjs");
  // The chunks first, the entry that loads them last.
  for (const f of chunks) renameSync(join(partial, f), join(out, f));
  renameSync(join(partial, "mosaic.mjs"), bundle);
  rmSync(partial, { recursive: true, force: true });
  // Chunks of older builds, once no run started before this build can still be loading them.
  for (const f of readdirSync(out)) {
    if (!/^mosaic-.*\.mjs$/.test(f) || chunks.includes(f)) continue;
    const path = join(out, f);
    if (Date.now() - statSync(path).mtimeMs > OLD_CHUNK_MS) rmSync(path, { force: true });
  }
}

const buildOnly = process.argv[2] === "--build";
if (buildOnly || isStale()) await build();
if (!buildOnly) await import(pathToFileURL(bundle).href);
