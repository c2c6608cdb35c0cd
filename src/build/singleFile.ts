/**
 * The single-file build (`vite build --mode single`): dist/mosaic.html, one file a mentor lead can
 * keep on a USB stick and open from disk. vite-plugin-singlefile inlines the scripts and styles;
 * these two plugins do what it can't: inline the analysis worker, and finish the page (its own
 * Content-Security-Policy with the scripts' hashes, the icon inlined, no manifest) while checking
 * that nothing was left outside it.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Plugin } from "vite";
import { cspMeta, singleFileCsp } from "./csp.ts";

export const SINGLE_FILE = "mosaic.html";

/** The pattern Vite itself looks for (vite:worker-import-meta-url), with its options kept. */
const MODULE_WORKER =
  /\bnew\s+Worker\s*\(\s*new\s+URL\s*\(\s*(["'])([^"'`]+)\1\s*,\s*import\.meta\.url\s*\)\s*(?:,\s*([^()]*?)\s*)?\)/g;

/**
 * Rewrites `new Worker(new URL("./x.worker.ts", import.meta.url), options)` to construct Vite's
 * inline worker (`./x.worker.ts?worker&inline`): the worker's code travels as text in the page and
 * starts from a blob: URL. Vite never inlines the `new URL` form, and a worker file beside the page
 * can't be loaded from file:// anyway. Returns undefined when the code starts no worker.
 */
export function inlineWorkers(code: string): string | undefined {
  const imports: string[] = [];
  const body = code.replace(MODULE_WORKER, (_all, _quote: string, path: string, options: string | undefined) => {
    const name = `__mosaicInlineWorker${imports.length}`;
    imports.push(`import ${name} from ${JSON.stringify(`${path}?worker&inline`)};`);
    return `new ${name}(${options ?? ""})`;
  });
  return imports.length === 0 ? undefined : `${imports.join("\n")}\n${body}`;
}

/** The base64 SHA-256 of each inline script's text, as a CSP hash source needs it. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) =>
    createHash("sha256")
      .update(m[1] ?? "", "utf8")
      .digest("base64"),
  );
}

/**
 * The finished page: its policy first in <head>, the icon as a data: URL, and no link to a web
 * manifest (a file opened from disk can't be installed, and the request would fail).
 */
export function finishPage(html: string, faviconSvg: string): string {
  const policy = singleFileCsp(inlineScriptHashes(html));
  const icon = `data:image/svg+xml;base64,${Buffer.from(faviconSvg, "utf8").toString("base64")}`;
  return html
    .replace("<head>", () => `<head>\n    ${cspMeta(policy)}`)
    .replace(/<link rel="manifest"[^>]*>\s*/, "")
    .replace(/(<link rel="icon"[^>]*href=")[^"]*(")/, (_all, before: string, after: string) => before + icon + after);
}

/** Inlines every module worker (see inlineWorkers). Runs before Vite's own worker plugin. */
export function singleFileWorkers(): Plugin {
  return {
    name: "mosaic-single-file-workers",
    apply: "build",
    enforce: "pre",
    transform(code, id) {
      if (id.includes("node_modules") || !/\.tsx?$/.test(id.split("?")[0] ?? "")) return undefined;
      const inlined = inlineWorkers(code);
      return inlined === undefined ? undefined : { code: inlined, map: null };
    },
  };
}

/**
 * Renames the inlined index.html to mosaic.html and finishes it (see finishPage). Placed after
 * vite-plugin-singlefile. Anything else still in the bundle would be a file the page needs but
 * can't reach from disk, so the build stops and names it.
 */
export function singleFilePage(faviconPath: string): Plugin {
  return {
    name: "mosaic-single-file-page",
    apply: "build",
    enforce: "post",
    generateBundle: {
      order: "post",
      handler(_options, bundle) {
        const page = bundle["index.html"];
        if (!page || page.type !== "asset") return this.error("The single-file build made no index.html.");
        const left = Object.keys(bundle).filter((name) => name !== "index.html");
        if (left.length > 0) return this.error(`Not inlined into ${SINGLE_FILE}: ${left.join(", ")}`);
        const html = typeof page.source === "string" ? page.source : new TextDecoder().decode(page.source);
        delete bundle["index.html"];
        this.emitFile({
          type: "asset",
          fileName: SINGLE_FILE,
          source: finishPage(html, readFileSync(faviconPath, "utf8")),
        });
      },
    },
  };
}
