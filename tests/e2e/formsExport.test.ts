/**
 * End to end: a mentor lead's first file, a Microsoft Forms export as downloaded (.xlsx), read
 * with no mapping into the overview; "Same person?" answered by keyboard; the answers kept on
 * the device across a reload.
 */
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { ROOT, axe, importInPage, openApp, openImportPane, openMenu, recordAnnouncements, useApp } from "./browser.ts";

const SHOTS = join(ROOT, "tests", "e2e", "screenshots");
mkdirSync(SHOTS, { recursive: true });
const EXPORT = join(ROOT, "tests", "fixtures", "surveys", "ms-forms-hollinsfield.xlsx");

/** How the focused element shows focus: the keyboard ring (:focus-visible, outlined) or the heading's underline. */
async function focusMarks(page: Page): Promise<{ ring: boolean; underline: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return { ring: false, underline: false };
    const style = getComputedStyle(el);
    return {
      ring: el.matches(":focus-visible") && style.outlineStyle === "solid" && parseFloat(style.outlineWidth) >= 2,
      underline: style.textDecorationLine.includes("underline"),
    };
  });
}

describe("a Microsoft Forms export", () => {
  const app = useApp();

  it("opens the overview with no mapping step, in four clicks or fewer, and asks 'Same person?'", async () => {
    const { page, watch } = await openApp(app.browser, app.url, "", ".tiles", { width: 1366, height: 768 });
    let clicks = 0;
    await openImportPane(page);
    clicks++;
    await page.getByTestId("file-input").setInputFiles(EXPORT);
    clicks++;
    await page.getByRole("button", { name: "Import", exact: true }).click();
    clicks++;
    await page.getByTestId("import-report").waitFor();
    assert.ok(clicks <= 4);
    assert.equal(await page.getByTestId("mapping").count(), 0);
    const report = await page.getByTestId("import-report").innerText();
    assert.match(report, /survey export/);
    // The overview, worded for a lead: the ECTs with no one are there to see.
    await page.getByRole("heading", { name: /ECTs, by what most needs a look/i }).waitFor();
    assert.match(await page.locator("body").innerText(), /no support now/i);
    // A survey records no one's capacity: "Untapped" says so, rather than that no one is unused.
    const untapped = page.getByTestId("untapped-none");
    await untapped.waitFor({ state: "attached" });
    assert.match((await untapped.textContent()) ?? "", /^Capacity is not recorded for anyone\b/);
    // "Same person?" is offered from the report, not forced.
    await page.getByTestId("same-people-notice").waitFor();
    assert.match(await page.getByTestId("same-people-notice").innerText(), /Same person\?/);
    // Focus on what was read, never the page's body; the panel closed, so the file cannot go in twice.
    await page.waitForFunction(() => document.activeElement?.id === "report-h");
    assert.equal(await page.getByTestId("file-input").count(), 0);
    // After a mouse click no ring, but the heading is marked, so focus is never invisible.
    assert.deepEqual(await focusMarks(page), { ring: false, underline: true });
    await page.screenshot({ path: join(SHOTS, "forms-export-1366.png") });
    // A printed summary says the figures may change while "Same person?" is open (made a second after the overview).
    const caveat = page.locator('.lead-summary-print [data-testid="report-caveat"]');
    await caveat.waitFor({ state: "attached" });
    assert.match(
      (await caveat.textContent()) ?? "",
      /^Still to answer from the import: \d+ "Same person\?" questions? and 1 "Same school\?" question\./,
    );
    // One click joins only the name a title points at ("Mr Patel"); the nicknames and the typing slip stay asked.
    await page.getByRole("button", { name: 'Answer "Same person?"' }).click();
    // Nothing chosen yet: words, not a "Save 0 answers" button.
    await page.getByTestId("nothing-to-save").waitFor();
    assert.equal(await page.getByRole("button", { name: /^Save \d/ }).count(), 0);
    const bulk = page.getByRole("button", { name: "Join the name written with a title or initial" });
    await bulk.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "same-person-bulk-1366.png") });
    await bulk.click();
    const saved = page.getByTestId("same-answers-saved");
    await page.waitForFunction(() => /1 answer saved/.test(document.body.innerText));
    assert.equal(await saved.textContent(), "1 answer saved: 1 name joined. 39 people now (40 before).");
    const step = page.getByTestId("same-people");
    const question = (legend: string) => step.locator("fieldset").filter({ hasText: legend });
    assert.equal(await step.locator(".same-people-list > li").count(), 3);
    // Answered as the truth file says: Sam Lee and Samantha Lee are two people.
    await question("Pete Adams and Peter Adams")
      .getByLabel("The same person: call them Peter Adams", { exact: true })
      .check();
    await question("Ravi Patell").getByLabel("The same person: call them Ravi Patel", { exact: true }).check();
    await question("Sam Lee and Samantha Lee").getByLabel("Two different people").check();
    await page.getByRole("button", { name: "Save 3 answers" }).click();
    await step.waitFor({ state: "detached" });
    assert.equal(await page.getByTestId("same-people-notice").count(), 0);
    // What the answers did is said, in view and to screen readers: the people count moved.
    assert.equal(
      await saved.textContent(),
      "3 answers saved: 2 names joined, 1 pair kept as two people. 37 people now (39 before).",
    );
    assert.match(await page.getByTestId("import-report").innerText(), /37 people \(16 ECTs, [^)]*\) and 68 links/);
    // "Same person?" answered: the printed summary hedges only for the school still asked about.
    await page.waitForFunction(() => {
      const said = document.querySelector('.lead-summary-print [data-testid="report-caveat"]')?.textContent ?? "";
      return said !== "" && !said.includes("Same person?");
    });
    assert.match((await caveat.textContent()) ?? "", /^Still to answer from the import: 1 "Same school\?" question\./);
    await page.waitForFunction(() => document.activeElement?.id === "report-h");
    // "Undo this import" stays after the answers, and takes them back with the import: the sample returns.
    const undoImport = page.getByRole("button", { name: "Undo this import" });
    await undoImport.waitFor();
    await page.screenshot({ path: join(SHOTS, "forms-export-answered-1366.png") });
    await undoImport.click();
    await page.waitForFunction(() => /fictional sample/.test(document.querySelector(".brand")?.textContent ?? ""));
    assert.deepEqual(watch.offOrigin, []);
    await page.context().close();
  });

  it("shows the focus ring on 'What was read' when Import is pressed with the keyboard", async () => {
    const { page } = await openApp(app.browser, app.url, "", ".tiles", { width: 1366, height: 768 });
    await openImportPane(page);
    await page.getByTestId("file-input").setInputFiles(EXPORT);
    await page.getByRole("button", { name: "Import", exact: true }).focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id === "report-h");
    assert.deepEqual(await focusMarks(page), { ring: true, underline: false });
    await page.screenshot({ path: join(SHOTS, "forms-export-keyboard-focus-1366.png") });
    await page.context().close();
  });

  it("takes 'Same person?' answers by keyboard, and keeps them on the device across a reload", async () => {
    // CSP bypassed so axe-core can be injected.
    const { page } = await openApp(app.browser, app.url, "", ".tiles", { width: 1366, height: 768, bypassCSP: true });
    await importInPage(page, EXPORT);
    await page.getByTestId("same-people-notice").waitFor();
    await openMenu(page, "Data");
    await page.getByLabel("Remember on this device").check();

    await page.getByRole("button", { name: 'Answer "Same person?"' }).focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("same-people").waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Same person?");
    assert.deepEqual(await axe(page, '[data-testid="same-people"]'), [], "the 'Same person?' step");
    const first = page.getByTestId("same-people").locator("fieldset").first();
    // Tab into the first question's choices, arrow to "The same person: call them …", then Save.
    await page.keyboard.press("Tab");
    const radio = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type);
    assert.equal(radio, "radio");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    const chosen = await first.locator("input:checked").evaluate((e) => (e as HTMLInputElement).value);
    assert.equal(chosen, "keep");
    await page.screenshot({ path: join(SHOTS, "same-person-1366.png") });
    const said = await recordAnnouncements(page);
    await page.getByRole("button", { name: "Save 1 answer" }).focus();
    await page.keyboard.press("Enter");
    // The step stays open on the three questions left, with focus on its heading: landing on a
    // question's "Not sure yet" read as if it were answered, and skipped the words saying what the list is.
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="same-people"] .same-people-list > li').length === 3,
    );
    await page.waitForFunction(
      () =>
        document.activeElement?.tagName === "H3" &&
        document.activeElement.closest('[data-testid="same-people"]') !== null,
    );
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Same person?");
    // What the banner says is what is announced (the live region held the import's "Read … people").
    const banner = (await page.getByTestId("same-answers-saved").textContent()) ?? "";
    assert.match(banner, /^1 answer saved: 1 name joined\./);
    await page.waitForFunction(
      (words) => document.querySelector<HTMLElement>('[data-testid="announcer"]')?.dataset.log?.includes(words),
      banner,
    );
    assert.deepEqual((await said()).slice(-1), [banner]);
    await page.screenshot({ path: join(SHOTS, "same-person-after-save-1366.png") });
    await page.getByText(/Saved on this device/).waitFor();

    await page.reload();
    await page.waitForFunction(() => /Your data/.test(document.querySelector(".brand")?.textContent ?? ""));
    // The answer is kept with the project: importing again asks only what is left.
    await importInPage(page, EXPORT);
    await page.getByTestId("same-people-notice").waitFor();
    assert.match(await page.getByTestId("same-people-notice").innerText(), /3 names/);
    await page.context().close();
  });

  it("fits a phone without scrolling sideways in the 'Same person?' step, rows named with their file", async () => {
    const { page } = await openApp(app.browser, app.url, "", ".tiles", { width: 390, height: 844 });
    // Two files read: each row is given with its file.
    const xlsx = (name: string) => ({ name, mimeType: "application/octet-stream", buffer: readFileSync(EXPORT) });
    await importInPage(page, [xlsx("ms-forms-hollinsfield.xlsx"), xlsx("spring.xlsx")]);
    await page.getByRole("button", { name: 'Answer "Same person?"' }).click();
    const step = page.getByTestId("same-people");
    await step.waitFor();
    const text = await step.innerText();
    assert.match(text, /\((?:ms-forms-hollinsfield|spring)\.xlsx rows? \d/, text);
    assert.doesNotMatch(text, /\b[2-7] times\b|\(rows? \d/, text);
    const box = await step.boundingBox();
    assert.ok(
      box && box.x >= 0 && box.x + box.width <= 390,
      `the step spans ${box?.x}–${(box?.x ?? 0) + (box?.width ?? 0)}`,
    );
    await step.screenshot({ path: join(SHOTS, "same-person-390.png") });
    await page.context().close();
  });
});
