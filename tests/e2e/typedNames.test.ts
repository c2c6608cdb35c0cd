/** End to end: a name typed twice in "Map my own support" is one person, and a near one is offered. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { openApp, useApp } from "./browser.ts";

describe("the same person, as you type", () => {
  const app = useApp();

  /** The app fresh, "Map my own support" started as Maya Patel: the page and the questions. */
  async function startMap() {
    const { page } = await openApp(app.browser, app.url, "", ".tiles");
    await page.getByRole("button", { name: "Map my own support" }).click();
    const flow = page.getByTestId("map-my-support");
    await flow.getByLabel("Your name (or any name you like)").fill("Maya Patel");
    await flow.getByRole("button", { name: "Start my map" }).click();
    await page.waitForFunction(() => document.querySelector(".ect-title")?.textContent === "Maya Patel");
    return { page, flow };
  }

  it("reads 'mark  jones' as the Mark Jones already on the map, and offers Mark Jones for 'Mark Jone'", async () => {
    const { page, flow } = await startMap();
    await flow.getByLabel("Name", { exact: true }).fill("Mark Jones");
    await flow.getByRole("button", { name: "Add to my map" }).click();
    await page.getByTestId("edit-map").getByText("Mark Jones helps with").waitFor();
    await flow.getByRole("button", { name: "Next question" }).click();

    await flow.getByLabel("Name", { exact: true }).fill("mark  jones");
    assert.match(await flow.getByTestId("same-as-typed").innerText(), /Mark Jones is already on your map/);
    await flow.getByRole("button", { name: "Add to my map" }).click();
    await flow.getByRole("button", { name: "Next question" }).click();

    await flow.getByLabel("Name", { exact: true }).fill("Mark Jone");
    assert.match(await flow.getByTestId("same-as-typed").innerText(), /Did you mean Mark Jones/);
    await flow.getByRole("button", { name: "Use Mark Jones" }).click();
    // The name field goes; focus goes to the choice just made, not to the page's body.
    await page.waitForFunction(() => document.activeElement?.tagName === "SELECT");
    assert.equal(
      await page.evaluate(() => {
        const el = document.activeElement;
        return el instanceof HTMLSelectElement ? el.selectedOptions[0]?.textContent : undefined;
      }),
      "Mark Jones",
    );
    await flow.getByRole("button", { name: "Add to my map" }).click();
    // One person carrying three kinds: the flag the duplicates used to hide.
    await page.waitForFunction(() => {
      const text = document.querySelector('[data-testid="edit-map"]')?.textContent ?? "";
      return (text.match(/Mark Jones helps with/g) ?? []).length === 1 && !/mark {2}jones|Mark Jone helps/.test(text);
    });
    await page.waitForFunction(() => /Mark Jones/.test(document.querySelector(".tiles")?.textContent ?? ""));
    const tiles = await page.locator(".tiles").innerText();
    assert.equal((tiles.match(/Mark Jones/g) ?? []).length, 3, tiles);
    await page.context().close();
  });

  it("finds someone typed again at the same question, instead of making a second person", async () => {
    const { page, flow } = await startMap();
    await flow.getByLabel("Name", { exact: true }).fill("Jess Hartley");
    await flow.getByRole("button", { name: "Add to my map" }).click();
    await page.getByTestId("edit-map").getByText("Jess Hartley helps with").waitFor();

    // The same question, the same person: said, and nothing to add.
    await flow.getByLabel("Name", { exact: true }).fill("jess hartley");
    assert.match(
      await flow.getByTestId("same-as-typed").innerText(),
      /Jess Hartley already helps you with this, so there is nothing to add for them/,
    );
    assert.equal(await flow.getByRole("button", { name: "Add to my map" }).isDisabled(), true);
    // A near spelling is asked about, and can still be added as someone else.
    await flow.getByLabel("Name", { exact: true }).fill("Jess Hartly");
    assert.match(
      await flow.getByTestId("same-as-typed").innerText(),
      /Did you mean Jess Hartley\? They already help you/,
    );
    // With someone new beside her, only the new person is added.
    await flow.getByLabel("Name", { exact: true }).fill("Jess Hartley and Priya");
    assert.match(await flow.getByTestId("same-as-typed").innerText(), /Jess Hartley already helps you with this/);
    await flow.getByRole("button", { name: "Add to my map" }).click();
    await page.getByTestId("edit-map").getByText("Priya helps with").waitFor();
    const text = (await page.getByTestId("edit-map").textContent()) ?? "";
    assert.equal((text.match(/Jess Hartley helps with/g) ?? []).length, 1, text);
    // She is not offered again in the list of people already here for this question.
    const options = await flow.locator("select option").allInnerTexts();
    assert.ok(!options.includes("Jess Hartley"), options.join(", "));
    await page.context().close();
  });
});
