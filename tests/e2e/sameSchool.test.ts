/**
 * End to end: "Same school?" answered in the app. The Brookside survey writes "Brookside" and
 * "Brookside School"; the lead answers "One school", the school filter then lists one Brookside,
 * Undo and Redo take the answer back and forth, and after a reload (remembered on this device) it
 * is still answered.
 */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { ROOT, importInPage, openApp, openMenu, useApp } from "./browser.ts";

const SHOTS = join(ROOT, "tests", "e2e", "screenshots");
mkdirSync(SHOTS, { recursive: true });

const SURVEY = join(ROOT, "tests", "fixtures", "surveys", "paper-typed-brookside.csv");

/** The school filter's choices, once it lists `count` of them (with "All schools"). */
async function schoolChoices(page: Page, count: number): Promise<string[]> {
  await page.waitForFunction((n) => document.querySelectorAll("#f-school option").length === n, count);
  return page.locator("#f-school option").allInnerTexts();
}

describe("answering 'Same school?'", () => {
  const app = useApp();

  it("reads 'One school' as one school in the filter, undoably, and still after a reload", async () => {
    const { page, watch } = await openApp(app.browser, app.url, "", ".tiles", { width: 1366, height: 768 });
    await importInPage(page, SURVEY);
    assert.deepEqual(await schoolChoices(page, 3), ["All schools", "Brookside", "Brookside School"]);
    // The untouched sample has nothing to remember: the imported survey has.
    await openMenu(page, "Data");
    await page.getByLabel("Remember on this device").check();
    await page.getByText(/Saved on this device/).waitFor();
    await page.keyboard.press("Escape");

    const notice = page.getByTestId("same-schools-notice");
    assert.match(await notice.innerText(), /Same school\? Two school names might be one school written two ways/);
    await notice.getByRole("button", { name: 'Answer "Same school?"' }).click();
    const questions = page.getByTestId("same-schools");
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent),
      "Same school?",
      "focus on the question's heading",
    );
    const q = questions.getByRole("group", { name: "Brookside and Brookside School" });
    assert.match(await q.innerText(), /"Brookside": 2 people, first written in row 2, column School/);
    assert.match(await q.innerText(), /"Brookside School": 4 people, first written in row 4, column School/);
    await q.getByLabel("One school (shown as “Brookside School”)").check();
    await page.screenshot({ path: join(SHOTS, "same-school-question-1366x768.png") });
    await page.setViewportSize({ width: 390, height: 844 });
    await questions.scrollIntoViewIfNeeded();
    assert.equal(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      true,
      "nothing scrolls sideways on a phone",
    );
    await page.screenshot({ path: join(SHOTS, "same-school-question-390x844.png") });
    await page.setViewportSize({ width: 1366, height: 768 });
    await questions.getByRole("button", { name: "Save 1 answer" }).click();

    const saved = page.getByTestId("same-answers-saved");
    await saved.waitFor();
    assert.equal(await saved.innerText(), "1 answer saved: Brookside School now covers 6 people.");
    assert.deepEqual(await schoolChoices(page, 2), ["All schools", "Brookside School"]);
    assert.equal(await page.getByTestId("same-schools-notice").count(), 0, "not asked again");
    assert.equal(await page.getByText(/^Same school\?/).count(), 0);
    await page.screenshot({ path: join(SHOTS, "same-school-answered-1366x768.png") });
    await page.setViewportSize({ width: 390, height: 844 });
    await saved.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "same-school-answered-390x844.png") });
    await page.setViewportSize({ width: 1366, height: 768 });

    // One step of the history, like an answer to "Same person?".
    await page.getByRole("button", { name: /^Undo/ }).first().click();
    assert.deepEqual(await schoolChoices(page, 3), ["All schools", "Brookside", "Brookside School"]);
    await page.getByRole("button", { name: /^Redo/ }).first().click();
    assert.deepEqual(await schoolChoices(page, 2), ["All schools", "Brookside School"]);
    await page.getByText(/Saved on this device/).waitFor();

    await page.reload();
    await page.getByTestId("ect-table").waitFor();
    assert.deepEqual(await schoolChoices(page, 2), ["All schools", "Brookside School"]);
    assert.deepEqual(watch.errors, []);
    await page.context().close();
  });
});
