/**
 * The bench page: `vite build --mode bench` builds the app into dist-bench/ with the bench's
 * listener loaded first (listen.ts), so the product build carries no bench code at all.
 */
import type { Plugin } from "vite";

const APP_ENTRY = "./src/ui/main.tsx";

export function benchPage(): Plugin {
  return {
    name: "mosaic-bench-page",
    apply: (_config, env) => env.mode === "bench",
    config: () => ({ build: { outDir: "dist-bench" } }),
    transformIndexHtml: {
      // Before Vite reads the page's scripts, so the bench entry is the one bundled.
      order: "pre",
      handler: (html) => {
        if (!html.includes(APP_ENTRY)) throw new Error(`bench page: index.html no longer loads ${APP_ENTRY}`);
        return html.replace(APP_ENTRY, "./src/bench/page/main.ts");
      },
    },
  };
}
