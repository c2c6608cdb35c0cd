import { describe, expect, it } from "vitest";
import { buildVersion, precacheList, serviceWorkerSource } from "../../src/build/serviceWorker.ts";

const SCOPE = "https://school.example/mosaic/";
const FILES = ["assets/index-abc.js", "assets/analysis.worker-def.js", "index.html", "templates/people.csv"];

type Listener = (event: FakeEvent) => void;
interface FakeEvent {
  request?: FakeRequest;
  waitUntil: (p: Promise<unknown>) => void;
  respondWith: (p: Promise<unknown>) => void;
}
class FakeRequest {
  readonly url: string;
  readonly method: string;
  readonly mode: string;
  constructor(url: string, init: { method?: string; mode?: string } = {}) {
    this.url = new URL(url, SCOPE).href;
    this.method = init.method ?? "GET";
    this.mode = init.mode ?? "cors";
  }
}

/** The worker's source run against a small stand-in for a service worker scope and its caches. */
function runWorker(existing: readonly string[] = []) {
  const listeners = new Map<string, Listener>();
  const stores = new Map<string, Map<string, string>>(existing.map((name) => [name, new Map()]));
  const network: string[] = [];
  let claimed = false;
  const urlOf = (r: FakeRequest | string) => (typeof r === "string" ? new URL(r, SCOPE).href : r.url);
  const caches = {
    open: async (name: string) => {
      const store = stores.get(name) ?? new Map<string, string>();
      stores.set(name, store);
      return {
        addAll: async (requests: FakeRequest[]) => requests.forEach((r) => store.set(r.url, `kept ${r.url}`)),
        match: async (r: FakeRequest | string, options: { ignoreSearch?: boolean } = {}) =>
          store.get(options.ignoreSearch ? urlOf(r).split("?")[0]! : urlOf(r)),
      };
    },
    keys: async () => [...stores.keys()],
    delete: async (name: string) => stores.delete(name),
  };
  const self = {
    registration: { scope: SCOPE },
    location: { origin: new URL(SCOPE).origin },
    clients: { claim: async () => void (claimed = true) },
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
  };
  const fetch = async (r: FakeRequest) => {
    network.push(r.url);
    return `network ${r.url}`;
  };
  // The worker's source is a string built for the browser: running it here is the point of the test.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  new Function("self", "caches", "fetch", "Request", serviceWorkerSource("v2", FILES))(
    self,
    caches,
    fetch,
    FakeRequest,
  );
  const dispatch = async (type: string, request?: FakeRequest) => {
    let waited: Promise<unknown> | undefined;
    let answered: Promise<unknown> | undefined;
    listeners.get(type)!({
      ...(request ? { request } : {}),
      waitUntil: (p) => void (waited = p),
      respondWith: (p) => void (answered = p),
    });
    await waited;
    return answered;
  };
  return { dispatch, stores, network, claimed: () => claimed };
}

describe("the service worker", () => {
  it("keeps every listed file at install, in a cache named for its scope and version", async () => {
    const sw = runWorker();
    await sw.dispatch("install");
    const kept = sw.stores.get(`mosaic:${SCOPE}:v2`);
    expect([...(kept?.keys() ?? [])]).toEqual(FILES.map((f) => SCOPE + f));
  });

  it("on taking over, deletes this scope's older caches only, and takes charge of open pages", async () => {
    const other = "mosaic:https://school.example/other/:v1";
    const sw = runWorker([`mosaic:${SCOPE}:v1`, other, "someone-else"]);
    await sw.dispatch("install");
    await sw.dispatch("activate");
    expect([...sw.stores.keys()].sort()).toEqual([`mosaic:${SCOPE}:v2`, other, "someone-else"].sort());
    expect(sw.claimed()).toBe(true);
  });

  it("answers from the cache first: opening the app with any query is index.html", async () => {
    const sw = runWorker();
    await sw.dispatch("install");
    const open = (path: string) => sw.dispatch("fetch", new FakeRequest(path, { mode: "navigate" }));
    expect(await open(SCOPE)).toBe(`kept ${SCOPE}index.html`);
    expect(await open(`${SCOPE}?ect=0`)).toBe(`kept ${SCOPE}index.html`);
    expect(await open(`${SCOPE}index.html?demo`)).toBe(`kept ${SCOPE}index.html`);
    expect(await sw.dispatch("fetch", new FakeRequest("assets/index-abc.js"))).toBe(`kept ${SCOPE}assets/index-abc.js`);
    expect(sw.network).toEqual([]);
  });

  it("goes to the network only for what it did not keep, and leaves other sites and posts alone", async () => {
    const sw = runWorker();
    await sw.dispatch("install");
    // Another page on the same site (mosaic.html, say) is not index.html.
    expect(await sw.dispatch("fetch", new FakeRequest("mosaic.html", { mode: "navigate" }))).toBe(
      `network ${SCOPE}mosaic.html`,
    );
    expect(await sw.dispatch("fetch", new FakeRequest("https://elsewhere.example/x.js"))).toBeUndefined();
    expect(await sw.dispatch("fetch", new FakeRequest("index.html", { method: "POST" }))).toBeUndefined();
    expect(sw.network).toEqual([`${SCOPE}mosaic.html`]);
  });
});

describe("what the service worker keeps", () => {
  it("is every built file but the worker itself, the single file and source maps", () => {
    expect(precacheList(["assets/a.js", "assets/a.js.map", "index.html", "mosaic.html", "sw.js"])).toEqual([
      "assets/a.js",
      "index.html",
    ]);
  });

  it("has a version that changes with any file's name or bytes, and only then", () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    const files = [
      { path: "index.html", bytes: bytes("<html>") },
      { path: "templates/people.csv", bytes: bytes("id,name") },
    ];
    const version = buildVersion(files);
    expect(buildVersion(files.map((f) => ({ ...f })))).toBe(version);
    expect(buildVersion([files[0]!, { path: "templates/people.csv", bytes: bytes("id,Name") }])).not.toBe(version);
    expect(buildVersion([files[0]!, { path: "templates/staff.csv", bytes: bytes("id,name") }])).not.toBe(version);
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    // Name and bytes are kept apart: moving a character between them is a different build.
    expect(buildVersion([{ path: "ab", bytes: bytes("c") }])).not.toBe(
      buildVersion([{ path: "a", bytes: bytes("bc") }]),
    );
  });
});
