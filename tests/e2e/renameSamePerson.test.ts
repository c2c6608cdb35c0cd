/**
 * End to end: renaming someone to the name of a person already on the map asks "Same person?"
 * and merges them when the answer is yes, rather than making a second person of that name.
 */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ROOT, openApp, useApp } from "./browser.ts";

const SHOTS = join(ROOT, "tests", "e2e", "screenshots");
mkdirSync(SHOTS, { recursive: true });

describe("renaming to a name already on the map", () => {
  const app = useApp();

  it("asks 'Same person?' and merges on yes", async () => {
    const { page, watch } = await openApp(app.browser, app.url, "", ".tiles");
    await page.getByRole("button", { name: "Map my own support" }).click();
    const flow = page.getByTestId("map-my-support");
    await flow.getByLabel("Your name (or any name you like)").fill("Maya Patel");
    await flow.getByRole("button", { name: "Start my map" }).click();
    await page.waitForFunction(() => document.querySelector(".ect-title")?.textContent === "Maya Patel");
    // "my mentor" is read as the import reads it: someone named by role, shown as "your mentor" to the ECT.
    for (const [name, shown] of [
      ["Claire Beaumont", "Claire Beaumont"],
      ["my mentor", "your mentor"],
    ] as const) {
      await flow.getByLabel("Name", { exact: true }).fill(name);
      await flow.getByRole("button", { name: "Add to my map" }).click();
      await page.getByTestId("edit-map").getByText(`${shown} helps with`).waitFor();
      await flow.getByRole("button", { name: "Next question" }).click();
    }
    const edit = page.getByTestId("edit-map");
    const mentor = edit.locator(".edit-link", { hasText: "your mentor helps with" });
    await mentor.getByText("Change your mentor").click();
    await mentor.getByLabel("Name", { exact: true }).fill("claire  beaumont");
    await mentor.getByRole("button", { name: "Rename" }).click();
    const question = mentor.getByTestId("same-name");
    await question.waitFor();
    const text = (await question.innerText()).replace(/[\u2066-\u2069]/g, "");
    assert.match(
      text,
      /Same person\? Claire Beaumont is already on the map\. Is my mentor \(Maya Patel\) the same person\?/,
    );
    await page.screenshot({ path: join(SHOTS, "rename-same-person.png"), fullPage: true });
    await mentor.screenshot({ path: join(SHOTS, "rename-same-person-question.png") });
    await question.getByRole("button", { name: "Yes, the same person" }).click();
    await page.waitForFunction(() => {
      const t = document.querySelector('[data-testid="edit-map"]')?.textContent ?? "";
      return !/your mentor helps with/.test(t) && (t.match(/Claire Beaumont helps with/g) ?? []).length === 1;
    });
    assert.deepEqual(watch.errors, []);
    await page.context().close();
  });
});
