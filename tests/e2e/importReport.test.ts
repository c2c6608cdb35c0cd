/** End to end: the import report caps problems of one kind at 20, then says how many more. */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ROOT, openApp, openImportPane, useApp } from "./browser.ts";

const SHOTS = join(ROOT, "tests", "e2e", "screenshots");
mkdirSync(SHOTS, { recursive: true });

describe("the import report", () => {
  const app = useApp();

  it("shows the first 20 problems of a kind, then how many more like this", async () => {
    const { page } = await openApp(app.browser, app.url, "", ".tiles");
    await openImportPane(page);
    // 5,000 links with a kind of support Mosaic does not know: 5,000 warnings of one kind.
    const ects = Array.from({ length: 5_000 }, (_, i) => `E${i},ECT ${i},yes`).join("\n");
    const links = Array.from({ length: 5_000 }, (_, i) => `P1,E${i},pedagogy;coaching ${i}`).join("\n");
    const payload = [
      { name: "people.csv", text: `id,name,is_ect\nP1,Jo Baker,no\n${ects}\n` },
      { name: "links.csv", text: `from_id,to_id,support_types\n${links}\n` },
    ];
    await page.getByTestId("dropzone").evaluate((zone, files) => {
      const dt = new DataTransfer();
      for (const f of files) dt.items.add(new File([f.text], f.name, { type: "text/csv" }));
      zone.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, payload);
    const report = page.getByTestId("import-report");
    await report.waitFor();
    await report.locator("summary").click();
    assert.match(await report.locator("summary").innerText(), /5,000 things to check/);
    assert.equal(await report.locator("tbody tr").count(), 21);
    assert.equal(await report.getByTestId("more-like-this").innerText(), "…and 4,980 more like this");
    await report.screenshot({ path: join(SHOTS, "import-report-capped.png") });
    await page.context().close();
  });
});
