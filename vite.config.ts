/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { benchPage } from "./src/bench/page/benchPage.ts";

// The Content-Security-Policy is injected into the built page only: Vite's dev server needs inline
// scripts for hot reload, the built app needs nothing but its own origin.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

export default defineConfig({
  base: "./",
  plugins: [
    react(),
    {
      name: "mosaic-csp",
      apply: "build",
      transformIndexHtml: (html) =>
        html.replace("<head>", `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
    },
    // `--mode bench` only: the app with the bench's listener, in dist-bench/.
    benchPage(),
  ],
  worker: { format: "es" },
  build: { target: "es2022", chunkSizeWarningLimit: 1500 },
  server: { port: 5173, strictPort: false },
  test: {
    environment: "node",
    include: ["tests/**/*.test.{ts,tsx}"],
    // The end-to-end tests run in Chromium through node:test (tests/e2e/run.ts), after the build.
    exclude: ["tests/e2e/**", "node_modules/**"],
    testTimeout: 30000,
  },
});
