/**
 * End to end: the research on screen (issue #17 item 13). "What is this?" opens the intro with
 * focus inside, Tab stays in it, Escape closes it and focus returns; a tile's help opens by
 * keyboard; About lists the sources; the empty state shows the intro. Screenshots at 1366×768 and 390×844.
 */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { ROOT, openApp, useApp } from "./browser.ts";

const SHOTS = join(ROOT, "tests", "e2e", "screenshots");
mkdirSync(SHOTS, { recursive: true });

const app = useApp();

const activeInside = (page: Page, testId: string) =>
  page.evaluate(
    (id) => Boolean(document.querySelector(`[data-testid="${id}"]`)?.contains(document.activeElement)),
    testId,
  );

describe("the research on screen", () => {
  for (const [width, height] of [
    [1366, 768],
    [390, 844],
  ] as const) {
    it(`intro, tile help and About by keyboard at ${width}×${height}`, async () => {
      const { page, watch } = await openApp(app.browser, app.url, "", ".tiles", { width, height });
      const what = page.getByRole("button", { name: "What is this?" });
      await what.focus();
      await page.keyboard.press("Enter");
      const intro = page.getByTestId("intro-dialog");
      await intro.waitFor({ state: "visible" });
      assert.match(await intro.innerText(), /No single colleague can be your expert on everything/);
      assert.ok(await activeInside(page, "intro-dialog"), "focus moves into the dialog");
      for (let i = 0; i < 5; i++) {
        await page.keyboard.press("Tab");
        assert.ok(await activeInside(page, "intro-dialog"), `focus stays in the dialog after ${i + 1} Tab(s)`);
      }
      await page.screenshot({ path: join(SHOTS, `research-intro-${width}.png`) });
      await page.keyboard.press("Escape");
      await intro.waitFor({ state: "hidden" });
      assert.equal(
        await page.evaluate(() => document.activeElement?.textContent),
        "What is this?",
        "focus returns to the button that opened it",
      );

      // Help for a kind of support, from its tile, by keyboard.
      const tile = page.locator('.tile[data-type="psychosocial"]');
      const summary = tile.locator(".tile-help summary");
      await summary.focus();
      await page.keyboard.press("Enter");
      const help = tile.locator(".tile-help p");
      await help.waitFor({ state: "visible" });
      const text = await help.innerText();
      assert.match(text, /support for you as a person/);
      assert.match(text, /Colleagues are not counsellors/);
      // The sample school has filled in its own signposting, which replaces the UK default.
      assert.match(text, /if things feel serious, contact the trust's employee assistance programme/);
      assert.doesNotMatch(text, /\{signpost\}/);
      await tile.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `research-tile-${width}.png`) });

      // About, with every source and what Mosaic takes from it.
      await page.getByRole("button", { name: "About and sources" }).click();
      const about = page.getByTestId("about-dialog");
      await about.waitFor({ state: "visible" });
      assert.ok(await activeInside(page, "about-dialog"));
      const aboutText = await about.innerText();
      for (const s of ["Gilligan", "Eby et al 2013", "Jokikokkoa et al 2017", "Van Ginkel et al 2016", "CUREE"])
        assert.match(aboutText, new RegExp(s));
      assert.match(aboutText, /Colleagues are not counsellors/);
      await page.screenshot({ path: join(SHOTS, `research-about-${width}.png`) });
      await about.getByRole("button", { name: /Close/ }).click();
      await about.waitFor({ state: "hidden" });
      assert.deepEqual(watch.errors, []);
      await page.context().close();
    });
  }

  it("the empty state: 'Map my own support' starts with the intro", async () => {
    const { page } = await openApp(app.browser, app.url, "", ".tiles", { width: 1366, height: 768 });
    await page.getByRole("button", { name: "Map my own support" }).click();
    const flow = page.getByTestId("map-my-support");
    assert.match(await flow.innerText(), /No single colleague can be your expert on everything/);
    await page.screenshot({ path: join(SHOTS, "research-empty-1366.png") });
    await page.context().close();
  });

  it("the signposting line sits beside wellbeing concerns, and role texts show where roles are chosen", async () => {
    const { page } = await openApp(app.browser, app.url, "", ".tiles", { width: 1366, height: 768 });
    // Pick ECTs in turn until one has a wellbeing flag (the sample has several).
    const options = page.locator(".sidebar li button");
    const n = await options.count();
    let found = false;
    for (let i = 0; i < n && !found; i++) {
      await options.nth(i).click();
      await page.waitForTimeout(300);
      found = (await page.getByTestId("signpost").count()) > 0;
    }
    assert.ok(found, "some ECT in the sample has a wellbeing concern with the signposting line");
    assert.match(await page.getByTestId("signpost").innerText(), /^Colleagues are not counsellors/);
    const edit = page.getByTestId("edit-map");
    await edit
      .getByText(/Add someone who helps/)
      .first()
      .click();
    await edit.getByText("A few optional details").first().click();
    const role = edit.getByLabel(/Their role for/).first();
    await role.selectOption("induction_tutor");
    assert.match(await edit.locator(".role-help").first().innerText(), /monitors your progress|formal judgements/);
    await page.screenshot({ path: join(SHOTS, "research-flags-1366.png"), fullPage: true });
    await page.context().close();
  });
});
