/**
 * The two Content-Security-Policies Mosaic is built with. Both are `<meta>` policies: schools
 * host the app on plain static servers (or not at all), so headers can't be counted on.
 */

/**
 * The served app (dist/index.html): everything comes from its own origin. Styles allow inline
 * because React sets `style` attributes and sigma sizes its canvases inline; no script is inline.
 * `worker-src 'self'` covers the analysis worker and the service worker (sw.js); `blob:` stays for
 * a browser that starts the analysis worker from a blob.
 */
export const SERVED_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

/**
 * The single file (dist/mosaic.html), opened from disk. A file:// page has no origin to trust, so
 * `'self'` would mean nothing useful: the policy names only what the page itself holds.
 * - Scripts: the inline ones, each allowed by its SHA-256 hash, never by 'unsafe-inline', so a
 *   script that somehow got into the page (a name carrying HTML, say) still cannot run.
 * - The analysis worker is inlined as text and started from a `blob:` URL: `worker-src blob:` is
 *   the one extra this file needs, and only this file has it beyond the served app's.
 * - Styles keep 'unsafe-inline' as in the served app (React `style` attributes, sigma's canvases);
 *   hashes can't cover attributes, and a style cannot send anything with nothing else allowed.
 * - No `connect-src`, `font-src` or `manifest-src` (default 'none'): no request may leave the page.
 *   Images only from `data:`/`blob:` (the icon, exported pictures).
 */
export function singleFileCsp(scriptHashes: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.map((h) => `'sha256-${h}'`).join(" ")}`,
    "worker-src blob:",
    "img-src data: blob:",
    "style-src 'unsafe-inline'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** The `<meta>` element carrying a policy, first in `<head>` so it governs everything after it. */
export const cspMeta = (policy: string) => `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
