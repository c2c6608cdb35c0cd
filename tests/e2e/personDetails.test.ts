/**
 * End to end: a mentor lead corrects a supporter's details in the app. Capacity set below their
 * load raises "More committed than available" (OVER_CAPACITY) in the supporters' table; a school
 * typed with a slip is said to be new, with the school it may mean offered; a problem is said beside
 * its field; Escape cancels; and Undo takes a change back.
 */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { ROOT, openApp, openMenu, useApp } from "./browser.ts";

const SHOTS = join(ROOT, "tests", "e2e", "screenshots");
mkdirSync(SHOTS, { recursive: true });

/** Beth Summers (P11): Head of History, one ECT (Tom), no capacity in ECTs recorded. */
const BETH = '[data-supporter="P11"]';
const OVER = "More committed than available";

const row = (page: Page) => page.locator(BETH);
const region = (page: Page) => page.getByRole("region", { name: "Who depends on Beth Summers" });

async function openBeth(page: Page): Promise<void> {
  await page.locator('[data-testid="supporter-table"]').waitFor();
  await row(page).getByRole("button", { name: "Beth Summers", exact: true }).click();
  await region(page).getByTestId("person-details").waitFor();
}

describe("correcting a supporter's details", () => {
  const app = useApp();

  for (const [width, height, name] of [
    [1366, 768, "wide"],
    [390, 844, "phone"],
  ] as const) {
    it(`sets capacity below the load, corrects a school and undoes it (${width}×${height})`, async () => {
      const { page, watch } = await openApp(app.browser, app.url, "?view=lead", ".counts", {
        width,
        height,
        touch: name === "phone",
      });
      await openBeth(page);
      assert.doesNotMatch(await row(page).innerText(), new RegExp(OVER));

      // 1. A capacity the importer would refuse is refused here, beside the field, and nothing is saved.
      const details = region(page);
      const edit = details.getByRole("button", { name: "Edit details of Beth Summers" });
      await edit.click();
      const form = details.getByTestId("details-form");
      const capacity = form.getByLabel("ECTs they can support at once");
      await capacity.fill("-1");
      await form.getByRole("button", { name: "Save details" }).click();
      assert.equal(await capacity.getAttribute("aria-invalid"), "true");
      const describedBy = (await capacity.getAttribute("aria-describedby")) ?? "";
      const problem = page.locator(`[id="${describedBy.split(" ").at(-1) ?? ""}"]`);
      assert.match(
        await problem.innerText(),
        /"-1" is not a whole number 0 or more\. Leave it blank if it is not known\./,
      );
      assert.equal(await capacity.evaluate((el) => el === document.activeElement), true, "focus on the field to fix");

      // 2. A school with a slip: said to be new, the school it may mean offered as a button.
      const school = form.getByLabel("School", { exact: true });
      await school.fill("Hollinsfeld Academy");
      const note = form.getByTestId("school-note");
      assert.match(await note.innerText(), /New school: no one else is at ‘Hollinsfeld Academy’\./);
      await page.screenshot({ path: join(SHOTS, `person-details-form-${name}.png`), fullPage: false });
      await note.getByRole("button", { name: "Use ‘Hollinsfield Academy’" }).click();
      assert.equal(await school.inputValue(), "Hollinsfield Academy");
      assert.equal(await form.getByTestId("school-note").count(), 0);

      // 3. Escape cancels and gives focus back to the button.
      await capacity.press("Escape");
      assert.equal(await form.count(), 0);
      assert.equal(await edit.evaluate((el) => el === document.activeElement), true, "focus back on Edit details");

      // 4. Capacity 0 (Beth has one ECT): saved, the flag appears, and the updated details take focus.
      await edit.click();
      await form.getByLabel("ECTs they can support at once").fill("0");
      await form.getByRole("button", { name: "Save details" }).click();
      await page.waitForFunction(
        ([sel, over]) => document.querySelector(sel ?? "")?.textContent?.includes(over ?? "") === true,
        [BETH, OVER],
      );
      assert.match(await row(page).innerText(), /1 of 0 ECTs: over/);
      await page.waitForFunction(
        () => document.activeElement?.getAttribute("aria-label") === "Details of Beth Summers",
      );
      assert.match(await region(page).getByTestId("person-details").innerText(), /0 ECTs/);
      // The row with its new flag at the top of the screen, the details under the table below it.
      await row(page).evaluate((el) => el.scrollIntoView({ block: "start" }));
      await page.screenshot({ path: join(SHOTS, `person-details-over-${name}.png`), fullPage: false });

      // 5. A new school, then Undo takes it back (the capacity stays, as it was its own step).
      await region(page).getByRole("button", { name: "Edit details of Beth Summers" }).click();
      await region(page)
        .getByTestId("details-form")
        .getByLabel("School", { exact: true })
        .fill("Calder Vale High School");
      await region(page).getByRole("button", { name: "Save details" }).click();
      await page.waitForFunction(() =>
        /Calder Vale High School/.test(document.querySelector('[data-testid="person-details"]')?.textContent ?? ""),
      );
      await page.getByRole("button", { name: /^Undo: change the details of Beth Summers/ }).click();
      await page.waitForFunction(() =>
        /Hollinsfield Academy/.test(document.querySelector('[data-testid="person-details"]')?.textContent ?? ""),
      );
      assert.match(await row(page).innerText(), new RegExp(OVER), "the capacity change is still there");
      await region(page).evaluate((el) => el.scrollIntoView({ block: "start" }));
      await page.screenshot({ path: join(SHOTS, `person-details-undone-${name}.png`), fullPage: false });
      assert.deepEqual(watch.errors, []);
      await page.context().close();
    });
  }

  it("corrects an ECT's year and department from their edit map", async () => {
    const { page, watch } = await openApp(app.browser, app.url, "?view=lead", ".counts", { width: 1366, height: 768 });
    await page.locator('[data-testid="ect-table"]').getByRole("button", { name: "Tom Gallagher" }).click();
    const map = page.getByTestId("edit-map");
    const mine = map.getByTestId("person-details").first();
    await mine.waitFor();
    assert.match(await mine.innerText(), /ECT year\s+Year 1/);
    await mine.getByRole("button", { name: "Edit details of Tom Gallagher" }).click();
    const form = mine.getByTestId("details-form");
    assert.deepEqual(
      await form.locator("label").allInnerTexts(),
      ["School", "Department, subject or team", "ECT year"],
      "an ECT's setting and year, not a supporter's capacity",
    );
    // The settings' two years of induction: a third year is refused kindly, beside the field.
    const year = form.getByLabel("ECT year");
    assert.match(await form.innerText(), /1 or 2: induction lasts 2 years here/);
    await year.fill("3");
    await form.getByRole("button", { name: "Save details" }).click();
    assert.equal(await year.getAttribute("aria-invalid"), "true");
    assert.match(
      await form.innerText(),
      /"3" is not a year of induction here: induction lasts 2 years \(Years of induction, in the settings\), so the year is 1 or 2\./,
    );
    await year.fill("2");
    await form.getByLabel("Department, subject or team").fill("History");
    await mine.screenshot({ path: join(SHOTS, "person-details-ect.png") });
    await form.getByRole("button", { name: "Save details" }).click();
    await page.waitForFunction(() =>
      /Year 2/.test(
        document.querySelector('[data-testid="edit-map"] [data-testid="person-details"]')?.textContent ?? "",
      ),
    );
    assert.match(await map.getByTestId("person-details").first().innerText(), /History/);
    assert.deepEqual(watch.errors, []);
    await page.context().close();
  });

  it("offers no details to edit while names are hidden", async () => {
    const { page, watch } = await openApp(app.browser, app.url, "?view=lead&names=hidden", ".counts");
    await page.locator('[data-testid="supporter-table"]').waitFor();
    await page.locator(BETH).getByRole("button").first().click();
    await page.getByTestId("details-hidden").waitFor();
    assert.equal(await page.getByTestId("person-details").count(), 0);
    assert.deepEqual(watch.errors, []);
    await page.context().close();
  });
  it("says a save refused in a read-only tab was not made, keeps what was typed, and saves once taken over", async () => {
    const { page: first, watch } = await openApp(app.browser, app.url, "?view=lead", ".counts", {
      width: 1366,
      height: 768,
    });
    // A project of one's own (an edit leaves the sample), remembered in this tab, which then holds it.
    await openBeth(first);
    await region(first).getByRole("button", { name: "Edit details of Beth Summers" }).click();
    await region(first).getByLabel("Department, subject or team").fill("History and RE");
    await region(first).getByRole("button", { name: "Save details" }).click();
    await first.waitForFunction(() =>
      /History and RE/.test(document.querySelector('[data-testid="person-details"]')?.textContent ?? ""),
    );
    await openMenu(first, "Data");
    await first.getByLabel("Remember on this device").check();
    await first.getByText(/Saved on this device/).waitFor();

    // A second tab: changes are turned off there.
    const second = await first.context().newPage();
    second.on("pageerror", (e) => watch.errors.push(e.message));
    await second.goto(`${app.url}?view=lead`);
    await second.getByTestId("storage-notice").getByText("This project is open in another tab").waitFor();
    await openBeth(second);
    const details = region(second);
    await details.getByRole("button", { name: "Edit details of Beth Summers" }).click();
    const form = details.getByTestId("details-form");
    await form.getByLabel("Role title").fill("Head of Humanities");
    await form.getByRole("button", { name: "Save details" }).click();

    // Refused: the form stays open with what was typed and says the change was not made.
    const said = form.getByTestId("details-not-saved");
    await said.getByText(/^Not saved: changes are turned off in this tab/).waitFor();
    assert.equal(await form.getByLabel("Role title").inputValue(), "Head of Humanities");
    assert.doesNotMatch(await details.getByTestId("person-details").locator("dl").innerText(), /Head of Humanities/);
    assert.equal(await second.getByText(/^Changed the details/).count(), 0, "no 'Done' for a refused change");
    await said.scrollIntoViewIfNeeded();
    await second.screenshot({ path: join(SHOTS, "person-details-refused-wide.png") });
    await second.setViewportSize({ width: 390, height: 844 });
    await said.scrollIntoViewIfNeeded();
    await second.screenshot({ path: join(SHOTS, "person-details-refused-phone.png") });
    await second.setViewportSize({ width: 1366, height: 768 });

    // Taken over here (the project is shown afresh, as last saved), the change is made.
    await second.getByTestId("storage-notice").getByRole("button", { name: "Use it here" }).click();
    await second.getByTestId("storage-notice").waitFor({ state: "detached" });
    // The form closes as the project is shown afresh; the change is made again.
    await form.waitFor({ state: "detached" });
    await details.getByRole("button", { name: "Edit details of Beth Summers" }).click();
    await form.getByLabel("Role title").fill("Head of Humanities");
    assert.equal(await form.getByTestId("details-not-saved").innerText(), "", "nothing said before a save");
    await form.getByRole("button", { name: "Save details" }).click();
    await second.waitForFunction(() =>
      /Head of Humanities/.test(document.querySelector('[data-testid="person-details"] dl')?.textContent ?? ""),
    );
    assert.equal(await details.getByTestId("details-form").count(), 0, "the form closes once saved");
    assert.deepEqual(watch.errors, []);
    await first.context().close();
  });
  for (const [width, height, name] of [
    [1366, 768, "wide"],
    [390, 844, "phone"],
  ] as const) {
    it(`corrects a supporter's role and capacity from an ECT's edit map, seen in the supporters' table and undone (${width}×${height})`, async () => {
      const { page, watch } = await openApp(app.browser, app.url, "?view=lead", ".counts", {
        width,
        height,
        touch: name === "phone",
      });
      const before = await row(page).innerText();
      assert.match(before, /Head of History/);
      assert.doesNotMatch(before, /1 of 2 ECTs/);

      // Tom Gallagher's map: Beth helps him; "Change Beth Summers" holds her details.
      await page.locator('[data-testid="ect-table"]').getByRole("button", { name: "Tom Gallagher" }).click();
      const map = page.getByTestId("edit-map");
      const beth = map.locator("li.edit-link").filter({ has: page.getByRole("heading", { name: /Beth Summers/ }) });
      await beth.getByText("Change Beth Summers").click();
      const details = beth.getByTestId("person-details");
      await details.getByRole("button", { name: "Edit details of Beth Summers" }).click();
      const form = details.getByTestId("details-form");
      assert.deepEqual(
        await form.locator("label").allInnerTexts(),
        [
          "Role title",
          "School",
          "Department, subject or team",
          "Seniority",
          "ECTs they can support at once",
          "Minutes a month they can give",
        ],
        "a supporter's role, setting, seniority and capacity",
      );
      await form.getByLabel("Role title").fill("Head of Humanities");
      await form.getByLabel("ECTs they can support at once").fill("2");
      await form.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `person-details-editmap-form-${name}.png`) });
      await form.getByRole("button", { name: "Save details" }).click();

      // Saved: her details on the map say so, and the map keeps "Change Beth Summers" open.
      await page.waitForFunction(() =>
        [...document.querySelectorAll('[data-testid="edit-map"] [data-testid="person-details"] dl')].some((dl) =>
          /Head of Humanities[\s\S]*2 ECTs/.test(dl.textContent ?? ""),
        ),
      );
      await details.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `person-details-editmap-saved-${name}.png`) });

      // The supporters' table, on the lead's overview, shows the new role and capacity.
      await page.getByRole("button", { name: "Mentor lead overview" }).click();
      await page.locator('[data-testid="supporter-table"]').waitFor();
      const after = await row(page).innerText();
      assert.match(after, /Head of Humanities/);
      assert.match(after, /1 of 2 ECTs/);

      // Undo takes both back as one step.
      await page.getByRole("button", { name: /^Undo: change the details of Beth Summers/ }).click();
      await page.waitForFunction((sel) => /Head of History/.test(document.querySelector(sel)?.textContent ?? ""), BETH);
      const undone = await row(page).innerText();
      assert.doesNotMatch(undone, /Head of Humanities|1 of 2 ECTs/);
      assert.deepEqual(watch.errors, []);
      await page.context().close();
    });
  }
});
