/** End to end: bringing your own CSV files into the built app. */
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { unzipSync } from "fflate";
import { ROOT, deleteEverything, importInPage, openApp, openImportPane, openMenu, useApp } from "./browser.ts";

const SHOTS = join(ROOT, "tests", "e2e", "screenshots");
mkdirSync(SHOTS, { recursive: true });
const sample = (f: string) => join(ROOT, "data", "sample", f);
const bad = (f: string) => join(ROOT, "tests", "fixtures", "bad", f);

type App = { readonly browser: Browser; readonly url: string };

async function openImport(app: App): Promise<Page> {
  const { page } = await openApp(app.browser, app.url, "", ".tiles");
  await openImportPane(page);
  return page;
}

describe("import in the browser", () => {
  const app = useApp();

  it("imports a survey export through the file input, and undoes it", async () => {
    const page = await openImport(app);
    // Worded for any file a lead has, a Forms .xlsx included, not only CSV.
    const panel = page.getByRole("region", { name: "Import files" });
    assert.match(await panel.innerText(), /Choose files \(CSV, Excel or \.zip\)/);
    assert.doesNotMatch(await panel.innerText(), /CSV files/);
    await panel.screenshot({ path: join(SHOTS, "import-panel-1366.png") });
    await page.getByTestId("file-input").setInputFiles(sample("survey.csv"));
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.getByTestId("import-report").waitFor();
    assert.match(
      await page.getByTestId("import-report").innerText(),
      /30 people \(9 ECTs and 21 other supporters; 3 of the ECTs also support another ECT\) and 36 links/,
    );
    assert.match(await page.locator(".brand").innerText(), /Your data: survey\.csv/);
    // Nine ECTs: the overview opens, worded for a lead.
    await page.getByRole("heading", { name: "ECTs, by what most needs a look" }).waitFor();
    // On paper the data is named by its file once ("Data: Your data: …" said "data" twice).
    const printed = page.locator('.lead-summary-print [data-testid="report-source"]');
    assert.match((await printed.textContent()) ?? "", /^Data: survey\.csv, as of /);
    await page.screenshot({ path: join(SHOTS, "import-survey.png"), fullPage: true });
    await page.getByRole("button", { name: "Undo this import" }).click();
    await page.waitForFunction(() => /Aire and Calder/.test(document.querySelector(".brand")?.textContent ?? ""));
    await page.context().close();
  });

  it("imports files dropped on the drop zone", async () => {
    const page = await openImport(app);
    const payload = ["people.csv", "links.csv"].map((n) => ({ name: n, text: readFileSync(sample(n), "utf8") }));
    await page.getByTestId("dropzone").evaluate((zone, files) => {
      const dt = new DataTransfer();
      for (const f of files) dt.items.add(new File([f.text], f.name, { type: "text/csv" }));
      zone.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, payload);
    await page.getByTestId("import-report").waitFor();
    assert.match(
      await page.getByTestId("import-report").innerText(),
      /36 people \(9 ECTs, 20 other supporters and 7 not supporting an ECT now; 3 of the ECTs also support another ECT\) and 44 links/,
    );
    await page.context().close();
  });

  it("reports a bad file row by row and offers its rows back as a 'needs attention' CSV", async () => {
    const page = await openImport(app);
    await page
      .getByTestId("file-input")
      .setInputFiles([bad("people-basic.csv"), bad("dangling-link.csv"), bad("self-link.csv")]);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    const report = page.getByTestId("import-report");
    await report.waitFor();
    const text = await report.innerText();
    assert.match(text, /dangling-link\.csv\s+3\s+to_id/);
    // The link to an unknown id is kept (not counted yet): its label says "Check", not "Not imported".
    const dangling = await report.locator("tr", { hasText: "is not an id in the people file" }).innerText();
    assert.match(dangling, /● Check/);
    assert.doesNotMatch(dangling, /Not imported/);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      report.getByRole("button", { name: /rows? of self-link\.csv that needs? attention/ }).click(),
    ]);
    const path = join(SHOTS, "needs-attention.csv");
    await download.saveAs(path);
    const csv = readFileSync(path, "utf8");
    assert.match(csv, /S1,S1,pedagogy,2,/);
    assert.match(csv, /both giver and receiver/);
    await page.screenshot({ path: join(SHOTS, "import-report.png"), fullPage: true });
    await page.context().close();
  });
});

describe("export from the browser", () => {
  const app = useApp();

  it("downloads people and links as one .zip that imports back, and GraphML with names hidden", async () => {
    const { page } = await openApp(app.browser, app.url, "", ".tiles");
    await openMenu(page, "Data");
    await page.getByText("Export and backup", { exact: true }).click();
    // One click, one file: a browser may block a second download in a row.
    const downloads: string[] = [];
    page.on("download", (d) => downloads.push(d.suggestedFilename()));
    const [zipped] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "People and links (CSV)" }).click(),
    ]);
    assert.equal(zipped.suggestedFilename(), "mosaic-people-and-links.zip");
    const path = join(SHOTS, "export-people-and-links.zip");
    await zipped.saveAs(path);
    const inside = unzipSync(new Uint8Array(readFileSync(path)));
    assert.deepEqual(Object.keys(inside), ["people.csv", "links.csv"]);
    // The byte order mark kept (Excel needs it), so decoded without dropping it.
    const people = new TextDecoder("utf-8", { ignoreBOM: true }).decode(inside["people.csv"]);
    assert.match(people, /^\uFEFFid,name,kind,is_ect/);
    assert.match(people, /Zofia Nowak/);
    // The .zip imports back as its two files, with every person and link.
    const before = await page.locator(".brand").innerText();
    await page.keyboard.press("Escape");
    await importInPage(page, path);
    const report = page.getByTestId("import-report");
    await report.waitFor();
    assert.match(await report.innerText(), /from people\.csv \(.*\); links\.csv \(/);
    assert.notEqual(await page.locator(".brand").innerText(), before);
    await page.screenshot({ path: join(SHOTS, "export-zip-imported.png") });
    // Names hidden right where the export is (the View menu's "Hide names").
    await openMenu(page, "Data");
    // Still open from before: the menu's panel was only hidden.
    await page.getByRole("group", { name: "Export and backup" }).getByLabel("People as codes").check();
    await page.screenshot({ path: join(SHOTS, "export-menu-hide-names.png") });
    const [graphml] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: /GraphML/ }).click(),
    ]);
    assert.equal(graphml.suggestedFilename(), "names-hidden-mosaic.graphml");
    assert.deepEqual(downloads, ["mosaic-people-and-links.zip", "names-hidden-mosaic.graphml"]);
    const xmlPath = join(SHOTS, "export.graphml");
    await graphml.saveAs(xmlPath);
    const xml = readFileSync(xmlPath, "utf8");
    assert.match(xml, /<graphml/);
    assert.doesNotMatch(xml, /Zofia|Clarke/);
    await page.context().close();
  });
});

describe("remember on this device", () => {
  const app = useApp();

  it("restores remembered data after a reload, and deletes everything on request", async () => {
    const page = await openImport(app);
    // Worded for any file a lead has, a Forms .xlsx included, not only CSV.
    const panel = page.getByRole("region", { name: "Import files" });
    assert.match(await panel.innerText(), /Choose files \(CSV, Excel or \.zip\)/);
    assert.doesNotMatch(await panel.innerText(), /CSV files/);
    await panel.screenshot({ path: join(SHOTS, "import-panel-1366.png") });
    await page.getByTestId("file-input").setInputFiles(sample("survey.csv"));
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.getByTestId("import-report").waitFor();
    await openMenu(page, "Data");
    await page.getByLabel("Remember on this device").check();
    await page.getByText(/Saved on this device/).waitFor();
    await page.reload();
    await page.waitForFunction(() =>
      /Your data: survey\.csv/.test(document.querySelector(".brand")?.textContent ?? ""),
    );
    await openMenu(page, "Data");
    assert.equal(await page.getByLabel("Remember on this device").isChecked(), true);
    await deleteEverything(page);
    await page.waitForFunction(() => /Aire and Calder/.test(document.querySelector(".brand")?.textContent ?? ""));
    await page.reload();
    // The sample again, in the view the page was left on (the overview, after importing nine ECTs).
    await page.waitForFunction(() => /Aire and Calder/.test(document.querySelector(".brand")?.textContent ?? ""));
    await page.getByRole("heading", { name: "ECTs, by what most needs a look" }).waitFor();
    await page.context().close();
  });
});
