/**
 * End to end: share mode names nobody (docs/domain.md 8.8, 8.9). The sample opened in share mode is
 * read as a governor would see it (every tab, on screen and as printed) and as it leaves the device
 * (people and links CSV, GEXF, GraphML, the draft plan's CSV): no name from data/sample/people.csv
 * may appear in any of it. An import report, which quotes names from the files, is hidden as soon
 * as share mode is on, on screen and in print.
 */
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { strFromU8, unzipSync } from "fflate";
import type { Browser, Download, Page } from "playwright-core";
import { importInPage, openApp, openMenu, ROOT, useApp } from "./browser.ts";
import { namesIn } from "../helpers/sampleNames.ts";

const SHOTS = join(ROOT, "tests", "e2e", "screenshots");
mkdirSync(SHOTS, { recursive: true });
const SURVEY = join(ROOT, "tests", "fixtures", "surveys", "google-forms-st-marys.zip");

let app: { readonly browser: Browser; readonly url: string };

/** Everything a reader can see or hear: the text shown, and labels, titles and alt texts. */
async function pageWords(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attrs = [...document.querySelectorAll("[aria-label], [title], [alt], [placeholder]")].flatMap((e) =>
      ["aria-label", "title", "alt", "placeholder"].map((a) => e.getAttribute(a) ?? ""),
    );
    return [document.title, document.body.innerText, ...attrs].join("\n");
  });
}

/** The words as printed: the print style sheet applied. */
async function printedWords(page: Page): Promise<string> {
  await page.emulateMedia({ media: "print" });
  const words = await page.evaluate(() => document.body.innerText);
  return words;
}

async function screen(page: Page): Promise<void> {
  await page.emulateMedia({ media: "screen" });
}

/** The text of a download: each file of a .zip, or the file itself. */
async function downloaded(download: Download): Promise<string> {
  const bytes = new Uint8Array(readFileSync(await download.path()));
  if (!download.suggestedFilename().endsWith(".zip")) return strFromU8(bytes);
  return Object.values(unzipSync(bytes))
    .map((b) => strFromU8(b))
    .join("\n");
}

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent("download"), click()]);
  return downloaded(d);
}

/** Opens the Data menu's "Export and backup" and downloads one of its files. */
async function exportFrom(page: Page, button: string): Promise<string> {
  await openMenu(page, "Data");
  const menu = page.locator("details.menu").filter({ hasText: "Export and backup" });
  if (!(await menu.evaluate((e) => e instanceof HTMLDetailsElement && e.open))) await menu.locator("summary").click();
  return download(page, () => page.getByRole("button", { name: button }).click());
}

describe("share mode", () => {
  app = useApp();

  it("names nobody from the sample on any tab, in print, or in any file it downloads", async () => {
    const { page, watch } = await openApp(app.browser, app.url, "?share=1", ".tiles", { height: 1200 });
    await page.addInitScript(() => {
      window.print = () => undefined;
    });
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    const seen: { where: string; text: string }[] = [];
    const look = async (where: string) => {
      seen.push({ where, text: await pageWords(page) });
      seen.push({ where: `${where}, printed`, text: await printedWords(page) });
      await screen(page);
    };
    await look("an ECT's constellation");

    await page.getByRole("button", { name: /^Mentor lead overview/ }).click();
    await page.getByTestId("share-summary").waitFor();
    await look("the mentor lead overview");

    await page.getByRole("button", { name: /^Planning/ }).click();
    await page.getByRole("button", { name: "Propose a plan" }).click();
    await page.getByTestId("plan-outcome").waitFor();
    await page.locator('[data-testid="plan-compare"] tr[data-measure="gaps"]').waitFor();
    await look("planning");
    // Totals only (8.9): no proposal pair by pair, even as codes, on screen or on paper.
    const totals = page.getByTestId("plan-totals");
    assert.match(await totals.innerText(), /links? proposed: .*(wellbeing|behaviour|teaching|how the school works)/);
    assert.match(await totals.innerText(), /flags? would clear and .* would appear/);
    assert.equal(await page.getByTestId("plan-table").count(), 0, "no list of proposals in share mode");
    await page.getByTestId("draft-plan").getByRole("button", { name: "Print plan summary" }).click();
    await page.emulateMedia({ media: "print" });
    await page.screenshot({ path: join(SHOTS, "share-plan-print.png"), fullPage: true });
    assert.ok(await totals.isVisible(), "the printed plan gives the totals");
    // A suppressed count's change is suppressed with it: "fewer than 3 → 0 (down 1)" gave the count away.
    const rows = await page
      .locator('[data-testid="plan-compare"] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")));
    assert.ok(rows.length > 0);
    for (const [today = "", withPlan = ""] of rows)
      if (/fewer than/.test(today + withPlan)) assert.doesNotMatch(withPlan, /\((down|up) /, `${today} → ${withPlan}`);
    assert.doesNotMatch(await page.getByTestId("plan-outcome").innerText(), /covering [12] of [12] gaps/);
    await screen(page);
    await page.evaluate(() => delete document.body.dataset.print);

    const planCsv = await download(page, () => page.getByRole("button", { name: "Download plan (CSV)" }).click());
    // Totals only, as on screen (8.9): no row per proposal, not even in codes.
    assert.match(planCsv, /^\uFEFF?support_type,links_proposed\r\nall,/);
    assert.doesNotMatch(planCsv, /ECT \d/);
    seen.push({ where: "the plan CSV", text: planCsv });
    const csvs = await exportFrom(page, "People and links (CSV)");
    assert.match(csvs, /^\uFEFF?id,name,kind,is_ect,role_title,school/m, "the canonical columns, still");
    assert.doesNotMatch(csvs, /Headteacher|Teacher of PE|Hollinsfield/);
    seen.push({ where: "people.csv and links.csv", text: csvs });
    seen.push({ where: "the GEXF file", text: await exportFrom(page, "GEXF (Gephi)") });
    seen.push({ where: "the GraphML file", text: await exportFrom(page, "GraphML (Cytoscape, yEd)") });

    const found = seen.map((s) => ({ where: s.where, names: namesIn(s.text) })).filter((s) => s.names.length > 0);
    assert.deepEqual(found, [], "no sample name in share mode");
    // The check can fail: with share mode off, the same page names people.
    await page.goto(`${app.url}?view=lead`);
    await page.locator(".counts").waitFor();
    assert.ok(namesIn(await pageWords(page)).length > 0);
    assert.deepEqual([...watch.errors, ...watch.offOrigin], []);
    await page.context().close();
  });

  it("hides the import report, on screen and in print, once share mode is on", async () => {
    const { page, watch } = await openApp(app.browser, app.url, "", ".tiles", { height: 1000 });
    await importInPage(page, SURVEY);
    const report = page.getByTestId("import-report");
    await report.waitFor();
    // The report names people from the files ("Same person?" about Mr Doherty), as it should for a lead.
    assert.match(await report.innerText(), /Doherty/);
    await openMenu(page, "View");
    await page.getByLabel("Share mode (governors, trust board)").check();
    await page.keyboard.press("Escape");
    await page.getByTestId("import-report-hidden").waitFor();
    assert.equal(await report.count(), 0);
    await page.screenshot({ path: join(SHOTS, "share-import-report.png") });
    const survey = /Olivia Walsh|Doherty|Bernadette|Quigley/;
    assert.doesNotMatch(await page.locator(".import-area").innerText(), survey);
    assert.doesNotMatch(await printedWords(page), survey);
    await page.screenshot({ path: join(SHOTS, "share-import-print.png"), fullPage: true });
    assert.deepEqual([...watch.errors, ...watch.offOrigin], []);
    await page.context().close();
  });
});
