/** End to end: mapping your own support from empty, editing, undo/redo, remembering and backups. */
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { strFromU8, unzipSync } from "fflate";
import { ROOT, deleteEverything, openApp, openMenu, useApp } from "./browser.ts";

const SHOTS = join(ROOT, "tests", "e2e", "screenshots");
mkdirSync(SHOTS, { recursive: true });

let app: { readonly browser: Browser; readonly url: string };

const prompt = (page: Page) => page.getByTestId("mms-prompt").innerText();

/** Maps Maya Patel's support from empty: two supporters, one of them for two kinds, and one person she helps. */
async function mapMaya(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Map my own support" }).click();
  const flow = page.getByTestId("map-my-support");
  await flow.getByLabel("Your name (or any name you like)").fill("Maya Patel");
  await flow.getByRole("button", { name: "Start my map" }).click();
  await page.waitForFunction(() => document.querySelector(".ect-title")?.textContent === "Maya Patel");
  assert.equal(await prompt(page), "Who helps you understand how things work in your school?");
  await flow.getByLabel("Name", { exact: true }).fill("Sam Jones");
  await flow.getByLabel("Their role (optional)").fill("Office manager");
  await flow.getByRole("button", { name: "Add to my map" }).click();
  await page.getByTestId("edit-map").getByText("Sam Jones helps with").waitFor();
  await flow.getByRole("button", { name: "Next question" }).click();
  assert.equal(await prompt(page), "Who helps you with behaviour?");
  await flow.getByLabel("Name", { exact: true }).fill("Dev Shah");
  await flow.getByText("A few optional details").click();
  await flow.getByLabel("Do they assess you?").selectOption("yes");
  await flow.getByRole("button", { name: "Add to my map" }).click();
  await page.getByTestId("edit-map").getByText("Dev Shah helps with").waitFor();
  await flow.getByRole("button", { name: "Next question" }).click();
  assert.equal(await prompt(page), "Who helps you with your teaching?");
  await flow.getByLabel("Someone already here").selectOption({ label: "Dev Shah" });
  await flow.getByRole("button", { name: "Add to my map" }).click();
  await page.waitForFunction(() =>
    /Dev Shah: .*Teaching|Teaching.*Dev Shah/s.test(document.querySelector(".tiles")?.textContent ?? ""),
  );
  await flow.getByRole("button", { name: "Next question" }).click();
  assert.equal(await prompt(page), "Who do you talk to when things are hard?");
  // Nobody yet for wellbeing: that is the gap the map should show.
  await flow.getByRole("button", { name: "Next question" }).click();
  assert.equal(await prompt(page), "Who do you help?");
  await flow.getByLabel("Name", { exact: true }).fill("Priya");
  await flow.getByLabel("Teaching").check();
  await flow.getByRole("button", { name: "Add to my map" }).click();
  await page.getByTestId("edit-map").getByText("Helping Priya with").waitFor();
  await flow.getByRole("button", { name: "Finish: this is my network" }).click();
  await page.getByTestId("map-my-support").waitFor({ state: "detached" });
}

/** What a person sees of the map: the title, the tiles and the flag titles. */
async function mapText(page: Page): Promise<string> {
  const title = await page.locator(".ect-title").innerText();
  const tiles = await page.locator(".tiles").innerText();
  const flags = await page.locator(".flags-section").innerText();
  // Names in sentences are wrapped in invisible direction isolates (U+2068 … U+2069): read past them.
  return `${title}\n${tiles}\n${flags}`.replace(/[\u2066-\u2069]/g, "");
}

describe("your own data", () => {
  app = useApp();

  it("maps an ECT's own support from empty to a flagged constellation, and undoes and redoes", async () => {
    const { page, watch } = await openApp(app.browser, app.url, "", ".ect-title");
    await mapMaya(page);
    const text = await mapText(page);
    assert.match(text, /Maya Patel/);
    assert.match(text, /Wellbeing and belonging\s+○ No one yet/);
    assert.match(text, /No one is currently helping you with wellbeing and belonging\./);
    // Dev gives behaviour and teaching: one link with both, not two.
    assert.match(text, /Dev Shah is your only source for several kinds of support/);
    assert.equal(await page.locator(".picker-list button").count(), 1, "only Maya's map is loaded");
    await page.screenshot({ path: join(SHOTS, "map-my-support.png"), fullPage: true });
    // "Who could help" on her own map: ideas, without the mentor lead's "Add to draft plan".
    const ideas = page.getByTestId("suggestions");
    await ideas.waitFor();
    assert.match(await ideas.innerText(), /Wellbeing and belonging/);
    assert.equal(await ideas.getByRole("button", { name: /draft plan/ }).count(), 0);
    assert.doesNotMatch(await ideas.innerText(), /draft plan/);
    await ideas.screenshot({ path: join(SHOTS, "map-my-support-ideas.png") });

    // Undo (button) takes back the last step, redo (keyboard) brings it back.
    const links = () => page.locator('[data-testid="edit-map"] .edit-link').count();
    assert.equal(await links(), 3);
    await page.getByRole("button", { name: /^Undo: finish your map$/ }).click();
    await page.getByRole("button", { name: /^Undo: add that you help Priya$/ }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="edit-map"] .edit-link').length === 2);
    await page.locator("body").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("Control+Shift+Z");
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="edit-map"] .edit-link').length === 3);
    await page.keyboard.press("Control+y");
    await page.getByRole("button", { name: /^Undo: finish your map$/ }).waitFor();

    // Editing: rename Sam, then merge Dev into Sam (the same person entered twice).
    const sam = page.locator('[data-testid="edit-map"] .edit-link', { hasText: "Sam Jones helps with" });
    await sam.getByText("Change Sam Jones").click();
    await sam.getByLabel("Name").fill("Sam Jonas");
    await sam.getByRole("button", { name: "Rename" }).click();
    await page.getByTestId("edit-map").getByText("Sam Jonas helps with").waitFor();
    const dev = page.locator('[data-testid="edit-map"] .edit-link', { hasText: "Dev Shah helps with" });
    await dev.getByText("Change Dev Shah").click();
    await dev.getByLabel("Same person as").selectOption({ label: "Sam Jonas" });
    await dev.getByRole("button", { name: "Merge" }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="edit-map"] .edit-link').length === 2);
    assert.match(await page.locator(".tiles").innerText(), /Sam Jonas/);
    await page.keyboard.press("Control+z");
    await page.getByTestId("edit-map").getByText("Dev Shah helps with").waitFor();
    assert.deepEqual(watch.errors, []);
    await page.context().close();
  });

  it("restores exactly after a reload when remembered, and from a backup after deleting everything", async () => {
    const { page, watch } = await openApp(app.browser, app.url, "", ".ect-title");
    await mapMaya(page);
    const before = await mapText(page);
    await openMenu(page, "Data");
    await page.getByLabel("Remember on this device").check();
    await page.getByText(/Saved on this device/).waitFor();
    await page.reload();
    await page.waitForFunction(() => document.querySelector(".ect-title")?.textContent === "Maya Patel");
    await page.locator(".flags-section").waitFor();
    assert.equal(await mapText(page), before, "the same map after a reload");
    await openMenu(page, "Data");
    assert.equal(await page.getByLabel("Remember on this device").isChecked(), true);

    await openMenu(page, "Data");
    await page.getByText("Export and backup", { exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download a backup" }).click(),
    ]);
    const backup = await download.path();
    const json = JSON.parse(readFileSync(backup, "utf8"));
    assert.equal(json.format, "mosaic-project");
    assert.equal(json.version, 4);
    await openMenu(page, "Data");
    await page.getByText("Export and backup", { exact: true }).click();

    await deleteEverything(page);
    await page.waitForFunction(() => document.querySelectorAll(".picker-list button").length === 9);
    await openMenu(page, "Data");
    await page.getByText("Export and backup", { exact: true }).click();
    await page.getByTestId("open-backup").setInputFiles(backup);
    await page.waitForFunction(() => document.querySelector(".ect-title")?.textContent === "Maya Patel");
    await page.locator(".flags-section").waitFor();
    assert.equal(await mapText(page), before, "the same map from the backup");
    await page.reload();
    // Deleted from the device: a reload opens the sample again, not Maya's map.
    await page.waitForFunction(() => document.querySelectorAll(".picker-list button").length === 9);
    assert.deepEqual(watch.errors, []);
    await page.context().close();
  });

  it("shares Priya's map without her private links, or with them as anonymous coverage", async () => {
    const { page, watch } = await openApp(app.browser, app.url, "?ect=0", ".ect-title");
    await openMenu(page, "Share and print");
    await page.getByText("Share this map", { exact: true }).click();
    // One click, one file: the map's people.csv and links.csv in one .zip.
    const grab = async () => {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Download the shared map (CSV)" }).click(),
      ]);
      assert.equal(download.suggestedFilename(), "shared-map.zip");
      await page.waitForFunction(() =>
        /Downloaded/.test(document.querySelector('.menu [role="status"]')?.textContent ?? ""),
      );
      const inside = unzipSync(new Uint8Array(readFileSync(await download.path())));
      return ["shared-map-people.csv", "shared-map-links.csv"].map((name) =>
        strFromU8(inside[name] ?? new Uint8Array()),
      );
    };
    const [people, links] = await grab();
    assert.match(await page.locator('.menu [role="status"]').innerText(), /3 private links were left out/);
    assert.doesNotMatch(links!, /L03|L06|L08/);
    assert.doesNotMatch(people!, /Owen Price/);
    await page.getByLabel(/Share coverage counts/).check();
    const [people2] = await grab();
    assert.match(people2!, /Private supporter 1/);
    assert.doesNotMatch(people2!, /Owen Price/);
    assert.deepEqual(watch.errors, []);
    await page.context().close();
  });

  it("adds a new ECT on their own, whose empty map reads as not filled in yet, and undoes it", async () => {
    const { page, watch } = await openApp(app.browser, app.url, "", ".ect-title");
    await page.getByText("Add an ECT or a colleague").click();
    await page.locator(".add-person").getByLabel("Name").fill("Nia Khan");
    await page.locator(".add-person").getByLabel("School (optional)").fill("Hollinsfield Academy");
    await page.locator(".add-person").getByRole("button", { name: "Add" }).click();
    await page.waitForFunction(() => document.querySelectorAll(".picker-list button").length === 10);
    await page.locator(".picker-list button", { hasText: "Nia Khan" }).click();
    await page.waitForFunction(() => document.querySelector(".ect-title")?.textContent === "Nia Khan");
    await page.getByText("This map hasn't been filled in yet", { exact: false }).first().waitFor();
    await page.getByRole("button", { name: "Undo: add Nia Khan" }).click();
    await page.waitForFunction(() => document.querySelectorAll(".picker-list button").length === 9);
    assert.deepEqual(watch.errors, []);
    await page.context().close();
  });
});
