/**
 * Offline after the first visit: the served app registers the service worker the build wrote
 * (dist/sw.js, see vite/serviceWorker.ts). Not in development (Vite serves changing files), not in
 * the single file (it has nothing to fetch, and a file:// page can't have a service worker), and
 * only where the browser offers one (https, or http on this computer).
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || import.meta.env.MODE === "single") return;
  if (!/^https?:$/.test(location.protocol) || !("serviceWorker" in navigator)) return;
  // After the page has loaded, so caching the files never competes with opening the app. Failing
  // to register loses only the offline copy: the app itself works the same.
  window.addEventListener("load", () => {
    navigator.serviceWorker.register("./sw.js").catch((e: unknown) => {
      console.warn("Mosaic could not keep an offline copy:", e);
    });
  });
}
