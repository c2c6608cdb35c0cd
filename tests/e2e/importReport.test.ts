/**
 * End to end: the import report. It caps problems of one kind at 20, then says how many more; and
 * after a real survey export it stays short (a summary line, the questions and the problems to
 * check open, the notes behind a button), so the overview's counts and ECT table are in sight; on
 * the ECT tab it is one line linking to it.
 */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { ROOT, importInPage, openApp, openImportPane, useApp } from "./browser.ts";

const SHOTS = join(ROOT, "tests", "e2e", "screenshots");
mkdirSync(SHOTS, { recursive: true });
const EXPORT = join(ROOT, "tests", "fixtures", "surveys", "ms-forms-hollinsfield.xlsx");

/** The top of an element, in page coordinates. */
const topOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

/** The spreadsheet rows a table of the report names. */
const rowsIn = (page: Page, testId: string) =>
  page
    .getByTestId(testId)
    .locator("tbody tr:not(.more-like-this) td:nth-child(3)")
    .allInnerTexts()
    .then((rows) => rows.map(Number));

describe("the import report", () => {
  const app = useApp();

  it("shows the first 20 problems of a kind, then how many more like this", async () => {
    const { page } = await openApp(app.browser, app.url, "", ".tiles");
    await openImportPane(page);
    // 5,000 links with a kind of support Mosaic does not know: 5,000 warnings of one kind.
    const ects = Array.from({ length: 5_000 }, (_, i) => `E${i},ECT ${i},yes`).join("\n");
    const links = Array.from({ length: 5_000 }, (_, i) => `P1,E${i},pedagogy;coaching ${i}`).join("\n");
    const payload = [
      { name: "people.csv", text: `id,name,is_ect\nP1,Jo Baker,no\n${ects}\n` },
      { name: "links.csv", text: `from_id,to_id,support_types\n${links}\n` },
    ];
    await page.getByTestId("dropzone").evaluate((zone, files) => {
      const dt = new DataTransfer();
      for (const f of files) dt.items.add(new File([f.text], f.name, { type: "text/csv" }));
      zone.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, payload);
    const report = page.getByTestId("import-report");
    await report.waitFor();
    // Things to check are open: no click needed to read them.
    assert.match(await report.getByTestId("report-summary").innerText(), /5,000 things to check\.$/);
    assert.match(await report.locator("h3").first().innerText(), /^5,000 things to check, row by row$/);
    assert.equal(await report.getByTestId("to-check").locator("tbody tr").count(), 21);
    assert.equal(await report.getByTestId("more-like-this").innerText(), "…and 4,980 more like this");
    await report.screenshot({ path: join(SHOTS, "import-report-capped.png") });
    await page.context().close();
  });

  for (const size of [
    { width: 1366, height: 768 },
    { width: 390, height: 844 },
  ]) {
    it(`keeps the overview in sight after a survey export at ${size.width}×${size.height}`, async () => {
      const { page, watch } = await openApp(app.browser, app.url, "", ".tiles", size);
      await importInPage(page, EXPORT);
      const report = page.getByTestId("import-report");
      await report.waitFor();
      await page.locator("#ects-h").waitFor();
      const summary = report.getByTestId("report-summary");
      // The people in parts that add up (peopleWords, tested exactly in tests/core/report), then what is left to do.
      assert.match(
        await summary.innerText(),
        /^Imported 40 people \(16 ECTs, 12 other supporters, 5 named by role and 7 family or friends; \d+ of the ECTs also support another ECT\) and 69 links from ms-forms-hollinsfield\.xlsx \(survey export, 18 rows\)\. 1 row could not be read; 5 questions to answer; 1 thing to check; 15 notes\.$/,
      );
      // The questions and what needs a look are open; the 15 notes wait behind their button.
      await report.getByTestId("same-people-notice").waitFor();
      assert.match(await report.innerText(), /Same school\?/);
      assert.deepEqual(
        (await rowsIn(page, "to-check")).sort((a, b) => a - b),
        [6, 13],
      );
      const notes = report.getByTestId("report-notes");
      assert.equal(await notes.evaluate((el) => el.hasAttribute("open")), false);
      assert.equal(await notes.getByTestId("notes").isVisible(), false);
      // Within one screen after the summary: the overview's counts and the ECT table's heading and first rows.
      const from = await topOf(page, '[data-testid="report-summary"]');
      const counts = (await topOf(page, "#counts-h")) - from;
      const table = (await topOf(page, "#ects-h")) - from;
      const firstRows = (await topOf(page, '[aria-labelledby="ects-h"] table tbody tr:nth-child(3)')) - from;
      await page.screenshot({ path: join(SHOTS, `import-report-hollinsfield-full-${size.width}.png`), fullPage: true });
      await page.evaluate((y) => window.scrollTo(0, y), from);
      await page.screenshot({ path: join(SHOTS, `import-report-hollinsfield-${size.width}.png`) });
      // On a wide screen the counts are in the same screen as the summary; on a phone, under the two
      // questions and the two problems (before, under 15 notes too: over three screens down).
      const within = size.width > 640 ? size.height : 1.5 * size.height;
      assert.ok(
        counts < within,
        `counts ${counts} px, ECT table ${table} px, its third row ${firstRows} px below the summary`,
      );
      // Every row number can still be reached: the notes open with their rows.
      await notes.locator("summary").click();
      assert.deepEqual(
        [...new Set(await rowsIn(page, "notes"))].sort((a, b) => a - b),
        [1, 2, 3, 4, 7, 8, 10, 14, 17],
      );
      await notes.screenshot({ path: join(SHOTS, `import-report-notes-${size.width}.png`) });

      // The ECT tab: one line linking to the report; the chosen ECT's map right under it.
      await page.getByRole("button", { name: /^ECT constellation/ }).click();
      await page.locator("#ect-title").waitFor();
      assert.equal(await report.count(), 0);
      const line = page.getByTestId("import-report-elsewhere");
      assert.match(await line.innerText(), /^Imported 40 people, 16 ECTs and 69 links\. 1 row could not be read;/);
      // Right under the one line: the way to another ECT, then the chosen ECT's map (before, 1,864 px down).
      const lineBottom = await line.evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
      const mapTop = await topOf(page, "#ect-title");
      await page.screenshot({ path: join(SHOTS, `import-report-ect-tab-${size.width}.png`) });
      assert.ok(mapTop - lineBottom < 200 && mapTop < size.height, `the ECT's map starts at ${mapTop} px`);
      await line.getByRole("button", { name: "Read the import report (Mentor lead overview)" }).click();
      await page.waitForFunction(() => document.activeElement?.id === "report-h");
      assert.equal(await line.count(), 0);
      assert.deepEqual(watch.errors, []);
      await page.context().close();
    });
  }
});
