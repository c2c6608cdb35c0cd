/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { viteSingleFile } from "vite-plugin-singlefile";
import { benchPage } from "./src/bench/page/benchPage.ts";
import { cspMeta, SERVED_CSP } from "./src/build/csp.ts";
import { serviceWorker } from "./src/build/serviceWorker.ts";
import { singleFilePage, singleFileWorkers } from "./src/build/singleFile.ts";

// Two builds from one source. The default writes the served app (dist/index.html and its files)
// with a service worker; `--mode single` then adds dist/mosaic.html beside it, everything inlined,
// for opening from disk. `npm run build` runs both.
export default defineConfig(({ mode }) => {
  const single = mode === "single";
  return {
    base: "./",
    plugins: single
      ? [
          react(),
          singleFileWorkers(),
          viteSingleFile({ removeViteModuleLoader: true }),
          singleFilePage("public/favicon.svg"),
        ]
      : [
          react(),
          {
            // The policy is injected into the built page only: Vite's dev server needs inline
            // scripts for hot reload, the built app needs nothing but its own origin.
            name: "mosaic-csp",
            apply: "build",
            transformIndexHtml: (html: string) => html.replace("<head>", () => `<head>\n    ${cspMeta(SERVED_CSP)}`),
          },
          serviceWorker(),
          // `--mode bench` only: the app with the bench's listener, in dist-bench/.
          benchPage(),
        ],
    // The single file starts its worker from a blob: URL. A module worker is fetched in CORS mode,
    // which Chromium refuses for a page opened from disk (its origin is opaque), so there the worker
    // is a classic script; it imports nothing, so it is the same code either way.
    worker: { format: single ? "iife" : "es" },
    build: single
      ? // Beside the served build, which the single build must leave as it is.
        { target: "es2022", emptyOutDir: false, copyPublicDir: false }
      : { target: "es2022", chunkSizeWarningLimit: 1500 },
    server: { port: 5173, strictPort: false },
    test: {
      environment: "node",
      include: ["tests/**/*.test.{ts,tsx}"],
      // The end-to-end tests run in Chromium through node:test (tests/e2e/run.ts), after the build.
      exclude: ["tests/e2e/**", "node_modules/**"],
      testTimeout: 30000,
    },
  };
});
