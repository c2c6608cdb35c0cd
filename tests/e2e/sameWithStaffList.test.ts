/**
 * End to end: a Forms export read with the school's staff list asks "Same person?" about the names
 * that could be someone in the list (a reviewer saw two questions, one with a false reason), keeps
 * the staff-list person, and after the answers Jess Hartley supports the 14 ECTs who name her.
 */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ROOT, importInPage, openApp, useApp } from "./browser.ts";

const SHOTS = join(ROOT, "tests", "e2e", "screenshots");
mkdirSync(SHOTS, { recursive: true });
const DIR = join(ROOT, "tests", "fixtures", "surveys");
const FILES = [join(DIR, "ms-forms-harefield.csv"), join(DIR, "ms-forms-harefield.people.csv")];

describe("a Forms export with its staff list", () => {
  const app = useApp();

  for (const [width, height] of [
    [1366, 768],
    [1440, 900],
    [390, 844],
  ] as const)
    it(`asks about the names that could be staff-list people, keeping them (${width}×${height})`, async () => {
      const { page, watch } = await openApp(app.browser, app.url, "", ".tiles", { width, height });
      await importInPage(page, FILES);
      await page.getByTestId("same-people-notice").waitFor();
      await page.getByRole("button", { name: 'Answer "Same person?"' }).click();
      const step = page.getByTestId("same-people");
      await step.waitFor();
      assert.equal(await step.locator(".same-people-list > li").count(), 5);
      const question = (legend: string) => step.locator("fieldset").filter({ hasText: legend });
      const jessica = question("Jessica Hartley and Jess Hartley");
      await jessica.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `same-person-staff-list-${width}.png`) });
      // The staff list's name is kept whichever is chosen, so "call them Jessica Hartley" is not offered.
      assert.equal(await jessica.getByLabel("The same person: call them Jessica Hartley").count(), 0);
      assert.match(await jessica.innerText(), /could be Jessica Hartley/);
      for (const [other, keep] of [
        ["Jessica Hartley", "Jess Hartley"],
        ["Jess Hatley", "Jess Hartley"],
        ["Mr Khan", "Imran Khan"],
        ["Priya", "Priya Nair"],
        ["Rob Greene", "Robert Greene"],
      ])
        await question(`${other} and ${keep}`)
          .getByLabel(`The same person: call them ${keep}`, { exact: true })
          .check({ timeout: 5000 });
      await page.getByRole("button", { name: "Save 5 answers" }).click();
      // Then, on the questions left, "Mrs Hartley" and "Jess", now that one Hartley and one Jess are named.
      await question("Mrs Hartley and Jess Hartley").waitFor();
      assert.equal(await step.locator(".same-people-list > li").count(), 2);
      for (const other of ["Mrs Hartley", "Jess and"])
        await question(other).getByLabel("The same person: call them Jess Hartley").check();
      await page.getByRole("button", { name: "Save 2 answers" }).click();
      await step.waitFor({ state: "detached" });
      assert.equal(await page.getByTestId("same-people-notice").count(), 0);
      assert.deepEqual(watch.errors, []);
      await page.context().close();
    });
});
