/**
 * Finding and launching Chromium for end-to-end tests, and serving the built app from dist/ on a
 * loopback port (a tiny static server: no extra dependency, and it also sends the same headers a
 * school's static host would).
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { after, before } from "node:test";
import type { Browser, LaunchOptions, Locator, Page } from "playwright-core";
import { chromium } from "playwright-core";

export const ROOT = join(import.meta.dirname, "..", "..");
const DIST = join(ROOT, "dist");

const CANDIDATES = [
  process.env.CHROME_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

export function findChromium(): string | undefined {
  return CANDIDATES.find((p): p is string => Boolean(p) && existsSync(p!));
}

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--enable-unsafe-swiftshader",
  "--use-angle=swiftshader",
];

export async function launch(extraArgs: readonly string[] = []): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("No Chromium found");
  const options: LaunchOptions = {
    executablePath,
    headless: true,
    // playwright gives every launch a fresh, empty profile of its own (it refuses --user-data-dir).
    args: [...CHROMIUM_ARGS, ...extraArgs],
  };
  return chromium.launch(options);
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".csv": "text/csv; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
};

/** Serves a built app: the product (dist/) unless told another folder (the bench page's). */
export async function serveDist(dir = DIST): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(join(dir, "index.html"))) throw new Error(`${dir} is missing: run \`npm run build\` first`);
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(
      /^(\.\.[/\\])+/,
      "",
    );
    let file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || path.endsWith("/")) file = join(dir, "index.html");
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Problems a page shows: console errors, uncaught exceptions, and requests off its origin. */
export interface PageWatch {
  readonly errors: string[];
  readonly offOrigin: string[];
}

/** Opens the app at `query` in a fresh context and waits for `ready`, watching for problems. */
export async function openApp(
  browser: Browser,
  baseUrl: string,
  query: string,
  ready: string,
  options: { bypassCSP?: boolean; width?: number; height?: number; touch?: boolean } = {},
): Promise<{ page: Page; watch: PageWatch }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1400, height: options.height ?? 1000 },
    // A phone: a touch screen, a coarse pointer and the mobile viewport's rules.
    ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
    acceptDownloads: true,
    bypassCSP: options.bypassCSP ?? false,
  });
  const page = await context.newPage();
  const watch: PageWatch = { errors: [], offOrigin: [] };
  const origin = new URL(baseUrl).origin;
  page.on("console", (m) => {
    if (m.type() === "error") watch.errors.push(m.text());
  });
  page.on("pageerror", (e) => watch.errors.push(e.message));
  page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith("blob:") && !u.startsWith("data:")) watch.offOrigin.push(u);
  });
  await page.goto(baseUrl + query);
  await page.waitForSelector(ready);
  return { page, watch };
}

/** The built app served and a Chromium launched for one describe block, closed after it. */
export function useApp(): { readonly browser: Browser; readonly url: string } {
  const app = {} as { browser: Browser; url: string; close?: () => Promise<void> };
  before(async () => {
    const server = await serveDist();
    app.url = server.url;
    app.close = server.close;
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.close?.();
  });
  return app;
}

/** Opens the toolbar menu called `label` ("Data", "View", "Share and print") unless it is open already. */
export async function openMenu(page: Page, label: string): Promise<void> {
  const button = page.getByRole("button", { name: label, exact: true });
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
}

/**
 * Chooses `school` ("" for every school) in the school chooser `id`: a `<select>` for a short list,
 * otherwise a type-to-find box, where typing a whole name and Enter chooses it.
 */
export async function chooseSchool(page: Page, id: string, school: string): Promise<void> {
  const box = page.locator(`#${id}`);
  if ((await box.evaluate((el) => el.tagName)) === "SELECT") {
    await box.selectOption(school);
    return;
  }
  await box.fill(school);
  await box.press("Enter");
}

/** Opens the import pane: the Data menu, then "Import files". */
/** Data → "Delete everything from this device", confirmed, and the dialog's "OK" once it says what went. */
export async function deleteEverything(page: Page): Promise<void> {
  await openMenu(page, "Data");
  await page.getByRole("button", { name: "Delete everything from this device" }).click();
  const dialog = page.getByTestId("confirm-delete");
  await dialog.getByRole("button", { name: "Delete everything" }).click();
  await dialog.getByRole("button", { name: "OK" }).click();
}

export async function openImportPane(page: Page): Promise<void> {
  await openMenu(page, "Data");
  await page.getByRole("button", { name: "Import files" }).click();
}

/** Imports `files` as a person would: open the import pane, choose the files, press Import. */
export async function importInPage(page: Page, files: Parameters<Locator["setInputFiles"]>[0]): Promise<void> {
  await openImportPane(page);
  await page.getByTestId("file-input").setInputFiles(files);
  await page.getByRole("button", { name: "Import", exact: true }).click();
}

/**
 * axe-core on one part of the page: every violation of any impact. The page must be opened with
 * `bypassCSP: true` (the app's CSP refuses an injected script).
 */
/**
 * Keeps everything the page's live region says, in order, on the region itself (its `data-log`,
 * one line each), from now on; returns a reader of what has been said.
 */
export async function recordAnnouncements(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const region = document.querySelector<HTMLElement>('[data-testid="announcer"]');
    if (!region) return;
    region.dataset.log = "";
    new MutationObserver(() => {
      const text = region.textContent ?? "";
      if (text) region.dataset.log = `${region.dataset.log ?? ""}${text}\n`;
    }).observe(region, { childList: true, subtree: true, characterData: true });
  });
  return async () => ((await page.getByTestId("announcer").getAttribute("data-log")) ?? "").split("\n").filter(Boolean);
}

export async function axe(page: Page, selector: string): Promise<{ id: string; impact: string; count: number }[]> {
  await page.addScriptTag({ content: readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8") });
  return page.evaluate(async (sel) => {
    const found: unknown = Reflect.get(window, "axe");
    const run: unknown = typeof found === "object" && found !== null ? Reflect.get(found, "run") : undefined;
    if (typeof run !== "function") throw new Error("axe-core did not load");
    const r: { violations: { id: string; impact: string; nodes: unknown[] }[] } = await run(sel);
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, count: v.nodes.length }));
  }, selector);
}
