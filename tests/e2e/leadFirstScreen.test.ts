/**
 * End to end: the mentor lead's first screen. A tired lead opens the overview and must see, without
 * scrolling, the counts and the first ECTs who need a look (the table is the overview's main answer).
 */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { ROOT, axe, importInPage, openApp, recordAnnouncements, useApp } from "./browser.ts";

const SHOTS = join(ROOT, "tests", "e2e", "screenshots");
mkdirSync(SHOTS, { recursive: true });

const FIRST_ROW = '[data-testid="ect-table"] tbody tr[data-ect]';

/** Where the counts and the first ECT row sit, from the top of the window, and the window's height. */
function firstScreen(page: Page): Promise<{ countsTop: number; rowTop: number; rowBottom: number; height: number }> {
  return page.evaluate((row) => {
    const counts = document.querySelector(".counts")?.getBoundingClientRect();
    const first = document.querySelector(row)?.getBoundingClientRect();
    return {
      countsTop: counts?.top ?? Number.NaN,
      rowTop: first?.top ?? Number.NaN,
      rowBottom: first?.bottom ?? Number.NaN,
      height: innerHeight,
    };
  }, FIRST_ROW);
}

describe("the mentor lead's first screen", () => {
  const app = useApp();

  it("shows the counts and the first ECT row without scrolling at 1366×768, the network's flags one line until asked", async () => {
    const { page, watch } = await openApp(app.browser, app.url, "?view=lead", ".counts", {
      width: 1366,
      height: 768,
      bypassCSP: true,
    });
    await page.locator(FIRST_ROW).first().waitFor();
    const at = await firstScreen(page);
    assert.ok(
      at.countsTop >= 0 && at.rowBottom <= at.height,
      `counts and first ECT row in view: ${JSON.stringify(at)}`,
    );
    await page.screenshot({ path: join(SHOTS, "lead-first-screen-1366x768.png") });

    // Every word of the network's flags is a keypress away, and said in words, not colour alone.
    const flags = page.getByTestId("network-flags");
    const summary = flags.locator("summary");
    assert.match(
      await summary.innerText(),
      /^5 things about the whole network: ● 2 worth attention, ○ 3 to reflect on/,
    );
    assert.equal(await flags.evaluate((el) => el.hasAttribute("open")), false);
    await summary.focus();
    await page.keyboard.press("Enter");
    assert.equal(await flags.evaluate((el) => el.hasAttribute("open")), true);
    const text = await flags.innerText();
    assert.match(text, /ECTs with no support or one supporter \(Worth attention\)/);
    assert.match(text, /Tom Gallagher/);
    assert.match(text, /Why it matters:[\s\S]*Something to try:/);
    assert.equal(await flags.getByRole("heading", { level: 3 }).count(), 5, "each flag under its own heading");
    await flags.screenshot({ path: join(SHOTS, "lead-network-flags-open-1366x768.png") });
    assert.deepEqual(await axe(page, '[data-testid="network-flags"]'), [], "the network's flags");
    assert.deepEqual(await axe(page, ".ect-filters"), [], "the filters");
    assert.deepEqual(watch.errors, []);
    await page.context().close();
  });

  it("keeps the counts and the first ECT row in one screen after an import (1366×768)", async () => {
    const { page } = await openApp(app.browser, app.url, "?view=lead", ".counts", { width: 1366, height: 768 });
    const sample = join(ROOT, "data", "sample");
    await importInPage(page, [join(sample, "people.csv"), join(sample, "links.csv")]);
    await page.getByTestId("import-report").waitFor();
    await page.locator(FIRST_ROW).first().waitFor();
    // The import's report sits above the overview: with the counts at the window's top, the first row is in view.
    await page.locator("#counts-h").evaluate((el) => el.scrollIntoView({ block: "start" }));
    const at = await firstScreen(page);
    assert.ok(at.rowBottom - at.countsTop <= at.height, `counts to first ECT row in one screen: ${JSON.stringify(at)}`);
    await page.context().close();
  });
  for (const [w, h] of [
    [390, 844],
    [1366, 768],
    [1440, 900],
  ] as const)
    it(`lays the filters out in a tidy row, each box wide enough for its words (${w}×${h})`, async () => {
      const { page } = await openApp(app.browser, app.url, "?view=lead", ".counts", { width: w, height: h });
      await page.locator(FIRST_ROW).first().waitFor();
      const found = await page.locator(".ect-filters").evaluate((filters) => {
        const ctx = document.createElement("canvas").getContext("2d");
        const box = filters.getBoundingClientRect();
        const fields = [...filters.querySelectorAll(".filter-field")];
        return {
          pageWidth: document.documentElement.scrollWidth,
          outside: fields
            .filter((f) => f.getBoundingClientRect().right > box.right + 1)
            .map((f) => f.textContent ?? ""),
          // A field hugs its label and box: the space a wide box once left in it put "ECT year" far right.
          loose: fields
            .map((f) => {
              const last = f.lastElementChild?.getBoundingClientRect();
              return last && f.getBoundingClientRect().right - last.right > 1
                ? (f.querySelector("label")?.textContent ?? "")
                : "";
            })
            .filter(Boolean),
          // Each option's words within its box beside the arrow (Chromium sizes a box to its widest words plus 20 px).
          cut: [...filters.querySelectorAll("select")].flatMap((s) => {
            const cs = getComputedStyle(s);
            if (!ctx) return ["no canvas"];
            ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
            const room = s.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 19;
            return [...s.options].filter((o) => ctx.measureText(o.text).width > room).map((o) => `${s.id}: ${o.text}`);
          }),
          // Fields whose tops are within a few pixels are on one row (a text box sits a pixel higher than a select).
          rows: fields
            .map((f) => f.getBoundingClientRect().top)
            .sort((a, b) => a - b)
            .filter((top, i, tops) => i === 0 || top - (tops[i - 1] ?? top) > 8).length,
        };
      });
      assert.ok(found.pageWidth <= w, `the page is no wider than the window (${found.pageWidth})`);
      assert.deepEqual(found.outside, [], "no filter sticks out of its row");
      assert.deepEqual(found.loose, [], "each field as wide as its label and box");
      // The flag filter too: its options have words short enough for a phone (the full title on hover).
      assert.deepEqual(found.cut, [], "no option's words cut off");
      if (w >= 1366) assert.ok(found.rows <= 2, `two rows of filters at most (${found.rows})`);
      await page.locator("#f-type").selectOption("psychosocial");
      await page.screenshot({ path: join(SHOTS, `lead-first-screen-filters-${w}x${h}.png`) });
      await page.context().close();
    });
  it("says the name search's count once the typing pauses, and a select's change at once (1440×900)", async () => {
    const { page } = await openApp(app.browser, app.url, "?view=lead", ".counts", { width: 1440, height: 900 });
    await page.locator(FIRST_ROW).first().waitFor();
    const log = await recordAnnouncements(page);
    // A steady typist: 150 ms between keys, each key a new count under the old code.
    await page.locator("#f-name").pressSequentially("Nowak", { delay: 150 });
    await page.waitForTimeout(1200);
    assert.deepEqual(await log(), ["1 of 9 ECTs shown."], "said once, after the typing paused");
    await page.locator("#f-name").fill("");
    await page.waitForTimeout(1000);
    await page.locator("#f-type").selectOption("psychosocial");
    // A select is said at once (well within the typing pause).
    await page.waitForFunction(
      () =>
        (document.querySelector<HTMLElement>('[data-testid="announcer"]')?.dataset.log ?? "").split("\n").length === 4,
      undefined,
      { timeout: 400 },
    );
    assert.match((await log()).at(-1) ?? "", /^5 of 9 ECTs shown\.$/);
    await page.context().close();
  });
});
