import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { finishPage, inlineScriptHashes, inlineWorkers } from "../../src/build/singleFile.ts";

const sha = (s: string) => createHash("sha256").update(s, "utf8").digest("base64");

describe("inlineWorkers", () => {
  it("turns each module worker into Vite's inline worker, keeping its options", () => {
    const code = [
      'import { a } from "./a.ts";',
      "const w = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: \"module\" });",
      'const v = new Worker( new URL("../other.worker.ts",import.meta.url) );',
    ].join("\n");
    expect(inlineWorkers(code)).toBe(
      [
        'import __mosaicInlineWorker0 from "./analysis.worker.ts?worker&inline";',
        'import __mosaicInlineWorker1 from "../other.worker.ts?worker&inline";',
        'import { a } from "./a.ts";',
        'const w = new __mosaicInlineWorker0({ type: "module" });',
        "const v = new __mosaicInlineWorker1();",
      ].join("\n"),
    );
  });

  it("leaves code that starts no worker alone", () => {
    expect(inlineWorkers('const u = new URL("./x.png", import.meta.url); new Worker(url);')).toBeUndefined();
  });
});

describe("finishPage", () => {
  const page = [
    "<!doctype html><html><head>",
    '<link rel="icon" type="image/svg+xml" href="./favicon.svg" />',
    '<link rel="manifest" href="./manifest.webmanifest" />',
    '<script type="module" crossorigin>console.log("a")</script>',
    "<style>body{}</style></head><body><script>let s = '$&';</script></body></html>",
  ].join("\n");

  it("allows exactly the page's inline scripts, by hash", () => {
    expect(inlineScriptHashes(page)).toEqual([sha('console.log("a")'), sha("let s = '$&';")]);
    expect(inlineScriptHashes('<script src="x.js"></script>')).toEqual([]);
  });

  it("puts its policy first in the head, inlines the icon and drops the manifest", () => {
    const html = finishPage(page, "<svg/>");
    const csp = /<head>\n\s*<meta http-equiv="Content-Security-Policy" content="([^"]+)" \/>/.exec(html)?.[1] ?? "";
    expect(csp).toContain(`script-src 'sha256-${sha('console.log("a")')}' 'sha256-${sha("let s = '$&';")}';`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("worker-src blob:");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline|connect-src|'self'/);
    expect(html).toContain(`href="data:image/svg+xml;base64,${Buffer.from("<svg/>").toString("base64")}"`);
    expect(html).not.toContain("manifest");
    expect(html).toContain("<script>let s = '$&';</script>");
  });
});
