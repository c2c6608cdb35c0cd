/**
 * End to end: "Remember on this device". Two tabs (one writer), closing straight after an edit,
 * blocked and full storage, no database before Remember, and deleting the database itself.
 */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { BrowserContext, Page } from "playwright-core";
import { ROOT, openApp, openMenu, useApp } from "./browser.ts";

const SHOTS = join(ROOT, "tests", "e2e", "screenshots");
mkdirSync(SHOTS, { recursive: true });

const READY = ".ect-title";
const databases = (page: Page) => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));

/** Adds an ECT through "Add an ECT or a colleague" (a change to the project, so it can be remembered). */
async function addPerson(page: Page, name: string): Promise<void> {
  const form = page.locator(".add-person");
  if (!(await form.getByLabel("Name").isVisible())) await page.getByText("Add an ECT or a colleague").click();
  await form.getByLabel("Name").fill(name);
  await form.getByRole("button", { name: "Add" }).click();
}

const pickerHas = (page: Page, name: string) =>
  page.waitForFunction((n) => document.querySelector(".picker-list")?.textContent?.includes(n) ?? false, name);

/** Opens the app in `context` and waits until it has loaded. */
async function openIn(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector(READY);
  return page;
}

async function remember(page: Page): Promise<void> {
  await openMenu(page, "Data");
  await page.getByLabel("Remember on this device").check();
  await page.getByText(/Saved on this device/).waitFor();
}

describe("remembering on this device", () => {
  const app = useApp();

  it("opens no database until Remember is ticked, and Delete everything removes the database itself", async () => {
    const { page, watch } = await openApp(app.browser, app.url, "", READY);
    await addPerson(page, "Nia Khan");
    await pickerHas(page, "Nia Khan");
    assert.deepEqual(await databases(page), [], "no database after using the app without Remember");
    await remember(page);
    assert.deepEqual(await databases(page), ["mosaic"]);
    // Asked first, starting on the safe choice: Escape and "Keep everything" both keep it all.
    const dialog = page.getByTestId("confirm-delete");
    for (const cancel of ["Escape", "Keep everything"]) {
      await openMenu(page, "Data");
      await page.getByRole("button", { name: "Delete everything from this device" }).click();
      await dialog.waitFor();
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Keep everything");
      assert.match((await dialog.textContent()) ?? "", /1 change/);
      await page.screenshot({ path: join(SHOTS, "confirm-delete.png") });
      if (cancel === "Escape") await page.keyboard.press("Escape");
      else await dialog.getByRole("button", { name: cancel }).click();
      await dialog.waitFor({ state: "hidden" });
      await pickerHas(page, "Nia Khan");
      assert.deepEqual(await databases(page), ["mosaic"], `kept after ${cancel}`);
    }
    await openMenu(page, "Data");
    await page.getByRole("button", { name: "Delete everything from this device" }).click();
    await dialog.getByRole("button", { name: "Delete everything" }).click();
    await dialog.getByRole("status").waitFor();
    assert.match((await dialog.getByRole("status").textContent()) ?? "", /^Deleted from this device: .*1 change\./);
    await page.screenshot({ path: join(SHOTS, "confirm-delete-done.png") });
    await dialog.getByRole("button", { name: "OK" }).click();
    await page.waitForFunction(() => document.querySelectorAll(".picker-list button").length === 9);
    assert.deepEqual(await databases(page), [], "the database itself is gone, not only its records");
    assert.deepEqual(watch.errors, []);
    await page.context().close();
  });

  it("keeps the wording with the remembered project, says where the data is, and dates a save only when one is made", async () => {
    const { page, watch } = await openApp(app.browser, app.url, "", READY, { width: 390, height: 844 });
    await openMenu(page, "Data");
    // On the sample Remember is greyed out, with the reason in view (a phone cannot hover).
    assert.equal(await page.getByLabel("Remember on this device").isDisabled(), true);
    await page.getByText(/^The sample is always here/).waitFor();
    await page.getByText(/stays in this browser on this device: nothing is sent anywhere/).waitFor();
    await page.screenshot({ path: join(SHOTS, "data-menu-phone.png") });
    await page.keyboard.press("Escape");
    await addPerson(page, "Nia Khan");
    await pickerHas(page, "Nia Khan");
    await remember(page);
    const note = page.locator(".saved-note time");
    assert.match((await note.textContent()) ?? "", /^Saved on this device, \d{1,2} [A-Z][a-z]{2} \d\d:\d\d$/);
    const savedAt = await note.getAttribute("datetime");
    await page.keyboard.press("Escape");
    await openMenu(page, "View");
    await page.getByLabel("Wording").selectOption("they");
    await page.keyboard.press("Escape");
    // Looking around is not saving: the time stays that of the last change.
    await page.getByRole("button", { name: "Mentor lead overview" }).click();
    await page.waitForTimeout(800);
    assert.equal(await note.getAttribute("datetime"), savedAt, "viewing does not move the saved time");
    // The next morning: a plain address, no ?voice=they.
    await page.goto(app.url);
    await page.waitForSelector(READY);
    await openMenu(page, "View");
    assert.equal(await page.getByLabel("Wording").inputValue(), "they");
    await page.keyboard.press("Escape");
    await page.waitForTimeout(800);
    assert.equal(await note.getAttribute("datetime"), savedAt, "reopening does not move the saved time");
    assert.deepEqual(watch.errors, []);
    await page.context().close();
  });

  it("lets one tab write: the second says so, and 'Use it here' makes the first read-only", async () => {
    for (const [width, height] of [
      [1366, 768],
      [390, 844],
    ] as const) {
      const { page: first, watch } = await openApp(app.browser, app.url, "", READY, { width, height });
      await addPerson(first, "Nia Khan");
      await pickerHas(first, "Nia Khan");
      await remember(first);
      const second = await openIn(first.context(), app.url);
      const notice = second.getByTestId("storage-notice");
      await notice.getByText("This project is open in another tab").waitFor();
      await pickerHas(second, "Nia Khan");
      assert.equal(await second.getByLabel("Remember on this device").isDisabled(), true);
      await second.screenshot({ path: join(SHOTS, `storage-other-tab-${width}.png`) });

      // The second tab's changes are refused while the first writes, and said to be.
      await addPerson(second, "Ola Reed");
      await second.waitForTimeout(300);
      assert.equal(
        await second
          .locator(".picker-list")
          .innerText()
          .then((t) => t.includes("Ola Reed")),
        false,
      );

      await notice.getByRole("button", { name: "Use it here" }).click();
      await notice.waitFor({ state: "detached" });
      await first.getByTestId("storage-notice").getByText("this tab is now read-only").waitFor();
      await first.screenshot({ path: join(SHOTS, `storage-read-only-${width}.png`) });
      await addPerson(second, "Ola Reed");
      await pickerHas(second, "Ola Reed");
      await second.getByText(/Saved on this device/).waitFor();

      // The first tab no longer writes: a third tab sees the second's work.
      assert.equal(await first.getByLabel("Remember on this device").isDisabled(), true);
      await second.close();
      const third = await openIn(first.context(), app.url);
      await pickerHas(third, "Ola Reed");
      assert.deepEqual(watch.errors, []);
      await first.context().close();
    }
  });

  it("keeps an edit when the page is closed straight after it, or says it could not", async () => {
    const { page, watch } = await openApp(app.browser, app.url, "", READY);
    const context = page.context();
    await addPerson(page, "Nia Khan");
    await pickerHas(page, "Nia Khan");
    await remember(page);
    await page.close();
    let kept = 0;
    let said = 0;
    const rounds = 20;
    for (let i = 1; i <= rounds; i++) {
      const p = await openIn(context, app.url);
      p.on("pageerror", (e) => watch.errors.push(e.message));
      await addPerson(p, `Person ${i}`);
      // Closed within 50 ms of the click.
      await p.waitForTimeout(20);
      await p.close();
      const again = await openIn(context, app.url);
      await pickerHas(again, "Nia Khan");
      const text = await again.locator(".picker-list").innerText();
      if (text.includes(`Person ${i}`)) kept++;
      else {
        await again.getByText("Your last change before closing could not be saved.").waitFor({ timeout: 2000 });
        said++;
        if (said === 1) await again.screenshot({ path: join(SHOTS, "storage-lost-on-close.png") });
      }
      await again.close();
    }
    console.log(`close-after-edit: ${kept} of ${rounds} kept, ${said} said to be lost`);
    assert.equal(kept + said, rounds, "every edit was kept or said to be lost");
    assert.deepEqual(watch.errors, []);
    await context.close();
  });

  it("explains when storage is blocked, and keeps working in memory", async () => {
    const context = await app.browser.newContext({ viewport: { width: 1366, height: 768 } });
    // As a private window or a browser set to refuse storage does: opening the database throws.
    await context.addInitScript({
      content: `IDBFactory.prototype.open = function () {
        throw new DOMException("The user denied permission to access the database.", "SecurityError");
      };`,
    });
    const page = await openIn(context, app.url);
    await addPerson(page, "Nia Khan");
    await pickerHas(page, "Nia Khan");
    await openMenu(page, "Data");
    await page.getByLabel("Remember on this device").click();
    const notice = page.getByTestId("storage-notice");
    await notice.getByText(/can't remember your work on this device: this browser is not letting/).waitFor();
    assert.equal(await page.getByLabel("Remember on this device").isChecked(), false);
    await page.evaluate(() => scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, "storage-blocked-1366.png") });
    await page.setViewportSize({ width: 390, height: 844 });
    await notice.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "storage-blocked-390.png") });
    await addPerson(page, "Ola Reed");
    await pickerHas(page, "Ola Reed");
    await context.close();
  });

  it("explains when storage is full at Remember, and offers the backup when a later save fails", async () => {
    const context = await app.browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
    await context.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      Object.defineProperty(IDBObjectStore.prototype, "put", {
        value(this: IDBObjectStore, ...args: Parameters<typeof put>) {
          if (localStorage.getItem("test:full") === "1")
            throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
          return put.apply(this, args);
        },
      });
    });
    const page = await openIn(context, app.url);
    await page.evaluate(() => localStorage.setItem("test:full", "1"));
    await addPerson(page, "Nia Khan");
    await pickerHas(page, "Nia Khan");
    await openMenu(page, "Data");
    await page.getByLabel("Remember on this device").check();
    const notice = page.getByTestId("storage-notice");
    await notice.getByText(/can't remember your work on this device: this device's storage is full/).waitFor();
    assert.equal(await page.getByLabel("Remember on this device").isChecked(), false);
    await page.waitForFunction(async () => (await indexedDB.databases()).length === 0);

    // Room again: remembering works; then the device fills up.
    await notice.getByRole("button", { name: "OK" }).click();
    await page.evaluate(() => localStorage.setItem("test:full", "0"));
    await remember(page);
    await page.evaluate(() => localStorage.setItem("test:full", "1"));
    await addPerson(page, "Ola Reed");
    await pickerHas(page, "Ola Reed");
    await notice.getByText("Your latest changes could not be saved on this device.").waitFor();
    await page.evaluate(() => scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, "storage-save-failed-1366.png") });
    await page.setViewportSize({ width: 390, height: 844 });
    await notice.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "storage-save-failed-390.png") });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      notice.getByRole("button", { name: "Download a backup" }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^mosaic-backup-.*\.json$/);
    await context.close();
  });
});
