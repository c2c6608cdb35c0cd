/**
 * End to end: in the lead's heat map an ECT's supporters leave out family and friends outside
 * school, shown beside the count instead (St Mary's survey: Maria Santos names three colleagues
 * and "my partner").
 */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ROOT, importInPage, openApp, useApp } from "./browser.ts";

const SHOTS = join(ROOT, "tests", "e2e", "screenshots");
mkdirSync(SHOTS, { recursive: true });

describe("family in the heat map", () => {
  const app = useApp();

  it("counts Maria Santos's three colleagues as supporters, and her partner beside them", async () => {
    const { page, watch } = await openApp(app.browser, app.url, "", ".tiles");
    await importInPage(page, join(ROOT, "tests", "fixtures", "surveys", "google-forms-st-marys.zip"));
    const row = page.getByTestId("ect-table").locator("tr", { hasText: "Maria Santos" });
    await row.waitFor();
    const cells = (await row.locator("td").first().innerText()).replace(/\s+/g, " ").trim();
    assert.equal(cells, "3 +1 family/friend");
    await page.getByTestId("ect-table").screenshot({ path: join(SHOTS, "heat-map-family.png") });
    assert.deepEqual(watch.errors, []);
    await page.context().close();
  });
});
