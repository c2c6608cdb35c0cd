/**
 * End to end: Mosaic with no network. The served app keeps working offline after one visit (its
 * service worker), and dist/mosaic.html works opened straight from disk, touching nothing outside
 * the page.
 */
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { ROOT, importInPage, launch, openImportPane, openMenu, serveDist } from "./browser.ts";

const SHOTS = join(ROOT, "tests", "e2e", "screenshots");
mkdirSync(SHOTS, { recursive: true });
const SINGLE = join(ROOT, "dist", "mosaic.html");
const sample = (f: string) => join(ROOT, "data", "sample", f);

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The constellation is drawn: a blank canvas compresses to almost nothing, a drawn one does not. */
async function assertDrawn(page: Page, shot: string) {
  const canvas = page.getByTestId("constellation-canvas");
  await canvas.waitFor();
  await page.waitForTimeout(800);
  const png = await canvas.screenshot({ path: join(SHOTS, shot) });
  assert.ok(png.length > 15_000, `canvas screenshot is ${png.length} bytes`);
}

describe("offline after the first visit", () => {
  let server: Awaited<ReturnType<typeof serveDist>>;
  before(async () => {
    server = await serveDist();
  });
  after(async () => {
    await server?.close();
  });

  it("reloads with the sample and its constellation with the network gone", async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.url}?ect=0`);
    await page.waitForSelector(".tiles");
    // The worker has cached every file and taken charge of this page.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
    const manifest = await page.evaluate(async () => (await fetch("./manifest.webmanifest")).json());
    assert.equal(manifest.short_name, "Mosaic");

    await context.setOffline(true);
    // Proof the network is really gone: a file the worker never kept can't be fetched.
    const unkept = await page.evaluate(() =>
      fetch("./not-kept.txt").then(
        () => "fetched",
        () => "failed",
      ),
    );
    assert.equal(unkept, "failed");
    await page.reload();
    await page.waitForSelector(".tiles");
    assert.match(await page.locator(".brand").innerText(), /Aire and Calder/);
    await assertDrawn(page, "offline-graph.png");
    // A template still downloads offline: it travels inside the page.
    await openMenu(page, "Data");
    await page.getByRole("button", { name: "Import files" }).click();
    const [template] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "people", exact: true }).click(),
    ]);
    assert.equal(
      readFileSync(await template.path(), "utf8"),
      readFileSync(join(ROOT, "data", "templates", "people.csv"), "utf8"),
    );
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe("mosaic.html opened from disk", () => {
  it("imports a CSV in its inlined worker, shows a constellation and downloads a backup, requesting nothing", async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    const outside: string[] = [];
    const workers: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("request", (r) => {
      if (!/^(file|data|blob):/.test(r.url())) outside.push(r.url());
    });
    page.on("worker", (w) => workers.push(w.url()));
    const url = pathToFileURL(SINGLE).href;
    await page.goto(url);
    await page.waitForSelector(".tiles");
    await page.screenshot({ path: join(SHOTS, "single-file.png") });

    await openImportPane(page);
    // The blank templates travel inside the page too.
    const [template] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "people", exact: true }).click(),
    ]);
    assert.equal(template.suggestedFilename(), "people.csv");
    assert.equal(
      readFileSync(await template.path(), "utf8"),
      readFileSync(join(ROOT, "data", "templates", "people.csv"), "utf8"),
    );

    await page.getByTestId("file-input").setInputFiles([sample("people.csv"), sample("links.csv")]);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.getByTestId("import-report").waitFor();
    assert.match(
      await page.getByTestId("import-report").innerText(),
      /36 people \(9 ECTs, 20 other supporters and 7 not supporting an ECT now; 3 of the ECTs also support another ECT\) and 44 links/,
    );
    assert.ok(
      workers.some((w) => w.startsWith("blob:")),
      `the analysis ran in a worker started from the page itself: ${workers.join(", ")}`,
    );
    // Nine ECTs: the overview opens; the constellation is one tab away.
    await page.getByRole("button", { name: "ECT constellation" }).click();
    await page.locator(".picker-list button").first().click();
    await page.locator(".ect-title").waitFor();
    await assertDrawn(page, "single-file-graph.png");
    await page.screenshot({ path: join(SHOTS, "single-file-imported.png") });

    await openMenu(page, "Data");
    await page.getByText("Export and backup", { exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download a backup" }).click(),
    ]);
    const backup = JSON.parse(readFileSync(await download.path(), "utf8"));
    assert.equal(backup.format, "mosaic-project");
    assert.equal(backup.files.length, 2);

    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    assert.match(csp ?? "", /default-src 'none'/);
    assert.match(csp ?? "", /script-src 'sha256-[^']+'/);
    assert.doesNotMatch(csp ?? "", /script-src[^;]*unsafe-inline/);
    assert.deepEqual(outside, []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("remembers on this device where the browser allows it for a page opened from disk", async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(SINGLE).href);
    await page.waitForSelector(".tiles");
    await importInPage(page, sample("survey.csv"));
    await page.getByTestId("import-report").waitFor();
    await openMenu(page, "Data");
    await page.getByLabel("Remember on this device").check();
    await page.getByText(/Saved on this device/).waitFor();
    await page.reload();
    await page.waitForFunction(() =>
      /Your data: survey\.csv/.test(document.querySelector(".brand")?.textContent ?? ""),
    );
    await context.close();
  });

  it("says plainly when the browser keeps nothing for a page opened from disk, and keeps working", async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    // As a browser that refuses storage to file:// pages does.
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException("The operation is insecure.", "SecurityError");
      };
    });
    await page.goto(pathToFileURL(SINGLE).href);
    await page.waitForSelector(".tiles");
    await importInPage(page, sample("survey.csv"));
    await page.getByTestId("import-report").waitFor();
    await openMenu(page, "Data");
    // Remember tries, is refused, says why and unticks itself: the work stays in memory.
    await page.getByLabel("Remember on this device").click();
    await page.getByText(/doesn't let a page opened from a file store anything/).waitFor();
    assert.equal(await page.getByLabel("Remember on this device").isChecked(), false);
    assert.doesNotMatch(await page.locator("body").innerText(), /insecure|SecurityError/);
    assert.match(await page.locator(".brand").innerText(), /Your data: survey\.csv/);
    await page.screenshot({ path: join(SHOTS, "single-file-no-storage.png") });
    await context.close();
  });
});
