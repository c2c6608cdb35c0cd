/** End to end: survey exports read by content, and the mapping step for a file that needs it. */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { ROOT, axe, openApp, openImportPane, useApp } from "./browser.ts";

const SHOTS = join(ROOT, "tests", "e2e", "screenshots");
mkdirSync(SHOTS, { recursive: true });

type App = { readonly browser: Browser; readonly url: string };

async function openImport(app: App, width = 1366, height = 768, bypassCSP = false): Promise<Page> {
  // CSP is bypassed only where a test injects axe-core.
  const { page } = await openApp(app.browser, app.url, "", ".tiles", { width, height, bypassCSP });
  await openImportPane(page);
  return page;
}

const reportSays = (page: Page, text: RegExp) =>
  page.waitForFunction(
    (source) => new RegExp(source).test(document.querySelector('[data-testid="import-report"]')?.textContent ?? ""),
    text.source,
  );

/** A Microsoft Forms export whose support questions Mosaic cannot read alone. */
const ODD_FORM = [
  "ID,Start time,Completion time,Email,Name,Your name,Which school are you based at?,Who shows you the ropes?,Who lifts you up?",
  "1,3/10/25 9:01:02,3/10/25 9:04:40,anonymous,Anonymous,Amy Khan,Hollinsfield Academy,Kim Lee,Sam Ode",
  "2,3/10/25 9:11:00,3/10/25 9:15:13,anonymous,Anonymous,Ben Ray,Castleford Park,Kim Lee,",
  "3,3/11/25 16:20:41,3/11/25 16:29:02,anonymous,Anonymous,Cara Dunn,Castleford Park,Jo Park,Kim Lee",
].join("\n");

/** A Microsoft Forms export as a mentor lead downloads it: read with no mapping step. */
const MS_FORM = [
  "ID,Start time,Completion time,Email,Name,Your name,Which school are you based at?,Who helps you understand how things work here?,Who helps you with behaviour?,Who supports your teaching?,Who do you talk to when things get hard?,Anything else you'd like to tell us?",
  '1,3/10/25 9:01:02,3/10/25 9:04:40,anonymous,Anonymous,Priya Sharma,Hollinsfield Academy,Owen Price,Kirsty MacLeod,Dev Mistry,"Owen Price; Linda Marsh",',
  "2,3/10/25 9:11:00,3/10/25 9:15:13,anonymous,Anonymous,Tom Gallagher,Hollinsfield Academy,Owen Price,Linda Marsh,Dev Mistry,Nobody,All fine thanks",
].join("\n");

const csvFile = (name: string, text: string) => ({ name, mimeType: "text/csv", buffer: Buffer.from(text) });

describe("survey exports and the mapping step", () => {
  const app = useApp();

  it("imports a Microsoft Forms export with no mapping step", async () => {
    const page = await openImport(app);
    await page.getByTestId("file-input").setInputFiles(csvFile("ms-forms.csv", MS_FORM));
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await reportSays(page, /ms-forms\.csv \(survey export, 2 rows\)/);
    const report = await page.getByTestId("import-report").innerText();
    assert.match(report, /6 people \(2 ECTs and 4 supporters\) and 7 links/);
    assert.doesNotMatch(report, /people file/);
    assert.equal(await page.getByTestId("mapping").count(), 0);
    await page.context().close();
  });

  it("shows each column with its values and Mosaic's guess, and imports after one choice", async () => {
    const page = await openImport(app, 1366, 768, true);
    assert.deepEqual(await axe(page, "section.import"), [], "the open import panel");
    await page.getByTestId("file-input").setInputFiles(csvFile("odd-form.csv", ODD_FORM));
    await page.getByRole("button", { name: "Import", exact: true }).click();
    const step = page.getByTestId("mapping");
    await step.waitFor();
    // The step takes the focus, for keyboard users.
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Which column holds what?");
    assert.match(await step.getByTestId("mapping-problem").innerText(), /A survey needs at least one question/);
    // Guesses already chosen: the ECT's name and school; the form's own columns left out.
    assert.equal(await step.getByLabel("Your name", { exact: true }).inputValue(), "respondent");
    assert.equal(await step.getByLabel("Which school are you based at?").inputValue(), "ectSchool");
    assert.equal(await step.getByLabel("ID", { exact: true }).inputValue(), "ignore");
    assert.equal(await step.getByLabel("Name", { exact: true }).inputValue(), "ignore");
    assert.equal(await step.getByLabel("Who shows you the ropes?").inputValue(), "ignore");
    const ropes = step.getByTestId("mapping-column").filter({ hasText: "Who shows you the ropes?" });
    assert.match(await ropes.innerText(), /Kim Lee · Kim Lee · Jo Park/);
    assert.deepEqual(await axe(page, '[data-testid="mapping"]'), [], "the mapping step");
    assert.match(await ropes.innerText(), /could not tell/);
    // Choices are in words, grouped by kind of file, with "Leave out" first.
    const options = await step.getByLabel("Your name", { exact: true }).evaluate((s) => ({
      first: s.querySelector("option")?.textContent,
      groups: [...s.querySelectorAll("optgroup")].map((g) => g.label),
      raw: [...s.querySelectorAll("option")].some((o) => /Field:|_id|is_ect/.test(o.textContent ?? "")),
    }));
    assert.deepEqual(options, {
      first: "Leave out",
      groups: ["For a survey", "For a people file", "For a links file"],
      raw: false,
    });
    await page.screenshot({ path: join(SHOTS, "mapping-step-1366.png"), fullPage: true });

    // One choice, by keyboard: focus the select and choose.
    await step.getByLabel("Who shows you the ropes?").focus();
    await step.getByLabel("Who shows you the ropes?").selectOption("organisational_literacy");
    await page.getByRole("button", { name: "Import with these columns" }).click();
    await reportSays(page, /odd-form\.csv \(survey export, 3 rows\)/);
    assert.match(await page.getByTestId("import-report").innerText(), /3 ECTs\b.* and 3 links/);
    assert.equal(await page.getByTestId("mapping").count(), 0);

    // The panel closed once the file was read; the choices are remembered: the next export with these
    // columns reads with no mapping step.
    assert.equal(await page.getByTestId("file-input").count(), 0);
    await openImportPane(page);
    await page.getByTestId("file-input").setInputFiles(csvFile("odd-form-spring.csv", ODD_FORM));
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await reportSays(page, /odd-form-spring\.csv \(survey export/);
    assert.equal(await page.getByTestId("mapping").count(), 0);
    await page.context().close();
  });

  it("stacks the columns as cards on a phone, with no sideways scroll", async () => {
    const page = await openImport(app, 390, 844);
    await page.getByTestId("file-input").setInputFiles(csvFile("odd-form.csv", ODD_FORM));
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.getByTestId("mapping").waitFor();
    // The step itself (the rest of the page is not this test's to judge): nothing in it reaches past the screen.
    const right = await page
      .getByTestId("mapping")
      .evaluate((m) => Math.max(...[m, ...m.querySelectorAll("*")].map((el) => el.getBoundingClientRect().right)));
    assert.ok(right <= 390, `the mapping step reaches ${right}px`);
    const stacked = await page
      .getByTestId("mapping-column")
      .first()
      .evaluate((tr) => getComputedStyle(tr).display);
    assert.equal(stacked, "block");
    await page.getByTestId("mapping").screenshot({ path: join(SHOTS, "mapping-step-390.png") });
    await page.context().close();
  });
});
