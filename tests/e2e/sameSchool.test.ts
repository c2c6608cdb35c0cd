/**
 * End to end: "Same school?" answered in the app. The Brookside survey writes "Brookside" and
 * "Brookside School"; the lead answers "One school", the school filter then lists one Brookside,
 * Undo and Redo take the answer back and forth, and after a reload (remembered on this device) it
 * is still answered. On a phone (390 and 360 px wide), both questions' answers sit as a tidy column of
 * full-width rows at least 44 px high, the notices' two buttons share one line, and nothing is
 * clipped or scrolls sideways.
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

/**
 * What is untidy about the import's questions as laid out now: a notice's buttons on two lines, an
 * answer under 44 px high (on a phone), narrower than its question or wrapping under its radio, clipped text, or
 * a page wider than the screen.
 */
async function questionLayoutProblems(page: Page, phone = true): Promise<string[]> {
  return page.evaluate((phone) => {
    const problems: string[] = [];
    // No named helpers in here: tsx would wrap them in a __name the page does not have.
    if (document.documentElement.scrollWidth > window.innerWidth) problems.push("the page scrolls sideways");
    for (const row of document.querySelectorAll(".same-people-notice .button-row, .same-schools-notice .button-row")) {
      const tops = new Set([...row.querySelectorAll("button")].map((b) => Math.round(b.getBoundingClientRect().top)));
      if (tops.size > 1) problems.push(`notice buttons on ${tops.size} lines: ${row.textContent?.trim().slice(0, 50)}`);
    }
    for (const set of document.querySelectorAll(".same-people fieldset, .same-schools fieldset")) {
      const choices = [...set.querySelectorAll("label.choice")];
      const widths = new Set(choices.map((c) => Math.round(c.getBoundingClientRect().width)));
      if (widths.size > 1)
        problems.push(`answers of different widths in "${set.querySelector("legend")?.textContent ?? ""}"`);
      for (const c of choices) {
        const radio = c.querySelector("input");
        if (!radio) continue;
        if (phone && c.getBoundingClientRect().height < 43.5)
          problems.push(
            `"${c.textContent?.trim().slice(0, 50)}" is ${c.getBoundingClientRect().height.toFixed(0)} px high`,
          );
        if (c.getBoundingClientRect().right > set.getBoundingClientRect().right)
          problems.push(`"${c.textContent?.trim().slice(0, 50)}" runs past its question`);
        if (c.scrollWidth > c.clientWidth) problems.push(`"${c.textContent?.trim().slice(0, 50)}" is clipped`);
        // Every line of the words starts beside the radio, not under it.
        const words = document.createRange();
        words.setStartAfter(radio);
        words.setEnd(c, c.childNodes.length);
        const left = Math.min(...[...words.getClientRects()].filter((r) => r.width > 0).map((r) => r.left));
        if (left < radio.getBoundingClientRect().right)
          problems.push(`"${c.textContent?.trim().slice(0, 50)}" wraps under its radio`);
      }
    }
    for (const b of document.querySelectorAll(".same-people button, .same-schools button, .report .notice button")) {
      if (b.scrollWidth > b.clientWidth + 1) problems.push(`button "${b.textContent?.trim().slice(0, 50)}" is clipped`);
    }
    return problems;
  }, phone);
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

  it("sets both questions out tidily on a phone, with the desktop unchanged", async () => {
    const { page, watch } = await openApp(app.browser, app.url, "", ".tiles", { width: 390, height: 844, touch: true });
    await importInPage(page, SURVEY);
    // Both notices; the short "Answer" is still named after its question.
    const people = page.getByTestId("same-people-notice");
    await people.scrollIntoViewIfNeeded();
    assert.deepEqual(await questionLayoutProblems(page), []);
    await page.screenshot({ path: join(SHOTS, "same-questions-notices-390x844.png") });
    await people.getByRole("button", { name: 'Answer "Same person?"' }).click();
    await page.getByTestId("same-schools-notice").getByRole("button", { name: 'Answer "Same school?"' }).click();
    const person = page.getByTestId("same-people");
    const school = page.getByTestId("same-schools");
    await person.getByRole("group").first().getByRole("radio").first().check();
    await school.getByLabel("One school (shown as “Brookside School”)").check();
    assert.deepEqual(await questionLayoutProblems(page), []);
    await person.screenshot({ path: join(SHOTS, "same-person-question-390x844.png") });
    await school.screenshot({ path: join(SHOTS, "same-school-questions-390x844.png") });
    await page.setViewportSize({ width: 360, height: 780 });
    assert.deepEqual(await questionLayoutProblems(page), []);
    await person.screenshot({ path: join(SHOTS, "same-person-question-360x780.png") });
    assert.deepEqual(watch.errors, []);
    await page.context().close();

    // A laptop with a mouse keeps the compact list of answers.
    const laptop = await openApp(app.browser, app.url, "", ".tiles", { width: 1366, height: 768 });
    await importInPage(laptop.page, SURVEY);
    for (const [notice, title] of [
      ["same-people-notice", "Same person?"],
      ["same-schools-notice", "Same school?"],
    ] as const)
      await laptop.page
        .getByTestId(notice)
        .getByRole("button", { name: `Answer "${title}"` })
        .click();
    await laptop.page.getByTestId("same-people").scrollIntoViewIfNeeded();
    assert.deepEqual(await questionLayoutProblems(laptop.page, false), []);
    await laptop.page.screenshot({ path: join(SHOTS, "same-questions-1366x768.png") });
    assert.deepEqual(laptop.watch.errors, []);
    await laptop.page.context().close();
  });
});
