/**
 * End to end: a progress bar with words from the first moment of a load, at a phone's width and a
 * laptop's. `?demo=N` shows it from the page's start (generating, reading, analysing); choosing
 * files shows it from the Import click (the browser reading them, then the worker).
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { generateNetwork } from "../../src/core/generate/syntheticNetwork.ts";
import { ROOT, openMenu, useApp } from "./browser.ts";

const SHOTS = join(ROOT, "tests", "e2e", "screenshots");
mkdirSync(SHOTS, { recursive: true });

const SIZES = [
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
] as const;

/** Every value the page's progress bars show, with when (page clock), from the page's first moment. */
async function watchBars(browser: Browser, size: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport: size });
  const page = await context.newPage();
  await page.addInitScript(`{
    window.__bars = [];
    new MutationObserver(() => {
      for (const bar of document.querySelectorAll('[role="progressbar"]')) {
        const text = bar.getAttribute("aria-valuetext");
        const last = window.__bars.at(-1);
        if (!last || last.text !== text) window.__bars.push({ at: performance.now(), text, name: bar.getAttribute("aria-label") });
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  }`);
  return page;
}

interface Seen {
  readonly at: number;
  readonly text: string;
  readonly name: string;
}
const barsOf = (page: Page): Promise<Seen[]> => page.evaluate("window.__bars");

/** The bar is on screen, inside the width, and the page does not scroll sideways. */
async function checkFits(page: Page, name: string, width: number): Promise<void> {
  const box = await page.getByRole("progressbar", { name }).boundingBox();
  assert.ok(box && box.x >= 0 && box.x + box.width <= width, `bar inside the width: ${JSON.stringify(box)}`);
  assert.ok(box.y < 844, "bar in the first screen");
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= width);
}

describe("load progress", () => {
  const app = useApp();

  for (const size of SIZES) {
    it(`shows ?demo= progress from the first moment at ${size.width}×${size.height}`, async () => {
      const page = await watchBars(app.browser, size);
      await page.goto(`${app.url}?demo=20000`);
      const bar = page.getByRole("progressbar", { name: "Loading the data" });
      await bar.waitFor({ timeout: 5_000 });
      await checkFits(page, "Loading the data", size.width);
      // Caught while it says something past the start, for the screenshot.
      await page
        .waitForFunction(() =>
          /[1-9]\d?%$/.test(document.querySelector('[role="progressbar"]')?.getAttribute("aria-valuetext") ?? ""),
        )
        .catch(() => undefined);
      await page.screenshot({ path: join(SHOTS, `load-progress-demo-${size.width}.png`) });
      await page.locator(".picker-list button").first().waitFor({ timeout: 120_000 });
      await bar.waitFor({ state: "detached" });
      const seen = await barsOf(page);
      const first = seen[0];
      assert.ok(first, "a bar was seen");
      // Within a moment of opening the page (its bundle parsed), long before the demo is made.
      const ready = await page.evaluate(
        () => performance.getEntriesByType("navigation")[0]!.toJSON().domContentLoadedEventEnd as number,
      );
      assert.ok(first.at - ready < 500, `bar ${Math.round(first.at - ready)} ms after the page was ready`);
      const texts = seen.map((s) => s.text);
      assert.ok(
        texts.some((t) => /^Making the demo network… \d+%$/.test(t)),
        texts.join(" | "),
      );
      assert.ok(
        texts.some((t) => /^Reading people\.csv… \d+%$/.test(t)),
        texts.join(" | "),
      );
      assert.ok(
        texts.some((t) => /^Reading links\.csv… \d+%$/.test(t)),
        texts.join(" | "),
      );
      const percents = texts.map((t) => Number(/(\d+)%$/.exec(t)?.[1]));
      for (let i = 1; i < percents.length; i++)
        assert.ok(percents[i]! >= percents[i - 1]!, `never back: ${texts.join(" | ")}`);
      await page.context().close();
    });

    it(`shows file progress from the Import click at ${size.width}×${size.height}`, async () => {
      const gen = generateNetwork(30_000, 7);
      const dir = mkdtempSync(join(tmpdir(), "mosaic-progress-"));
      writeFileSync(join(dir, "people.csv"), gen.people);
      writeFileSync(join(dir, "links.csv"), gen.links);
      const page = await watchBars(app.browser, size);
      await page.goto(app.url);
      await page.locator(".picker-list button").first().waitFor({ state: "attached" });
      await openMenu(page, "Data");
      await page.getByRole("button", { name: "Import files" }).click();
      await page.getByTestId("file-input").setInputFiles([join(dir, "people.csv"), join(dir, "links.csv")]);
      await page.evaluate(() => performance.mark("chose"));
      await page.getByRole("button", { name: "Import", exact: true }).click();
      const bar = page.getByRole("progressbar", { name: "Reading the files" });
      await bar.waitFor({ timeout: 5_000 });
      await bar.scrollIntoViewIfNeeded();
      await page
        .waitForFunction(() =>
          /^Reading links\.csv… [1-9]/.test(
            document.querySelector('[role="progressbar"]')?.getAttribute("aria-valuetext") ?? "",
          ),
        )
        .catch(() => undefined);
      await page.screenshot({ path: join(SHOTS, `load-progress-files-${size.width}.png`) });
      await page.getByTestId("import-report").waitFor({ timeout: 120_000 });
      const chose = await page.evaluate(() => performance.getEntriesByName("chose")[0]!.startTime);
      const seen = (await barsOf(page)).filter((s) => s.name === "Reading the files" && s.at >= chose);
      assert.ok(
        seen[0] && seen[0].at - chose < 500,
        `bar ${seen[0] ? Math.round(seen[0].at - chose) : "never"} ms after the click`,
      );
      const texts = seen.map((s) => s.text);
      assert.ok(
        texts.some((t) => /^Reading people\.csv… \d+%$/.test(t)),
        texts.join(" | "),
      );
      assert.ok(
        texts.some((t) => /^Reading links\.csv… \d+%$/.test(t)),
        texts.join(" | "),
      );
      await page.context().close();
    });
  }
});
