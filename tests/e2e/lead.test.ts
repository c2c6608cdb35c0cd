/** End to end: the mentor lead overview in real Chromium. */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { ROOT, openApp, useApp } from "./browser.ts";

const SHOTS = join(ROOT, "tests", "e2e", "screenshots");
mkdirSync(SHOTS, { recursive: true });

let app: { readonly browser: Browser; readonly url: string };

async function open(query = "?view=lead"): Promise<{ page: Page; problems: () => string[] }> {
  const { page, watch } = await openApp(app.browser, app.url, query, ".counts", { height: 1100 });
  return { page, problems: () => [...watch.errors, ...watch.offOrigin] };
}

const ectRows = (page: Page) =>
  page
    .locator('[data-testid="ect-table"] tbody tr[data-ect]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-ect")));

describe("mentor lead overview", () => {
  app = useApp();

  it("lists ECTs by concern and filters to a school", async () => {
    const { page, problems } = await open();
    const all = await ectRows(page);
    assert.equal(all.length, 9);
    // Most serious first (all have at most warnings), then the most warnings: Callum (E04).
    assert.equal(all[0], "E04");
    assert.equal(all.at(-1), "E01");
    await page.locator("#f-sort").selectOption("name");
    assert.equal((await ectRows(page))[0], "E03", "Aisha Okafor first by name");
    await page.locator("#f-sort").selectOption("concern");
    await page.getByLabel("School").selectOption("Millbrook Primary School");
    assert.deepEqual((await ectRows(page)).sort(), ["E06", "E07", "E08"]);
    await page.screenshot({ path: join(SHOTS, "lead-millbrook.png"), fullPage: true });
    assert.deepEqual(problems(), []);
    await page.context().close();
  });

  it("opens an ECT's constellation from the table", async () => {
    const { page } = await open();
    await page.locator('[data-testid="ect-table"]').getByRole("button", { name: "Zofia Nowak" }).click();
    await page.waitForFunction(() => document.querySelector(".ect-title")?.textContent === "Zofia Nowak");
    assert.match(page.url(), /ect=\d+/);
    await page.context().close();
  });

  it("shows the gaps a what-if opens, restores it after a reload, and undoes it in one click", async () => {
    const { page } = await open();
    await page.locator('[data-supporter="P10"]').getByRole("button", { name: /Away/ }).click();
    const scenario = page.getByTestId("scenario");
    await scenario.waitFor();
    assert.match(await scenario.innerText(), /3 new gaps/);
    assert.match(await scenario.innerText(), /Callum Reid: no one for behaviour/);
    assert.match(await scenario.innerText(), /Zofia Nowak: no one for behaviour/);
    assert.match(await page.getByTestId("count-gaps").innerText(), /1\s*→\s*2/);
    assert.equal(await page.locator('tr.row-changed[data-ect="E04"]').count(), 1);
    await page.screenshot({ path: join(SHOTS, "lead-whatif.png"), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      scenario.getByRole("button", { name: /Download impact/ }).click(),
    ]);
    assert.equal(download.suggestedFilename(), "mosaic-what-if.csv");

    assert.match(page.url(), /away=\d+/);
    await page.reload();
    await page.getByTestId("scenario").waitFor();
    assert.match(await page.getByTestId("scenario").innerText(), /Dr Anthony Clarke/);

    await page.getByRole("button", { name: "Undo scenario" }).click();
    assert.equal(await page.getByTestId("scenario").count(), 0);
    assert.doesNotMatch(page.url(), /away=/);
    await page.context().close();
  });

  it("keeps filters in the URL across a reload", async () => {
    const { page } = await open();
    await page.getByLabel("Support type").selectOption("psychosocial");
    const before = await ectRows(page);
    await page.reload();
    await page.waitForSelector('[data-testid="ect-table"]');
    assert.deepEqual(await ectRows(page), before);
    assert.equal(await page.getByLabel("Support type").inputValue(), "psychosocial");
    await page.context().close();
  });

  it("suppresses small counts and names in share mode", async () => {
    const { page } = await open("?view=lead&share=1");
    await page.getByTestId("share-summary").waitFor();
    const text = await page.locator("main").innerText();
    assert.doesNotMatch(text, /Tom Gallagher|Clarke|Bennett|Okonkwo/);
    assert.match(await page.getByTestId("count-gaps").innerText(), /fewer than 3/);
    assert.equal(await page.locator('[data-testid="ect-table"]').count(), 0);
    await page.screenshot({ path: join(SHOTS, "lead-share.png"), fullPage: true });
    await page.context().close();
  });

  it("draws a per-school summary graph for a large generated network", async () => {
    const { page, problems } = await open("?view=lead&demo=5000");
    await page.getByTestId("network-canvas").waitFor();
    assert.match(await page.locator("main").innerText(), /more than a graph can show clearly/);
    await page.waitForSelector('[data-testid="ect-table"] tbody tr[data-ect]');
    const shown = (await ectRows(page)).length;
    assert.ok(shown > 10 && shown < 100, `the virtualised table renders a window of rows, not all (${shown})`);
    // The graph is drawn once it is scrolled to.
    await page.getByTestId("network-canvas").scrollIntoViewIfNeeded();
    // Sigma adds its canvases and draws in the same task (showGraph), so they mean it is drawn.
    await page.locator('[data-testid="network-canvas"] canvas').first().waitFor();
    const png = await page.getByTestId("network-canvas").screenshot({ path: join(SHOTS, "lead-schools.png") });
    assert.ok(png.length > 10_000);
    assert.deepEqual(problems(), []);
    await page.context().close();
  });
});
