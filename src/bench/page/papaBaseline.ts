/**
 * The page's import measured against its peer: the same files, from the moment they are handed
 * over, read and parsed with papaparse's defaults in a worker (papaWorker.ts), timed on the page
 * as the app's import is. One worker for the page's life, as the app's is.
 */
let worker: Worker | undefined;

export function papaBaseline(files: readonly File[]): Promise<number> {
  worker ??= new Worker(new URL("./papaWorker.ts", import.meta.url), { type: "module" });
  const w = worker;
  return new Promise((resolve, reject) => {
    const t = performance.now();
    w.onmessage = () => resolve(performance.now() - t);
    w.onerror = (e) => reject(new Error(e.message));
    w.postMessage(files);
  });
}
