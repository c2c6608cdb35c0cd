/** End to end: the network picture's text equivalent, "Who supports whom in this picture", by keyboard. */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { ROOT, axe, openApp, useApp } from "./browser.ts";

const SHOTS = join(ROOT, "tests", "e2e", "screenshots");
mkdirSync(SHOTS, { recursive: true });

const WHO = '[data-testid="who-supports-whom"]';

/** Opens the overview at `query` and waits until the picture is drawn (it draws only on screen). */
async function openPicture(query: string, width: number, height: number) {
  // CSP bypassed so axe-core can be added to the page.
  const { page, watch } = await openApp(app.browser, app.url, query, ".counts", { width, height, bypassCSP: true });
  const canvas = page.getByTestId("network-canvas");
  await canvas.scrollIntoViewIfNeeded({ timeout: 120_000 });
  await canvas.locator("canvas").first().waitFor({ timeout: 120_000 });
  return { page, canvas, problems: () => [...watch.errors, ...watch.offOrigin] };
}

/** Tabs from the picture's school picker until the disclosure's summary has focus; how many presses it took. */
async function tabToTable(page: Page): Promise<number> {
  await page.locator("#g-school").focus();
  for (let presses = 1; presses <= 8; presses++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((sel) => document.activeElement === document.querySelector(`${sel} > summary`), WHO))
      return presses;
  }
  return -1;
}

let app: ReturnType<typeof useApp>;

describe("network picture: who supports whom", () => {
  app = useApp();

  it("is reached by Tab, lists exactly what the picture draws, and passes axe (1440×900)", async () => {
    const { page, canvas, problems } = await openPicture("?view=lead", 1440, 900);
    assert.ok((await tabToTable(page)) > 0, "Tab reaches 'Who supports whom in this picture'");
    await page.keyboard.press("Enter");
    const who = page.locator(WHO);
    await who.locator("tbody tr").first().waitFor();
    assert.match(await who.locator("summary").innerText(), /^Who supports whom in this picture \(\d+ people\)$/);

    // The same ECTs as the drawing, and every drawn link once (the canvas says what it drew).
    const drawnEcts = ((await canvas.getAttribute("data-drawn-ects")) ?? "").split(" ").filter(Boolean).sort();
    const rowEcts = await who
      .locator("tbody tr[data-is-ect]")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-person") ?? "").sort());
    assert.ok(drawnEcts.length >= 9, drawnEcts.join(" "));
    assert.deepEqual(rowEcts, drawnEcts);
    assert.equal(
      String(await who.locator("li[data-supporter]").count()),
      await canvas.getAttribute("data-drawn-pairs"),
    );

    // Most in need first, marks in words: Tom (one supporter) heads it; Dr Clarke's marks say which.
    const first = await who.locator("tbody tr").first().innerText();
    assert.match(first, /Tom Gallagher/);
    assert.match(first, /All support through one person/);
    assert.match(await who.innerText(), /Dr Anthony Clarke\n?: ?\n?[^\n]*behaviour \(keystone · over capacity\)/);
    // People with no live link are not drawn, and the table says how many are.
    const people = await canvas.getAttribute("data-drawn-people");
    assert.match(await who.locator("summary").innerText(), new RegExp(`\\(${people} people\\)$`));
    assert.match(
      await who.locator("p").first().innerText(),
      new RegExp(`^The picture draws ${people} of the network's 36 people: 9 ECTs`),
    );
    assert.equal(await who.getByRole("button", { name: /more/ }).count(), 0, "a small picture is listed whole");

    assert.deepEqual(await axe(page, ".network-picture"), []);
    await who.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "lead-who-supports-whom-1440x900.png") });

    // A school's picture: the table follows it.
    await page.locator("#g-school").selectOption("Millbrook Primary School");
    await page.waitForFunction((sel) => !document.querySelector(`${sel} tbody tr[data-person="E04"]`), WHO);
    const millbrook = ((await canvas.getAttribute("data-drawn-ects")) ?? "").split(" ").filter(Boolean).sort();
    assert.deepEqual(
      await who
        .locator("tbody tr[data-is-ect]")
        .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-person") ?? "").sort()),
      millbrook,
    );
    assert.match(await who.locator("p").first().innerText(), /The picture draws \d+ of the network's \d+ people/);
    assert.deepEqual(problems(), []);
    await page.context().close();
  });

  it("hides names when names are hidden", async () => {
    const { page } = await openPicture("?view=lead&names=hidden", 1440, 900);
    await page.locator(`${WHO} > summary`).click();
    await page.locator(`${WHO} tbody tr`).first().waitFor();
    const text = await page.locator(WHO).innerText();
    assert.doesNotMatch(text, /Tom Gallagher|Clarke|Bennett|Callum|Zofia|Millbrook/);
    assert.match(text, /ECT \d+/);
    await page.context().close();
  });

  it("shows a large picture a hundred rows at a time", async () => {
    const { page, problems } = await openPicture("?view=lead&demo=2500", 1440, 900);
    const who = page.locator(WHO);
    await who.locator("summary").click();
    await who.locator("tbody tr").first().waitFor();
    assert.equal(await who.locator("tbody tr").count(), 100);
    const more = who.getByRole("button", { name: "Show 100 more" });
    await more.click();
    await page.waitForFunction((sel) => document.querySelectorAll(`${sel} tbody tr`).length === 200, WHO);
    assert.match(await who.innerText(), /Showing 200 of [\d,]+\./);
    assert.deepEqual(problems(), []);
    await page.context().close();
  });

  for (const [width, height] of [
    [1366, 768],
    [390, 844],
  ] as const) {
    it(`reads on a ${width}×${height} screen`, async () => {
      const { page } = await openPicture("?view=lead", width, height);
      const who = page.locator(WHO);
      await who.locator("summary").click();
      await who.locator("tbody tr").first().waitFor();
      await who.scrollIntoViewIfNeeded();
      // The page never scrolls sideways: a wide table scrolls inside its own box.
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
      await page.screenshot({ path: join(SHOTS, `lead-who-supports-whom-${width}x${height}.png`) });
      await page.context().close();
    });
  }
});
