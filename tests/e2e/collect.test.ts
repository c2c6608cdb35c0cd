/** End to end: "Collect with a form" in the import panel, its copy button and its paper version. */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { questionnaire, questionnaireText } from "../../src/core/index.ts";
import { ROOT, openApp, openImportPane, useApp } from "./browser.ts";

const SHOTS = join(ROOT, "tests", "e2e", "screenshots");
mkdirSync(SHOTS, { recursive: true });

async function openCollect(page: Page): Promise<void> {
  await openImportPane(page);
  await page.getByRole("button", { name: "Collect with a form" }).click();
  await page.getByTestId("collect-form").waitFor();
}

describe("collect with a form", () => {
  const app = useApp();

  for (const [width, height] of [
    [1366, 768],
    [390, 844],
  ] as const) {
    it(`opens from the import panel, copies the questions and fits ${width}×${height}`, async () => {
      const { page, watch } = await openApp(app.browser, app.url, "", ".tiles", { width, height });
      await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: app.url });
      await openCollect(page);
      // Focus moves into the panel when it opens.
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Collect with a form");
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), "H3");

      const shown = await page.getByTestId("form-text").innerText();
      const expected = questionnaireText(questionnaire());
      assert.equal(shown.trim(), expected.trim());
      await page.getByRole("button", { name: "Copy questions" }).click();
      await page.getByTestId("copy-status").filter({ hasText: "Copied" }).waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), expected);
      for (const q of [
        "Who helps you understand how things work in your school?",
        "Who helps you with behaviour?",
        "Who helps you with your teaching?",
        "Who do you talk to when things are hard?",
      ])
        assert.ok(shown.includes(q), q);

      // Nothing in the panel runs off the side of a phone's screen.
      const right = await page
        .getByTestId("collect-form")
        .evaluate((el) => Math.max(...[el, ...el.querySelectorAll("*")].map((e) => e.getBoundingClientRect().right)));
      assert.ok(right <= width, `the panel reaches ${right}px in a ${width}px window`);
      await page.getByTestId("collect-form").scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `collect-form-${width}.png`) });
      await page.getByTestId("collect-form").screenshot({ path: join(SHOTS, `collect-form-panel-${width}.png`) });

      // Closing returns focus to the button that opened it.
      await page.getByRole("button", { name: "Close" }).click();
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Collect with a form");
      assert.deepEqual(watch.errors, []);
      assert.deepEqual(watch.offOrigin, []);
      await page.context().close();
    });
  }

  it("selects the questions for copying by hand when the clipboard is refused", async () => {
    const { page } = await openApp(app.browser, app.url, "", ".tiles");
    await openCollect(page);
    // A string, as tsx would name a function written here with a helper the page does not have.
    await page.evaluate(
      'Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new Error("refused")) } })',
    );
    await page.getByRole("button", { name: "Copy questions" }).click();
    await page.getByTestId("copy-status").filter({ hasText: "Ctrl+C" }).waitFor();
    const selected = await page.evaluate(() => getSelection()?.toString() ?? "");
    assert.match(selected, /^Who supports you\?/);
    await page.context().close();
  });

  it("prints the paper version alone, on one A4 page", async () => {
    const { page } = await openApp(app.browser, app.url, "", ".tiles");
    await openCollect(page);
    await page.getByLabel("How often they talk").check();
    await page.evaluate(
      'window.print = () => document.body.setAttribute("data-printed", document.body.dataset.print ?? "")',
    );
    await page.getByRole("button", { name: "Print paper version" }).click();
    assert.equal(await page.evaluate(() => document.body.getAttribute("data-printed")), "form");
    await page.evaluate(() => (document.body.dataset.print = "form"));
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.locator(".top").isVisible(), false, "the app does not print");
    assert.equal(await page.locator(".form-paper").isVisible(), true);
    assert.equal(await page.locator(".form-paper li").count(), 9);
    await page.screenshot({ path: join(SHOTS, "collect-form-paper.png"), fullPage: true });
    const pdf = await page.pdf({ format: "A4", printBackground: false });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
    assert.equal(pages.length, 1, "the paper version fits one page");
    await page.context().close();
  });
});
