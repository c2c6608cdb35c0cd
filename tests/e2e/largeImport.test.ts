/** End to end: a large import shows its progress, keeps the page responsive, and can be cancelled. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { generateNetwork } from "../../src/core/generate/syntheticNetwork.ts";
import { importInPage, openApp, useApp } from "./browser.ts";

describe("a large import", () => {
  const app = useApp();
  // About 20 MB of links: long enough to watch and to cancel.
  const big = generateNetwork(30_000, 7);
  const startImport = async () => {
    const opened = await openApp(app.browser, app.url, "", ".tiles");
    await importInPage(opened.page, [
      { name: "people.csv", mimeType: "text/csv", buffer: Buffer.from(big.people) },
      { name: "links.csv", mimeType: "text/csv", buffer: Buffer.from(big.links) },
    ]);
    return opened;
  };

  it("shows progress while reading, and cancelling keeps what was loaded", async () => {
    const { page, watch } = await startImport();
    const bar = page.getByRole("progressbar", { name: "Reading the files" });
    await bar.waitFor();
    // Progress moves on while the worker reads (the page is free to redraw meanwhile).
    const seen = new Set<string>();
    for (let i = 0; i < 60 && seen.size < 3; i++) {
      const v = await bar.getAttribute("aria-valuenow").catch(() => null);
      if (v !== null) seen.add(v);
      await page.waitForTimeout(100);
    }
    assert.ok(seen.size >= 2, `progress moved: ${[...seen].join(", ")}`);
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.getByText("Stopped. What was loaded before is still here.").waitFor({ state: "attached" });
    await page.waitForFunction(() => document.querySelectorAll(".picker-list button").length === 9);
    assert.match(await page.locator(".brand").innerText(), /Aire and Calder/);
    // The app still works after the worker was replaced.
    await page.getByRole("button", { name: "Mentor lead overview" }).click();
    await page.locator('[data-testid="ect-table"] tbody tr[data-ect]').first().waitFor();
    assert.deepEqual(watch.errors, []);
    await page.context().close();
  });

  it("finishes a large import and reports it", async () => {
    const { page, watch } = await startImport();
    await page
      .getByTestId("import-report")
      .getByText(/30,000 people|30000 people/)
      .waitFor({ timeout: 120_000 });
    assert.deepEqual(watch.errors, []);
    await page.context().close();
  });
});
