/**
 * End to end: a new ECT on a phone (390×844, touch) with no data of their own, as the reviewer of
 * round 12 used it. The first screen says what Mosaic is for and offers "Map my own support"; a
 * map typed with "my mentor", "Mum" and a colleague reads as an import of the same words would (one
 * named supporter, no peer in Mum, Mum never suggested); the tiles break no word; Finish offers to
 * keep the map, and a kept map is still there after a reload.
 */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { ROOT, openApp, openMenu, useApp } from "./browser.ts";

const SHOTS = join(ROOT, "tests", "e2e", "screenshots");
mkdirSync(SHOTS, { recursive: true });

const PHONE = { width: 390, height: 844, touch: true };
const PURPOSE = "See who supports a new teacher with what, and where the gaps are.";
const clean = (s: string) => s.replace(/[\u2066-\u2069]/g, "").replace(/\s+/g, " ");

/** Tile headings whose words are split over two lines ("Behaviou r"), as "heading: word". */
async function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const h of document.querySelectorAll(".tile-head h3")) {
      const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        for (const m of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (tops.size > 1) out.push(`${h.textContent ?? ""}: ${m[0]}`);
        }
      }
    }
    return out;
  });
}

/** Maps Jess Hartley's support: "my mentor" for two kinds, Steve Low for teaching, "Mum" for wellbeing. */
async function mapJess(page: Page): Promise<void> {
  const flow = page.getByTestId("map-my-support");
  await flow.getByLabel("Your name (or any name you like)").fill("Jess Hartley");
  await flow.getByRole("button", { name: "Start my map" }).click();
  await page.waitForFunction(() => document.querySelector(".ect-title")?.textContent === "Jess Hartley");
  assert.match(await flow.getByTestId("links-private").innerText(), /private to you unless you choose otherwise/);
  const add = async (name: string) => {
    await flow.getByLabel("Name", { exact: true }).fill(name);
    await flow.getByRole("button", { name: "Add to my map" }).click();
  };
  const next = () => flow.getByRole("button", { name: "Next question" }).click();
  await add("my mentor");
  await page.getByTestId("edit-map").getByText("your mentor helps with").waitFor();
  await next();
  // Typing "my mentor" again is the same person, as an import of the same words would make it.
  await flow.getByLabel("Name", { exact: true }).fill("My Mentor");
  await flow.getByTestId("same-as-typed").waitFor();
  await flow.getByRole("button", { name: "Add to my map" }).click();
  await page.waitForFunction(() => /How this school works\s*and\s*behaviour|Behaviour/.test(document.body.innerText));
  await next();
  await add("Steve Low");
  await page.getByTestId("edit-map").getByText("Steve Low helps with").waitFor();
  await next();
  await add("Mum");
  await page.getByTestId("edit-map").getByText("your mum helps with").waitFor();
  await next();
  await flow.getByRole("button", { name: "Finish: this is my network" }).click();
  await page.getByTestId("map-finished").waitFor();
}

describe("a new ECT on a phone", () => {
  const app = useApp();

  it("says what Mosaic is for, maps 'my mentor' and 'Mum' as the import reads them, and keeps the map", async () => {
    const { page, watch } = await openApp(app.browser, app.url, "", ".tiles", PHONE);
    const purpose = page.getByTestId("phone-purpose");
    assert.equal(await purpose.isVisible(), true, "the purpose is shown above the sample");
    assert.equal(clean(await purpose.locator("p").innerText()), PURPOSE);
    const above = await page.evaluate(() => {
      const p = document.querySelector('[data-testid="phone-purpose"]')?.getBoundingClientRect();
      const map = document.querySelector(".ect-title")?.getBoundingClientRect();
      return p && map ? p.bottom <= map.top && p.bottom <= innerHeight : false;
    });
    assert.equal(above, true, "the purpose and its button come before the sample's map, in the first screen");
    await page.screenshot({ path: join(SHOTS, "ect-phone-first.png") });

    // The link to the list of ECTs takes focus with it.
    await page.getByText("Choose another ECT or map your own support").click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), "ects");

    // "What is this?" says the purpose and offers the same button.
    await page.getByRole("button", { name: "What is this?" }).click();
    const dialog = page.getByTestId("intro-dialog");
    await dialog.getByText(PURPOSE).waitFor();
    await page.screenshot({ path: join(SHOTS, "ect-phone-what-is-this.png") });
    await dialog.getByRole("button", { name: "Map my own support" }).click();
    await page.getByTestId("map-my-support").waitFor();

    await mapJess(page);
    const finished = page.getByTestId("map-finished");
    await finished.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "ect-phone-finished.png") });

    // One named supporter: "my mentor" and Mum are not colleagues' names.
    assert.match(clean(await page.locator("#ects").innerText()), /1 ECT, 1 supporter,/);
    const headline = clean(await page.getByTestId("headline").innerText());
    assert.doesNotMatch(headline, /^my mentor is/);
    assert.equal(await page.getByText("Both a peer and someone more experienced").count(), 0, "Mum is no peer");
    const ideas = clean(await page.getByTestId("suggestions").innerText());
    assert.doesNotMatch(ideas, /Mum/, "family is never suggested");
    assert.doesNotMatch(ideas, /my mentor/, "someone known only by role is never suggested");

    // The tiles break no word, at 390 and at 360 px.
    assert.deepEqual(await brokenWords(page), []);
    await page.locator(".tiles").screenshot({ path: join(SHOTS, "ect-phone-tiles-390.png") });
    await page.setViewportSize({ width: 360, height: 780 });
    assert.deepEqual(await brokenWords(page), []);
    await page.locator(".tiles").screenshot({ path: join(SHOTS, "ect-phone-tiles-360.png") });
    await page.setViewportSize({ width: 390, height: 844 });

    // The Data menu speaks of Delete everything only once its button is there.
    await openMenu(page, "Data");
    assert.doesNotMatch(await page.locator("#where-kept").innerText(), /Delete everything/);
    await openMenu(page, "Data").then(() => page.getByRole("button", { name: "Data", exact: true }).click());

    // Keep it on this phone, then reload: the map is still there.
    await finished.getByRole("button", { name: "Keep my map on this phone" }).click();
    await finished
      .getByTestId("map-kept")
      .getByText(/^Kept on this phone, last saved \d+ \w+ \d\d:\d\d/)
      .waitFor();
    await finished.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "ect-phone-kept.png") });
    await page.reload();
    await page.waitForFunction(() => document.querySelector(".ect-title")?.textContent === "Jess Hartley");
    assert.match(clean(await page.locator(".tiles").innerText()), /Steve Low/);
    assert.equal(await page.getByTestId("phone-purpose").count(), 0, "no purpose line over the ECT's own map");

    // "Edit your map": who may see a link already there.
    const steve = page.locator('[data-testid="edit-map"] .edit-link', { hasText: "Steve Low helps with" });
    const who = steve.getByLabel("Who may see this link");
    assert.equal(await who.inputValue(), "private");
    await who.selectOption("mentor_lead");
    await steve.getByRole("button", { name: "Save changes" }).click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="edit-map"] .edit-link')].some(
        (li) =>
          li.textContent?.includes("Steve Low helps with") &&
          li.querySelector("select:has(option[value=mentor_lead])") instanceof HTMLSelectElement &&
          li.querySelector<HTMLSelectElement>("select:has(option[value=mentor_lead])")?.value === "mentor_lead",
      ),
    );
    assert.deepEqual(watch.errors, []);
    await page.context().close();
  });

  it("reads 'Mr Khan and Priya' typed in Map my support as two people, each name checked for a slip", async () => {
    const { page, watch } = await openApp(app.browser, app.url, "", ".tiles", PHONE);
    await page.getByTestId("phone-purpose").getByRole("button", { name: "Map my own support" }).click();
    const flow = page.getByTestId("map-my-support");
    await flow.getByLabel("Your name (or any name you like)").fill("Jess Hartley");
    await flow.getByRole("button", { name: "Start my map" }).click();
    await page.waitForFunction(() => document.querySelector(".ect-title")?.textContent === "Jess Hartley");
    const nameField = flow.getByLabel("Name", { exact: true });
    const addButton = flow.getByRole("button", { name: "Add to my map" });
    // While the questions are being answered, the headline describes the map; it does not judge it.
    const headline = page.getByTestId("headline");
    const headlineSays = (text: string) =>
      page.waitForFunction(
        (t) => document.querySelector('[data-testid="headline"]')?.textContent?.replace(/[\u2066-\u2069]/g, "") === t,
        text,
      );
    await headlineSays("So far: no one who helps you yet");
    // Nor do the flags beside the map: one calm line until Finish, whatever has been added.
    const flagsPanel = page.locator(".flags-section");
    const calm = "What this map shows comes when you finish: nothing is judged while you are still adding people.";
    const flagsHidden = async (when: string) => {
      assert.equal(clean(await flagsPanel.locator("p").first().innerText()), calm, `the calm line ${when}`);
      assert.equal(await flagsPanel.locator(".flag").count(), 0, `no flag listed ${when}`);
      assert.equal(await flagsPanel.getByTestId("signpost").count(), 0, `no signpost ${when}`);
    };
    await flagsHidden("before anyone is added");

    // Two people typed at once are said before they are added, and added as two.
    await nameField.fill("Mr Khan and Priya");
    assert.equal(
      clean(await flow.getByTestId("typed-people").innerText()),
      "Adding 2 people: Mr Khan and Priya. Not right? Change the names above: a comma or “and” goes between two people.",
    );
    await flow.getByTestId("typed-people").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "ect-phone-typed-two.png") });
    await addButton.click();
    await page.getByTestId("edit-map").getByText("Mr Khan helps with").waitFor();
    await page.getByTestId("edit-map").getByText("Priya helps with").waitFor();
    assert.match(clean(await page.locator("#ects").innerText()), /1 ECT, 2 supporters,/);
    assert.equal(await page.getByText(/runs through one person/).count(), 0, "two people are not one");
    await headlineSays("So far: 2 people, for how the school works");
    await flagsHidden("with two people for one kind of support");
    await headline.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "ect-phone-so-far.png") });
    await flagsPanel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "ect-phone-flags-answering.png") });

    // At the next question a slip in one of two names is offered, and choosing it uses Mr Khan.
    await flow.getByRole("button", { name: "Next question" }).click();
    await nameField.fill("Mr Kahn & Sam");
    const hint = flow.getByTestId("same-as-typed");
    assert.match(clean(await hint.innerText()), /“Mr Kahn”: Did you mean Mr Khan \(already on your map\)\?/);
    await flow.getByTestId("typed-people").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "ect-phone-typed-slip.png") });
    await hint.getByRole("button", { name: "Use Mr Khan" }).click();
    assert.equal(await nameField.inputValue(), "Mr Khan, Sam");
    assert.match(clean(await hint.innerText()), /Mr Khan is already on your map/);
    await addButton.click();
    await page.getByTestId("edit-map").getByText("Sam helps with").waitFor();
    assert.match(clean(await page.locator("#ects").innerText()), /1 ECT, 3 supporters,/);
    assert.equal(await page.getByText("Mr Kahn", { exact: false }).count(), 0, "no second Mr Khan");
    await headlineSays("So far: 3 people, for how the school works and behaviour");
    await flagsHidden("with three people");

    // After Finish the headline says what the map means, as the lead sees it.
    for (let q = 2; q < 5; q++) await flow.getByRole("button", { name: "Next question" }).click();
    await flow.getByRole("button", { name: "Finish: this is my network" }).click();
    await page.getByTestId("map-finished").waitFor();
    await page.waitForFunction(
      () => !/^So far/.test(document.querySelector('[data-testid="headline"]')?.textContent ?? "So far"),
    );
    assert.equal(await headline.getAttribute("data-kind"), "concern");
    // Finished: the flags say what the map means, as they do for the lead.
    await flagsPanel.locator(".flag").first().waitFor();
    assert.equal(await flagsPanel.getByText(calm).count(), 0, "the calm line goes once the map is finished");
    assert.match(clean(await flagsPanel.locator("h2").innerText()), /^Things to look at \(\d+\)$/);
    await flagsPanel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "ect-phone-flags-finished.png") });
    assert.deepEqual(watch.errors, []);
    await page.context().close();
  });

  it("keeps the sample's first screen as it was on a laptop, and offers keeping there too", async () => {
    const { page, watch } = await openApp(app.browser, app.url, "", ".tiles", { width: 1366, height: 768 });
    assert.equal(await page.getByTestId("phone-purpose").isVisible(), false, "the sidebar says it on a laptop");
    await page.screenshot({ path: join(SHOTS, "ect-laptop-first.png") });
    await page.getByRole("button", { name: "Map my own support" }).click();
    await mapJess(page);
    const finished = page.getByTestId("map-finished");
    await finished.getByRole("button", { name: "Keep my map on this device" }).waitFor();
    await finished.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "ect-laptop-finished.png") });
    assert.deepEqual(watch.errors, []);
    await page.context().close();
  });

  it("reads a finished map of all four kinds right at a glance: strengths first, counts that agree, 'your mum'", async () => {
    const { page, watch } = await openApp(app.browser, app.url, "", ".tiles", PHONE);
    await page.getByTestId("phone-purpose").getByRole("button", { name: "Map my own support" }).click();
    const flow = page.getByTestId("map-my-support");
    await flow.getByLabel("Your name (or any name you like)").fill("Siobhán");
    await flow.getByRole("button", { name: "Start my map" }).click();
    await page.waitForFunction(() => document.querySelector(".ect-title")?.textContent === "Siobhán");
    const edit = page.getByTestId("edit-map");
    const add = async (name: string, shown: readonly string[]) => {
      await flow.getByLabel("Name", { exact: true }).fill(name);
      await flow.getByRole("button", { name: "Add to my map" }).click();
      for (const who of shown) await edit.getByText(`${who} helps with`).waitFor();
      await flow.getByRole("button", { name: "Next question" }).click();
    };
    // As the reviewer typed it: one person for how the school works, two for behaviour, one for
    // teaching, Mum for wellbeing, and Amira Shah, whom Siobhán helps.
    await add("Jess Hartley", ["Jess Hartley"]);
    await add("Mr Khan and Priya", ["Mr Khan", "Priya"]);
    await add("Tom", ["Tom"]);
    await add("Mum", ["your mum"]);
    await flow.getByLabel("Name", { exact: true }).fill("Amira Shah");
    await flow.getByRole("checkbox", { name: "Teaching" }).check();
    await flow.getByRole("button", { name: "Add to my map" }).click();
    await edit.getByText("Helping Amira Shah with").waitFor();

    // The count before Finish says how it is made up, beside the list's "4 supporters".
    assert.match(clean(await page.locator("#ects").innerText()), /1 ECT, 4 supporters,/);
    assert.equal(
      clean(await page.getByTestId("headline").innerText()),
      "So far: 5 people (4 supporters and 1 family member or friend), for how the school works, behaviour, teaching and wellbeing; you help 1 person",
    );
    await flow.getByRole("button", { name: "Finish: this is my network" }).click();
    await page.getByTestId("map-finished").waitFor();
    await page.waitForFunction(
      () => !/^So far/.test(document.querySelector('[data-testid="headline"]')?.textContent ?? "So far"),
    );

    // Nothing worth attention: what is there leads, the one thing to reflect on follows.
    const headline = page.getByTestId("headline");
    assert.match(
      clean(await headline.innerText()),
      /^Five people cover every kind of support\. Something to reflect on: only (Jess Hartley|Tom) helps you with /,
    );
    assert.equal(await headline.getAttribute("data-kind"), "strength");
    await headline.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "ect-phone-four-kinds.png") });

    // Family reads "your mum" in every view; the ECT's own name never stands in brackets after it.
    assert.match(clean(await page.locator(".tiles").innerText()), /your mum/);
    assert.doesNotMatch(clean(await page.locator("main").innerText()), /Mum \(Siobhán\)|\(Siobhán\)/);

    // Who could help: no one Siobhán only helps, what people already help with, capacity said once.
    const ideas = page.getByTestId("suggestions");
    const ideasText = clean(await ideas.innerText());
    assert.doesNotMatch(ideasText, /Amira Shah/);
    assert.match(ideasText, /Mr Khan: already helps you with behaviour\./);
    assert.equal((ideasText.match(/not recorded/g) ?? []).length, 1, ideasText);
    await ideas.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "ect-phone-four-kinds-ideas.png") });

    // The keyboard walk counts supporters and the people she helps apart, as the centre does.
    const map = page.getByTestId("support-map");
    await map.focus();
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(() =>
      / 1 of 5 people who support you\.$/.test(document.querySelector('[data-testid="announcer"]')?.textContent ?? ""),
    );
    await page.keyboard.press("End");
    await page.waitForFunction(() =>
      /^Amira Shah\. You help them with teaching\. 1 of 1 person you help\.$/.test(
        (document.querySelector('[data-testid="announcer"]')?.textContent ?? "").replace(/[\u2066-\u2069]/g, ""),
      ),
    );
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByTestId("headline").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "ect-four-kinds-1366.png") });
    assert.deepEqual(watch.errors, []);
    await page.context().close();
  });
});
