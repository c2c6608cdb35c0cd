/**
 * End to end, keyboard only (no mouse clicks): focus and scroll follow the work (issue 16, item 3)
 * and the constellation is one tab stop walked with arrow keys (item 5). Mapping your own support,
 * opening an ECT from the overview, walking their constellation, running a what-if and bringing
 * the person back, and importing many ECTs; what is said in the live region; no page error (in
 * particular no sigma "Container has no width"); axe-core on the self-mapping form and a what-if.
 */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Browser, Locator, Page } from "playwright-core";
import type { PageWatch } from "./browser.ts";
import { ROOT, axe, openApp, openMenu, recordAnnouncements, useApp } from "./browser.ts";

const SHOTS = join(ROOT, "tests", "e2e", "screenshots");
mkdirSync(SHOTS, { recursive: true });

let app: { readonly browser: Browser; readonly url: string };

const LAPTOP = { width: 1366, height: 768 };
/** The size a fresh-eyes reviewer used, keyboard only. */
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/** Opens the app; CSP is bypassed so that axe-core can be injected (only where a test runs it). */
async function open(
  query: string,
  ready: string,
  size = LAPTOP,
  axe = false,
): Promise<{ page: Page; watch: PageWatch }> {
  return openApp(app.browser, app.url, query, ready, { ...size, bypassCSP: axe });
}

/** What the focused element is: its id, else its tag and text (for messages when a check fails). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "<body>";
    return el.id ? `#${el.id}` : `${el.tagName.toLowerCase()}: ${(el.textContent ?? "").trim().slice(0, 60)}`;
  });

/** Presses Tab until the focused element matches `target`, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, max = 400): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached the target; focus is on ${await focused(page)}`);
}

/** Waits until the live region says something matching `pattern`, and returns it. */
async function said(page: Page, pattern: RegExp): Promise<string> {
  const region = page.getByTestId("announcer");
  await page.waitForFunction(
    ([source, flags]) =>
      new RegExp(source, flags).test(document.querySelector('[data-testid="announcer"]')?.textContent ?? ""),
    [pattern.source, pattern.flags] as const,
  );
  return region.innerText();
}

/** Whether an element lies wholly inside the viewport. */
async function inView(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  const size = page.viewportSize();
  if (!box || !size) return false;
  return box.y >= 0 && box.x >= 0 && box.y + box.height <= size.height && box.x + box.width <= size.width;
}

const noErrors = (watch: PageWatch) => {
  assert.deepEqual(watch.errors, [], watch.errors.join("\n"));
  assert.ok(!watch.errors.some((e) => /Container has no (width|height)/.test(e)));
};

describe("keyboard only", () => {
  app = useApp();

  it("maps your own support: focus moves into the form, to each question, and back to the name after adding", async () => {
    const { page, watch } = await open("", ".tiles", LAPTOP, true);
    // Scrolled down first, as the newcomer in the issue was.
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
    await tabTo(page, page.getByRole("button", { name: "Map my own support" }));
    await page.keyboard.press("Enter");
    const form = page.getByTestId("map-my-support");
    await form.waitFor();
    assert.equal(await focused(page), "#mms-h", "the form's heading has focus");
    assert.ok(await inView(page, form.getByRole("heading", { name: "Map my support" })), "the form is in view");
    assert.deepEqual(await axe(page, '[data-testid="map-my-support"]'), []);

    await page.keyboard.press("Tab");
    assert.equal(await focused(page), "#mms-name");
    await page.keyboard.type("Maya Patel");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector(".ect-title")?.textContent === "Maya Patel");
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "mms-prompt");
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent),
      "Who helps you understand how things work in your school?",
    );
    assert.ok(await inView(page, page.getByTestId("mms-prompt")));

    const name = form.getByLabel("Name", { exact: true });
    await tabTo(page, name);
    await page.keyboard.type("Sam Jones");
    await page.keyboard.press("Enter");
    await page.getByTestId("edit-map").getByText("Sam Jones helps with").waitFor();
    assert.match(await said(page, /^Added Sam Jones to your map\.$/), /Sam Jones/);
    await page.waitForFunction(() => document.activeElement?.id.endsWith("-name") ?? false);
    assert.equal(await name.evaluate((el) => el === document.activeElement), true, "focus is back on the name");
    assert.deepEqual(await axe(page, '[data-testid="map-my-support"]'), []);
    await page.screenshot({ path: join(SHOTS, "keyboard-map-my-support.png") });

    // The next question takes focus; closing hands focus to the map just made.
    await tabTo(page, form.getByRole("button", { name: "Next question" }));
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.textContent === "Who helps you with behaviour?");
    // From question 2 on, people are already here: Tab still lands on the name, not in their list.
    await page.keyboard.press("Tab");
    assert.match(await focused(page), /^#sf-in-.*-name$/, "Tab from the question lands on the name");
    await form.screenshot({ path: join(SHOTS, "keyboard-map-my-support-q2.png") });
    await tabTo(page, form.getByRole("button", { name: "Close" }));
    await page.keyboard.press("Enter");
    await form.waitFor({ state: "detached" });
    await page.waitForFunction(() => document.activeElement?.id === "ect-title");
    noErrors(watch);
    await page.context().close();
  });

  it("opens an ECT from the overview's table on their constellation's heading, and walks it with arrow keys", async () => {
    const { page, watch } = await open("?view=lead", '[data-testid="ect-table"] tr[data-ect]', LAPTOP, true);
    await tabTo(page, page.getByTestId("ect-table").getByRole("button", { name: "Zofia Nowak" }));
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id === "ect-title");
    assert.equal(await page.locator("#ect-title").innerText(), "Zofia Nowak");
    await said(page, /^Zofia Nowak's map is open: 4 supporters\.$/);

    // One tab stop, a support map, with its instructions.
    await page.keyboard.press("Tab");
    assert.equal(await focused(page), "#support-map");
    const map = page.getByTestId("support-map");
    assert.equal(await map.getAttribute("role"), "application");
    assert.equal(await map.getAttribute("aria-roledescription"), "support map");
    assert.match(
      await page.locator(`#${await map.getAttribute("aria-describedby")}`).innerText(),
      /arrow keys go from Zofia Nowak to each person and round them, Home comes back to Zofia Nowak, Enter opens a person's details and Escape stops/,
    );

    const at = () => map.getAttribute("data-walk-at");
    await page.keyboard.press("ArrowRight");
    assert.equal(await at(), "P01");
    await said(
      page,
      /^Dr Sarah Bennett, .*Helps this ECT with how the school works\. Assesses or line-manages this ECT\. How often: every half-term\. 1 of 4 people who support this ECT\.$/,
    );
    await page.keyboard.press("ArrowDown");
    assert.equal(await at(), "P10");
    await said(
      page,
      /^Dr Anthony Clarke, .*Helps this ECT with behaviour\. How often: once a term\. 2 of 4 people who support this ECT\.$/,
    );
    assert.match(await page.getByTestId("walk-now").innerText(), /Dr Anthony Clarke/);
    await page.screenshot({ path: join(SHOTS, "keyboard-walk-1366.png") });
    assert.deepEqual(await axe(page, '[data-testid="support-map"]'), []);
    await page.keyboard.press("Home");
    assert.equal(await at(), "E05");
    await said(page, /^Zofia Nowak, at the centre\. 4 people support this ECT\. No one yet for wellbeing\./);
    await page.keyboard.press("ArrowLeft");
    assert.equal(await at(), "P14", "Left from the ECT goes round to the last person");
    await said(
      page,
      /^Claire Whitaker, Teacher of French\. Helps this ECT with teaching\..* 4 of 4 people who support this ECT\.$/,
    );

    // Enter opens the details panel (as a click on the node does); closing it returns to the map.
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id === "details-h");
    assert.equal(await page.locator("#details-h").innerText(), "Claire Whitaker");
    await tabTo(page, page.getByRole("button", { name: "Close details" }));
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id === "support-map");
    assert.equal(await at(), "P14", "the walk is where it was");
    // Opened again, Escape closes the details too, with focus back on the map.
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id === "details-h");
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => document.activeElement?.id === "support-map");
    assert.equal(await page.locator(".details").count(), 0, "Escape closed the details");
    assert.equal(await at(), "P14", "the walk is still where it was");

    // Escape stops the walk; focus stays on the map, and Tab moves on.
    await page.keyboard.press("Escape");
    assert.equal(await at(), "");
    assert.equal(await focused(page), "#support-map");
    await said(page, /^Stopped walking the map\./);
    await page.keyboard.press("Tab");
    assert.notEqual(await focused(page), "#support-map");

    // Details opened from the table: Escape closes them and focus goes back to the person's button.
    const inTable = page.locator(".link-button", { hasText: "Claire Whitaker" }).first();
    await inTable.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id === "details-h");
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => document.activeElement?.textContent?.includes("Claire Whitaker") === true);
    assert.equal(await page.locator(".details").count(), 0);
    assert.equal(await inTable.evaluate((el) => el === document.activeElement), true);
    noErrors(watch);
    await page.context().close();
  });

  it("says which ECT's map opened from the list, once, and leaves focus in the list to go on down it", async () => {
    const { page, watch } = await open("", ".tiles");
    const log = await recordAnnouncements(page);
    const tom = page.getByRole("navigation", { name: "ECTs" }).getByRole("button", { name: /^Tom Gallagher/ });
    await tabTo(page, tom);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector(".ect-title")?.textContent === "Tom Gallagher");
    await said(page, /^Tom Gallagher's map is open: 1 supporter\.$/);
    assert.equal(await tom.evaluate((el) => el === document.activeElement), true, "focus stays on Tom in the list");
    await page.waitForTimeout(500);
    const opened = "Tom Gallagher's map is open: 1 supporter.";
    assert.equal((await log()).filter((x) => x === opened).length, 1, "said once");
    // Opened again from the list (the map already drawn), it is said again.
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      (text) =>
        (document.querySelector<HTMLElement>('[data-testid="announcer"]')?.dataset.log ?? "")
          .split("\n")
          .filter((x) => x === text).length === 2,
      opened,
    );
    noErrors(watch);
    await page.context().close();
  });

  it("walks a constellation on a phone", async () => {
    const { page, watch } = await open("", ".tiles", PHONE);
    await tabTo(page, page.getByTestId("support-map"));
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.getByTestId("walk-now").waitFor();
    await page.getByTestId("support-map").evaluate((el) => el.scrollIntoView({ block: "center" }));
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, "keyboard-walk-390.png") });
    // The walked person's name stays whole: no pixel of the yellow ring shows through their label.
    const walked = await page.getByTestId("support-map").getAttribute("data-walk-at");
    const ringInLabel = await page.getByTestId("constellation-canvas").evaluate((el, key) => {
      const boxes: unknown = JSON.parse(el.getAttribute("data-label-boxes") ?? "[]");
      const box = Array.isArray(boxes) ? boxes.find((b: { key?: string }) => b.key === key) : undefined;
      const canvas = el.querySelector("canvas.sigma-mosaicLabels");
      const ctx = canvas instanceof HTMLCanvasElement ? canvas.getContext("2d") : null;
      if (!box || !ctx || !(canvas instanceof HTMLCanvasElement)) return -1;
      const { x, y, width, height } = box as { x: number; y: number; width: number; height: number };
      const r = canvas.width / canvas.clientWidth;
      // Inside the label's rounded corners (radius 4), where its text is.
      const inset = 4;
      const data = ctx.getImageData(
        Math.round((x + inset) * r),
        Math.round((y + inset) * r),
        Math.round((width - 2 * inset) * r),
        Math.round((height - 2 * inset) * r),
      );
      let yellow = 0;
      for (let i = 0; i < data.data.length; i += 4)
        if (data.data[i]! > 200 && data.data[i + 1]! > 170 && data.data[i + 2]! < 120 && data.data[i + 3]! > 200)
          yellow++;
      return yellow;
    }, walked);
    assert.equal(ringInLabel, 0, `the ring stays under ${walked}'s label`);
    // Sector names are whole or short at 390 px, never cut ("S · How this sch…").
    const sectors = await page.getByTestId("constellation-canvas").evaluate((el) => {
      const boxes: unknown = JSON.parse(el.getAttribute("data-label-boxes") ?? "[]");
      return Array.isArray(boxes)
        ? boxes.filter((b: { key?: string }) => b.key?.startsWith("sector:")).map((b: { text?: string }) => b.text)
        : [];
    });
    assert.equal(sectors.length, 4, sectors.join(" | "));
    for (const t of sectors) assert.doesNotMatch(String(t), /…/);
    noErrors(watch);
    await page.context().close();
  });

  it("closes a toolbar menu when Tab moves on past its items, leaving focus where it went", async () => {
    const { page, watch } = await open("", ".tiles", DESKTOP);
    const data = page.getByRole("button", { name: "Data", exact: true });
    const importFiles = page.getByRole("button", { name: "Import files" });
    await tabTo(page, data);
    await page.keyboard.press("Enter");
    await importFiles.waitFor();
    const inMenu = () =>
      page.evaluate(() => document.activeElement?.closest(".dropdown")?.querySelector("#data-menu-button") != null);
    // Tab through the menu's items and one step past them.
    for (let i = 0; i < 40 && (await inMenu()); i++) await page.keyboard.press("Tab");
    assert.equal(await inMenu(), false, "Tab left the Data menu");
    assert.equal(await importFiles.isVisible(), false, "the Data menu closed when focus left it");
    assert.equal(await data.getAttribute("aria-expanded"), "false");
    assert.equal(
      await page.getByRole("button", { name: "View", exact: true }).evaluate((el) => el === document.activeElement),
      true,
      `focus stays where Tab took it, on the next menu's button, not ${await focused(page)}`,
    );
    await page.screenshot({ path: join(SHOTS, "keyboard-menu-tab-out-1440.png") });

    // Shift+Tab back into the menu's button and open it again: Escape closes it onto its button.
    await page.keyboard.press("Shift+Tab");
    assert.equal(await focused(page), "#data-menu-button");
    await page.keyboard.press("Enter");
    await importFiles.waitFor();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Escape");
    await importFiles.waitFor({ state: "hidden" });
    assert.equal(await focused(page), "#data-menu-button");
    noErrors(watch);
    await page.context().close();
  });

  it("keeps focus on Propose a plan while the plan is worked out, and says what was proposed", async () => {
    const { page, watch } = await open("?view=plan", '[data-testid="draft-plan"]', DESKTOP);
    const propose = page.getByRole("button", { name: "Propose a plan" });
    await tabTo(page, propose);
    await page.keyboard.press("Enter");
    await page.getByTestId("plan-outcome").waitFor();
    assert.equal(
      await propose.evaluate((el) => el === document.activeElement),
      true,
      `focus is still on Propose a plan, not ${await focused(page)}`,
    );
    assert.equal(await propose.getAttribute("aria-disabled"), null, "it can be pressed again");
    await said(page, /^Plan ready\. Proposed \d+ links?, covering (the 1 gap|all \d+ gaps|\d+ of \d+ gaps?)/);
    await page.screenshot({ path: join(SHOTS, "keyboard-propose-plan-1440.png") });
    noErrors(watch);
    await page.context().close();
  });

  it("keeps focus on Undo after Enter, even when nothing is left to undo", async () => {
    const { page, watch } = await open("", ".ect-title", DESKTOP);
    const add = page.locator(".add-person");
    await tabTo(page, page.getByText("Add an ECT or a colleague"));
    await page.keyboard.press("Enter");
    await tabTo(page, add.getByLabel("Name"));
    await page.keyboard.type("Nia Khan");
    await tabTo(page, add.getByRole("button", { name: "Add" }));
    await page.keyboard.press("Enter");
    const undo = page.getByRole("button", { name: "Undo: add Nia Khan" });
    await undo.waitFor();
    await undo.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelectorAll(".picker-list button").length === 9);
    const undoNow = page.locator('.toolbar button[title="Ctrl+Z"]');
    await page.waitForFunction(() => document.querySelector('.toolbar button[title="Ctrl+Z"]')?.ariaLabel === "Undo");
    assert.equal(
      await undoNow.evaluate((el) => el === document.activeElement),
      true,
      `focus is still on Undo, not ${await focused(page)}`,
    );
    assert.equal(await undoNow.getAttribute("aria-disabled"), "true", "and it says there is nothing left to undo");
    // Pressed again it does nothing; Tab moves on and it leaves the Tab order.
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    assert.equal(await undoNow.isDisabled(), true);
    noErrors(watch);
    await page.context().close();
  });

  it("moves focus into the import pane, and Escape closes it back onto the Data button", async () => {
    for (const [label, size] of [
      ["1366", LAPTOP],
      ["390", PHONE],
    ] as const) {
      const { page, watch } = await open("", ".tiles", size);
      const data = page.getByRole("button", { name: "Data", exact: true });
      await data.focus();
      await page.keyboard.press("Enter");
      await page.getByRole("button", { name: "Import files" }).focus();
      await page.keyboard.press("Enter");
      // Focus is in the pane, on its heading: the next Tab reaches its controls, not the toolbar's.
      await page.waitForFunction(() => document.activeElement?.textContent === "Import files");
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), "H2");
      await page.screenshot({ path: join(SHOTS, `import-pane-focus-${label}.png`) });
      await page.keyboard.press("Tab");
      assert.equal(
        await page.evaluate(() => document.activeElement?.closest("section.import") !== null),
        true,
        "Tab moves on inside the pane",
      );
      await page.keyboard.press("Escape");
      await page.getByTestId("dropzone").waitFor({ state: "detached" });
      await page.waitForFunction(() => document.activeElement?.id === "data-menu-button");
      noErrors(watch);
      await page.context().close();
    }
  });

  it("shows the share menu's items at one size on a phone, and keeps the role hint out of the live region", async () => {
    const { page, watch } = await open("", ".tiles", PHONE);
    await openMenu(page, "Share and print");
    const share = page.getByText("Share this map", { exact: true });
    await share.waitFor();
    const size = (l: Locator) => l.evaluate((el) => getComputedStyle(el).fontSize);
    const png = page.getByRole("button", { name: "Download PNG" });
    assert.equal(await size(share), await size(png));
    assert.equal(await size(page.getByRole("button", { name: "Print one page" })), await size(png));
    await page.screenshot({ path: join(SHOTS, "share-menu-390.png") });
    await page.keyboard.press("Escape");

    // The standing hint is not in the live region; a chosen role's meaning is.
    const edit = page.getByTestId("edit-map");
    await edit
      .getByText(/Add someone who helps/)
      .first()
      .click();
    await edit.getByText("A few optional details").first().click();
    const live = edit.locator(".role-choice [aria-live]").first();
    assert.equal((await live.innerText()).trim(), "");
    assert.match(await edit.locator(".role-choice").first().innerText(), /Choose a role to see what it usually means/);
    await edit
      .getByLabel(/Their role for/)
      .first()
      .selectOption("induction_tutor");
    assert.match(await live.innerText(), /monitors your progress|formal judgements/);
    assert.doesNotMatch(await edit.locator(".role-choice").first().innerText(), /Choose a role/);
    noErrors(watch);
    await page.context().close();
  });

  for (const [label, size] of [
    ["1366", LAPTOP],
    ["390", PHONE],
  ] as const) {
    it(`runs a what-if where it was asked and brings the person back (${label} px)`, async () => {
      const { page, watch } = await open("?view=lead", '[data-supporter="P10"]', size, size === LAPTOP);
      const away = page.locator('[data-supporter="P10"]').getByRole("button", { name: "Away Dr Anthony Clarke" });
      await tabTo(page, away);
      await page.keyboard.press("Enter");
      const result = page.getByTestId("scenario");
      await result.waitFor();
      await page.waitForFunction(() => document.activeElement?.id === "scenario-h");
      const heading = page.locator("#scenario-h");
      assert.equal(await heading.innerText(), "What if Dr Anthony Clarke were away?");
      assert.match(await result.innerText(), /What if Dr Anthony Clarke were away\?\s+3 new gaps\./);
      assert.ok(await inView(page, heading), "the result's heading is in view after the action");
      await said(page, /^What if Dr Anthony Clarke were away\? 3 new gaps\.$/);
      await page.screenshot({ path: join(SHOTS, `keyboard-whatif-${label}.png`) });
      if (label === "1366") assert.deepEqual(await axe(page, '[data-testid="scenario"]'), []);

      // The row's button says what it does now; pressing it brings the person back.
      const back = page.locator('[data-supporter="P10"]').getByRole("button", { name: "Bring back Dr Anthony Clarke" });
      await tabTo(page, back);
      await page.keyboard.press("Enter");
      await result.waitFor({ state: "detached" });
      await said(page, /^Dr Anthony Clarke is back\. Nobody is away now\.$/);
      assert.equal(await focused(page), "button: Away Dr Anthony Clarke");
      noErrors(watch);
      await page.context().close();
    });
  }

  it("undoes a keystone's what-if from its result, handing focus back to where it was asked", async () => {
    const { page, watch } = await open("?view=lead", ".keystones button");
    const ask = page.locator(".keystones li").first().getByRole("button", { name: "What if away?" });
    await tabTo(page, ask);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id === "scenario-h");
    assert.ok(await inView(page, page.locator("#scenario-h")));
    await tabTo(page, page.getByRole("button", { name: "Undo scenario" }));
    await page.keyboard.press("Enter");
    await page.getByTestId("scenario").waitFor({ state: "detached" });
    await page.waitForFunction(() => document.activeElement?.textContent === "What if away?");
    noErrors(watch);
    await page.context().close();
  });

  it("opens the overview, worded for a lead, after importing many ECTs, and says what was read", async () => {
    const { page, watch } = await open("", ".tiles");
    await tabTo(page, page.getByRole("button", { name: "Data", exact: true }));
    await page.keyboard.press("Enter");
    await tabTo(page, page.getByRole("button", { name: "Import files" }));
    await page.keyboard.press("Enter");
    await page.getByTestId("file-input").setInputFiles(join(ROOT, "data", "sample", "survey.csv"));
    await tabTo(page, page.getByRole("button", { name: "Import", exact: true }));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "ECTs, by what most needs a look" }).waitFor();
    await said(
      page,
      /^Read 30 people \(9 ECTs and 21 other supporters; 3 of the ECTs also support another ECT\) and 36 links\. The mentor lead overview is open\.$/,
    );
    // The panel closes (the same files cannot go in twice by accident) and focus is on what was read.
    await page.waitForFunction(() => document.activeElement?.id === "report-h");
    assert.equal(await page.getByTestId("file-input").count(), 0);
    assert.match(page.url(), /voice=they/);
    noErrors(watch);
    await page.context().close();
  });
});
