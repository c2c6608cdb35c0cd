/**
 * End to end: a kept map is never lost without a word (the round 14 reviewer's blocker), on a phone
 * (390×844, touch). A new ECT builds a 5-person map, keeps it (focus moves to the words that say so,
 * and it is announced), reloads, and taps "Map my own support" again: their own map opens. Starting a
 * new one asks first; "Keep my map" leaves the kept map intact after a reload; the backup offered
 * downloads the map; replacing it keeps the new map in its place.
 */
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { ROOT, openApp, recordAnnouncements, useApp } from "./browser.ts";

const SHOTS = join(ROOT, "tests", "e2e", "screenshots");
mkdirSync(SHOTS, { recursive: true });

const PHONE = { width: 390, height: 844, touch: true };
const SUPPORTERS = ["Steve Low", "Priya Shah", "Tom Reed", "Ana Cruz"];
const clean = (s: string) => s.replace(/[\u2066-\u2069]/g, "").replace(/\s+/g, " ");
const title = (page: Page, name: string) =>
  page.waitForFunction((n) => document.querySelector(".ect-title")?.textContent === n, name);

/** Jess Hartley and four supporters, one at each of the first questions, then Finish. */
async function mapFive(page: Page): Promise<void> {
  const flow = page.getByTestId("map-my-support");
  await flow.getByLabel("Your name (or any name you like)").fill("Jess Hartley");
  await flow.getByRole("button", { name: "Start my map" }).click();
  await title(page, "Jess Hartley");
  for (const name of SUPPORTERS) {
    await flow.getByLabel("Name", { exact: true }).fill(name);
    await flow.getByRole("button", { name: "Add to my map" }).click();
    await page.getByTestId("edit-map").getByText(`${name} helps with`).waitFor();
    await flow.getByRole("button", { name: "Next question" }).click();
  }
  const finish = flow.getByRole("button", { name: "Finish: this is my network" });
  while ((await finish.count()) === 0) await flow.getByRole("button", { name: "Next question" }).click();
  await finish.click();
  await page.getByTestId("map-finished").waitFor();
}

/** After a reload: "Map my own support" opens Jess's own map; "Start a new map instead" asks for a name. */
async function startAgain(page: Page, name: string): Promise<void> {
  await page.locator("#ects").getByRole("button", { name: "Map my own support" }).click();
  const flow = page.getByTestId("map-my-support");
  await flow.getByTestId("mms-prompt").waitFor();
  assert.equal(await flow.getByLabel("Your name (or any name you like)").count(), 0, "no new map unasked");
  await flow.getByRole("button", { name: "Start a new map instead" }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, "keep-map-reopened-390.png") });
  await flow.getByRole("button", { name: "Start a new map instead" }).click();
  await flow.getByLabel("Your name (or any name you like)").fill(name);
  await flow.getByRole("button", { name: "Start my map" }).click();
  await page.getByTestId("confirm-new-map").waitFor();
}

describe("a map kept on a phone", () => {
  const app = useApp();

  it("is kept with a word, opens again as the ECT's own, and is replaced only when they say so", async () => {
    const { page, watch } = await openApp(app.browser, app.url, "", ".tiles", PHONE);
    await page.getByTestId("phone-purpose").getByRole("button", { name: "Map my own support" }).click();
    // Over the sample nothing is replaced: no question.
    await mapFive(page);
    assert.equal(await page.getByTestId("confirm-new-map").isVisible(), false);

    // "Keep my map": focus moves to the words that replace the button, and it is said.
    const said = await recordAnnouncements(page);
    const finished = page.getByTestId("map-finished");
    await finished.getByRole("button", { name: "Keep my map on this phone" }).click();
    await finished.getByText(/^Kept on this phone, last saved/).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("data-testid")), "map-kept");
    await finished.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "keep-map-kept-390.png") });
    await page.waitForFunction(() =>
      (document.querySelector('[data-testid="announcer"]')?.getAttribute("data-log") ?? "").includes("is kept"),
    );
    assert.ok(
      (await said()).includes(
        "Your map is kept on this phone. It stays in this browser only; the Data menu can delete it.",
      ),
    );

    // The reviewer's steps, after a reload (the history is gone: Undo cannot bring anything back).
    await page.reload();
    await title(page, "Jess Hartley");
    await startAgain(page, "Sam Carter");
    const ask = page.getByTestId("confirm-new-map");
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Keep my map", "safe choice first");
    // Tab stays inside the question: back from the first choice to the last, and on round to the first.
    await page.keyboard.press("Shift+Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Replace it with a new map");
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Keep my map");
    assert.match(
      clean(await ask.innerText()),
      /replaces “Jess Hartley's support map” \(5 people\), which is kept on this phone.*only until this page is closed/,
    );
    await page.screenshot({ path: join(SHOTS, "keep-map-ask-390.png") });
    for (const [width, height] of [
      [1366, 768],
      [1440, 900],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: join(SHOTS, `keep-map-ask-${width}.png`) });
    }
    await page.setViewportSize({ width: 390, height: 844 });

    // Keep my map: nothing changes, even after a reload.
    await ask.getByRole("button", { name: "Keep my map" }).click();
    assert.equal(await ask.isVisible(), false);
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent),
      "Start my map",
      "focus goes back to where it was",
    );
    await page.reload();
    await title(page, "Jess Hartley");
    assert.match(clean(await page.locator("#ects").innerText()), /1 ECT, 4 supporters,/);

    // Replace it, a backup first: the backup holds the whole kept map.
    await startAgain(page, "Sam Carter");
    const [backup] = await Promise.all([
      page.waitForEvent("download"),
      ask.getByRole("button", { name: "Download a backup first" }).click(),
    ]);
    assert.match(backup.suggestedFilename(), /^mosaic-backup-\d{4}-\d\d-\d\d\.json$/);
    const saved = readFileSync(await backup.path(), "utf8");
    for (const name of ["Jess Hartley", ...SUPPORTERS]) assert.ok(saved.includes(name), `${name} is in the backup`);
    assert.equal(await ask.isVisible(), true, "the question waits while the backup downloads");
    const savedAt = await page.locator(".saved-note time").getAttribute("datetime");
    await ask.getByRole("button", { name: "Replace it with a new map" }).click();
    await title(page, "Sam Carter");
    // The new map is kept in the old one's place (Remember stays on): reloaded once that save has landed.
    await page.waitForFunction(
      (before) => document.querySelector(".saved-note time")?.getAttribute("datetime") !== before,
      savedAt,
    );
    await page.reload();
    await title(page, "Sam Carter");
    assert.deepEqual(watch.errors, []);
    await page.context().close();
  });
});
