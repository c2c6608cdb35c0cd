/**
 * End to end: the lead's school choosers on a network of 200 schools (the 5,000-person demo), where
 * they are type-to-find boxes rather than `<select>`s of every school: only matches are drawn, the
 * keyboard reaches and chooses them, axe finds nothing, and a finger can hit each option.
 */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ROOT, axe, chooseSchool, openApp, useApp } from "./browser.ts";

const SHOTS = join(ROOT, "tests", "e2e", "screenshots");
mkdirSync(SHOTS, { recursive: true });

describe("school chooser on a network of many schools", () => {
  const app = useApp();

  for (const [w, h] of [
    [1366, 768],
    [390, 844],
  ] as const)
    it(`finds, chooses and clears a school by keyboard (${w}×${h})`, async () => {
      const { page, watch } = await openApp(
        app.browser,
        app.url,
        "?view=lead&demo=5000",
        '[data-testid="ect-table"] tbody tr[data-ect]',
        { width: w, height: h, bypassCSP: true, touch: w < 640 },
      );
      const box = page.getByRole("combobox", { name: "School", exact: true });
      const list = page.locator("#f-school-list");
      assert.equal(await page.locator("#f-school option").count(), 0, "no <option> per school");
      assert.equal(await box.getAttribute("aria-expanded"), "false");

      // Opening with the arrow key: "All schools" and a screenful, with how many more there are.
      await box.focus();
      await box.press("ArrowDown");
      assert.equal(await box.getAttribute("aria-expanded"), "true");
      assert.equal(await list.getByRole("option").count(), 51);
      assert.equal(await list.getByRole("option").first().innerText(), "All schools");
      assert.equal(await box.getAttribute("aria-activedescendant"), "f-school-opt-0");
      await page.getByText(/^and \d+ more: type part of a name to find one$/).waitFor();
      await box.press("Escape");
      assert.equal(await box.getAttribute("aria-expanded"), "false");

      // Typing narrows the list to the matches, the name starting with the text first.
      await box.pressSequentially("school 12");
      const names = await list.getByRole("option").allInnerTexts();
      assert.deepEqual(names, ["School 12", ...Array.from({ length: 10 }, (_, i) => `School 12${i}`)]);
      assert.equal(await page.getByRole("status").filter({ hasText: "11 schools match." }).count(), 1);
      await page.screenshot({ path: join(SHOTS, `school-chooser-${w}x${h}.png`) });
      assert.deepEqual(await axe(page, ".filters"), []);
      if (w < 640) {
        const heights = await list
          .getByRole("option")
          .evaluateAll((os) => os.map((o) => o.getBoundingClientRect().height));
        for (const px of heights) assert.ok(px >= 44, `each option is a finger's height (${px} px)`);
      }

      // Down twice and Enter: "School 120", which the table and the picture then show.
      await box.press("ArrowDown");
      await box.press("ArrowDown");
      assert.equal(await box.getAttribute("aria-activedescendant"), "f-school-opt-1");
      await box.press("Enter");
      assert.equal(await box.inputValue(), "School 120");
      assert.equal(await box.getAttribute("aria-expanded"), "false");
      const schools = await page
        .locator('[data-testid="ect-table"] tbody tr[data-ect]')
        .evaluateAll((rows) => rows.map((r) => r.textContent ?? ""));
      assert.ok(schools.length > 0 && schools.every((t) => t.includes("School 120")), schools.join(" | "));
      assert.equal(await page.locator("#g-school").inputValue(), "School 120", "the picture follows the table");

      // Escape undoes what was typed; an emptied box and Enter is every school again.
      await box.fill("School 9");
      await box.press("Escape");
      assert.equal(await box.inputValue(), "School 120");
      await chooseSchool(page, "f-school", "");
      assert.equal(await box.inputValue(), "");
      assert.ok((await page.locator('[data-testid="ect-table"] tbody tr[data-ect]').count()) > schools.length);

      // The picture's own chooser: a whole name typed and Enter draws that school.
      await chooseSchool(page, "g-school", "school 7");
      await page.locator("#netgraph-h").filter({ hasText: "School 7" }).waitFor();
      assert.equal(await page.locator("#g-school").inputValue(), "School 7");

      // Reopening without typing: "School 7" sorts far past the first 50 drawn, yet it is in the
      // list, highlighted as the active descendant and scrolled into sight, by key and by click.
      const gBox = page.locator("#g-school");
      const gList = page.locator("#g-school-list");
      const chosenInView = async (how: string) => {
        assert.equal(await gBox.getAttribute("aria-expanded"), "true", how);
        const active = await gBox.getAttribute("aria-activedescendant");
        assert.ok(active, `${how}: an active descendant`);
        const option = page.locator(`[id="${active}"]`);
        assert.equal(await option.innerText(), "School 7", how);
        assert.equal(await option.getAttribute("aria-selected"), "true", how);
        const [o, l] = await Promise.all([option.boundingBox(), gList.boundingBox()]);
        assert.ok(o && l && o.y >= l.y - 1 && o.y + o.height <= l.y + l.height + 1, `${how}: in sight`);
      };
      await gBox.focus();
      await gBox.press("ArrowDown");
      await chosenInView("opened with the arrow key");
      assert.ok((await gList.getByRole("option").allInnerTexts()).indexOf("School 7") > 0);
      await page.screenshot({ path: join(SHOTS, `school-chooser-reopened-${w}x${h}.png`) });
      await gBox.press("Escape");
      await gBox.click();
      await chosenInView("opened with a click");
      await gBox.press("Escape");
      assert.deepEqual(watch.errors, []);
      await page.context().close();
    });
});
