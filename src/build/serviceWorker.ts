/**
 * Offline after the first visit: a Vite plugin that writes dist/sw.js once the build is on disk,
 * listing every built file (html, scripts, the worker chunk, styles, icons) for the
 * service worker to keep. vite-plugin-pwa would do this through workbox-build, which is not a
 * dependency here; the worker needed is small enough to write out.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import type { Plugin } from "vite";

export const SERVICE_WORKER_FILE = "sw.js";

/** Files in the output that the service worker must not keep: itself, and the single file. */
const NOT_CACHED = new Set([SERVICE_WORKER_FILE, "mosaic.html"]);

/** Every file under `dir`, as forward-slash paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

/** The files to keep: everything built, bar the worker itself and the single file. */
export const precacheList = (files: readonly string[]) =>
  files.filter((f) => !NOT_CACHED.has(f) && !f.endsWith(".map"));

/**
 * A version that changes whenever any kept file changes (its name or its bytes: index.html and
 * the icons keep their names across builds), so a new build brings a new cache.
 */
export function buildVersion(files: readonly { path: string; bytes: Uint8Array }[]): string {
  const hash = createHash("sha256");
  for (const f of files) {
    hash.update(f.path);
    hash.update("\0");
    hash.update(f.bytes);
    hash.update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * The service worker's source. Cache-first: everything it serves comes from the cache made at
 * install, so the app opens with no network. A new build has a new version, so the browser
 * installs it beside the old one; it takes over when every tab of the old one is closed (no
 * skipWaiting: a page running old scripts must keep getting the old files it asks for). On taking
 * over it deletes this scope's older caches, and only those: another copy of Mosaic hosted
 * elsewhere on the same site keeps its own.
 */
export function serviceWorkerSource(version: string, files: readonly string[]): string {
  return `// Mosaic's service worker, written by the build (src/build/serviceWorker.ts). Version ${version}.
"use strict";
const PREFIX = "mosaic:" + self.registration.scope + ":";
const CACHE = PREFIX + ${JSON.stringify(version)};
const FILES = ${JSON.stringify(files)};
const APP = new URL("index.html", self.registration.scope).href;

self.addEventListener("install", (event) => {
  // cache: "reload" so the files kept are the server's, not an older copy in the HTTP cache.
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: "reload" })))),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Opening the app, with or without a query (?demo), is index.html.
  const opening = request.mode === "navigate" && (url.href.split("?")[0] === self.registration.scope || url.href.split("?")[0] === APP);
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(opening ? APP : request, { ignoreSearch: opening }))
      .then((hit) => hit || fetch(request)),
  );
});
`;
}

/** The plugin: after the client build is written, list dist/ and write sw.js beside index.html. */
export function serviceWorker(): Plugin {
  let outDir = "";
  return {
    name: "mosaic-service-worker",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const files = precacheList(listFiles(outDir));
      const version = buildVersion(files.map((path) => ({ path, bytes: readFileSync(join(outDir, path)) })));
      writeFileSync(join(outDir, SERVICE_WORKER_FILE), serviceWorkerSource(version, files));
    },
  };
}
