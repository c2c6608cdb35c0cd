/** End to end: the mentor lead overview in real Chromium. */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { ROOT, importInPage, openApp, useApp } from "./browser.ts";

const SHOTS = join(ROOT, "tests", "e2e", "screenshots");
mkdirSync(SHOTS, { recursive: true });

let app: { readonly browser: Browser; readonly url: string };

async function open(
  query = "?view=lead",
  size: { width?: number; height?: number } = { height: 1100 },
): Promise<{ page: Page; problems: () => string[] }> {
  const { page, watch } = await openApp(app.browser, app.url, query, ".counts", size);
  return { page, problems: () => [...watch.errors, ...watch.offOrigin] };
}

const ectRows = (page: Page) =>
  page
    .locator('[data-testid="ect-table"] tbody tr[data-ect]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-ect")));

describe("mentor lead overview", () => {
  app = useApp();

  it("lists ECTs by concern and filters to a school", async () => {
    const { page, problems } = await open();
    const all = await ectRows(page);
    assert.equal(all.length, 9);
    // Most serious first (all have at most warnings), then the most warnings: Callum (E04).
    assert.equal(all[0], "E04");
    assert.equal(all.at(-1), "E01");
    await page.locator("#f-sort").selectOption("name");
    assert.equal((await ectRows(page))[0], "E03", "Aisha Okafor first by name");
    await page.locator("#f-sort").selectOption("concern");
    await page.locator("#f-school").selectOption("Millbrook Primary School");
    assert.deepEqual((await ectRows(page)).sort(), ["E06", "E07", "E08"]);
    await page.screenshot({ path: join(SHOTS, "lead-millbrook.png"), fullPage: true });
    assert.deepEqual(problems(), []);
    await page.context().close();
  });

  it("opens an ECT's constellation from the table", async () => {
    const { page } = await open();
    await page.locator('[data-testid="ect-table"]').getByRole("button", { name: "Zofia Nowak" }).click();
    await page.waitForFunction(() => document.querySelector(".ect-title")?.textContent === "Zofia Nowak");
    assert.match(page.url(), /ect=\d+/);
    await page.context().close();
  });

  it("shows the gaps a what-if opens, restores it after a reload, and undoes it in one click", async () => {
    const { page } = await open();
    await page.locator('[data-supporter="P10"]').getByRole("button", { name: /Away/ }).click();
    const scenario = page.getByTestId("scenario");
    await scenario.waitFor();
    assert.match(await scenario.innerText(), /3 new gaps/);
    assert.match(await scenario.innerText(), /Callum Reid: no one for behaviour/);
    assert.match(await scenario.innerText(), /Zofia Nowak: no one for behaviour/);
    assert.match(await page.getByTestId("count-gaps").innerText(), /1\s*→\s*2/);
    assert.equal(await page.locator('tr.row-changed[data-ect="E04"]').count(), 1);
    await page.screenshot({ path: join(SHOTS, "lead-whatif.png"), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      scenario.getByRole("button", { name: /Download impact/ }).click(),
    ]);
    assert.equal(download.suggestedFilename(), "mosaic-what-if.csv");

    assert.match(page.url(), /away=\d+/);
    // Every text the result ever shows is recorded: it must never name someone by their id.
    await page.addInitScript(() => {
      const seen: string[] = [];
      Reflect.set(window, "scenarioTexts", seen);
      new MutationObserver(() => {
        const el = document.querySelector('[data-testid="scenario"]');
        if (el) seen.push(el.textContent ?? "");
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.reload();
    await page.getByTestId("scenario").waitFor();
    // Restored from the address: the person is named once the supporters' rows are in (a moment later on a big network).
    await page
      .getByTestId("scenario")
      .getByText(/Dr Anthony Clarke/)
      .first()
      .waitFor();
    const texts = await page.evaluate((): unknown => Reflect.get(window, "scenarioTexts"));
    assert.ok(Array.isArray(texts) && texts.length > 0, "the result's texts were recorded");
    for (const t of texts) assert.doesNotMatch(String(t), /\bP\d+\b/, "no id shown in place of a name");

    await page.getByRole("button", { name: "Undo scenario" }).click();
    assert.equal(await page.getByTestId("scenario").count(), 0);
    assert.doesNotMatch(page.url(), /away=/);
    await page.context().close();
  });

  it("jumps to each part of the overview, and a removal-impact what-if offers to bring the person back", async () => {
    const { page, problems } = await open();
    await page
      .getByRole("navigation", { name: "Parts of the overview" })
      .getByRole("button", { name: "Network picture" })
      .click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), "netgraph-h");
    const box = await page.locator("#netgraph-h").evaluate((el) => ({
      top: el.getBoundingClientRect().top,
      bottom: el.getBoundingClientRect().bottom,
      h: innerHeight,
    }));
    assert.ok(box.top >= 0 && box.bottom <= box.h, `the picture's heading is in view (${JSON.stringify(box)})`);

    const list = page.locator("ol.keystones li").filter({ hasText: "Dr Anthony Clarke" });
    await list.getByRole("button", { name: "What if away?" }).click();
    await page.getByTestId("scenario").waitFor();
    await list.getByRole("button", { name: "Bring back" }).click();
    await page.getByTestId("scenario").waitFor({ state: "detached" });
    assert.equal(await list.getByRole("button", { name: "What if away?" }).count(), 1);
    assert.deepEqual(problems(), []);
    await page.context().close();
  });

  it("prints the network summary from the overview, alone on one A4 page", async () => {
    const { page, problems } = await open();
    // A print dialog is the browser's: count the calls instead, and look at print media ourselves.
    await page.evaluate(() => {
      document.body.dataset.prints = "0";
      window.print = () => {
        document.body.dataset.prints = String(Number(document.body.dataset.prints) + 1);
      };
    });
    const button = page.getByRole("button", { name: "Print network summary" });
    assert.equal(await button.isVisible(), true);
    await page.screenshot({ path: join(SHOTS, "lead-print-button.png") });
    await button.click();
    await page.waitForFunction(() => document.body.dataset.prints === "1");
    assert.equal(await page.evaluate(() => document.body.dataset.print), "lead-summary");
    await page.emulateMedia({ media: "print" });
    const report = page.locator(".lead-summary-print .network-report");
    assert.equal(await report.isVisible(), true);
    assert.match(await report.innerText(), /Network summary[\s\S]*ECTs[\s\S]*Keystones/);
    assert.equal(await page.locator(".counts").first().isVisible(), false, "the overview does not print");
    assert.equal(await page.locator(".top").isVisible(), false);
    await page.setViewportSize({ width: 703, height: 1032 });
    await page.screenshot({ path: join(SHOTS, "lead-summary-print.png"), fullPage: true });
    // Printing (page.pdf) ends with "afterprint", which puts the page back: the picture is taken first.
    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
    assert.equal(pages.length, 1, "one A4 page");
    // After printing, and on screen, the summary stays out of the way.
    assert.equal(await page.evaluate(() => document.body.dataset.print), undefined);
    await page.emulateMedia({ media: "screen" });
    assert.equal(await report.isVisible(), false);
    assert.deepEqual(problems(), []);
    await page.context().close();
  });

  it("prints the same one-page summary with the browser's own Print, naming the data and its date", async () => {
    const { page, problems } = await open();
    // Worked out beforehand: a print dialog does not wait for the worker.
    const source = page.locator('.lead-summary-print [data-testid="report-source"]');
    await source.waitFor({ state: "attached" });
    assert.equal(await source.isVisible(), false, "hidden on screen");
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.evaluate(() => document.body.dataset.print), undefined, "no button was pressed");
    assert.equal(await source.isVisible(), true);
    const asOf = await page.evaluate(
      () => /as of ([^·]+?) ·/.exec(document.querySelector(".brand-source")?.textContent ?? "")?.[1],
    );
    assert.ok(asOf, "the header gives the date");
    const said = (await source.innerText()).trim();
    assert.ok(said.startsWith(`Data: Aire and Calder Learning Trust (fictional sample), as of ${asOf}.`), said);
    assert.equal(await page.locator(".counts").first().isVisible(), false, "the overview does not print");
    await page.setViewportSize({ width: 703, height: 1032 });
    await page.screenshot({ path: join(SHOTS, "lead-ctrl-p-print.png"), fullPage: true });
    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
    assert.equal(pages.length, 1, "one A4 page, as 'Print network summary' gives");
    assert.deepEqual(problems(), []);
    await page.context().close();
  });

  it("lists during a what-if the supporters over capacity in it, as many as the tile's '→ n'", async () => {
    const { page, problems } = await open("?view=lead", { width: 1366, height: 768 });
    const tile = page.getByTestId("count-over");
    const today = Number((await tile.locator(".count-value").innerText()).trim());
    await tile.getByRole("button", { name: /over capacity/ }).click();
    await page.getByTestId("over-only").waitFor();
    const rows = page.getByTestId("supporter-table").locator("tbody tr[data-supporter]");
    const fullest = rows.first();
    const id = await fullest.getAttribute("data-supporter");
    await fullest.getByRole("button", { name: /Away/ }).click();
    await page.getByTestId("scenario").waitFor();
    const after = Number((await tile.locator(".count-after").innerText()).replace(/\D/g, ""));
    assert.equal(after, today - 1, "the tile counts one fewer");
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="supporter-table"] tbody tr[data-supporter]').length === n,
      after,
    );
    assert.equal(await page.locator(`[data-testid="supporter-table"] tr[data-supporter="${id}"]`).count(), 0);
    assert.match(
      await page.getByTestId("over-only").innerText(),
      new RegExp(`${after} supporters? over capacity in this what-if`),
    );
    await page.screenshot({ path: join(SHOTS, "lead-over-capacity-whatif-1366.png") });
    assert.deepEqual(problems(), []);
    await page.context().close();
  });

  it("keeps filters in the URL across a reload", async () => {
    const { page } = await open();
    await page.getByLabel("Support type").selectOption("psychosocial");
    const before = await ectRows(page);
    await page.reload();
    await page.waitForSelector('[data-testid="ect-table"]');
    assert.deepEqual(await ectRows(page), before);
    assert.equal(await page.getByLabel("Support type").inputValue(), "psychosocial");
    await page.context().close();
  });

  it("suppresses small counts and names in share mode", async () => {
    const { page } = await open("?view=lead&share=1");
    await page.getByTestId("share-summary").waitFor();
    // The network's flags open, so their words are read too (a closed disclosure's are not in innerText).
    await page.getByTestId("network-flags").locator("summary").click();
    assert.match(await page.getByTestId("network-flags").innerText(), /Why it matters/);
    const text = await page.locator("main").innerText();
    assert.doesNotMatch(text, /Tom Gallagher|Clarke|Bennett|Okonkwo/);
    assert.match(await page.getByTestId("count-gaps").innerText(), /fewer than 3/);
    assert.equal(await page.locator('[data-testid="ect-table"]').count(), 0);
    await page.screenshot({ path: join(SHOTS, "lead-share.png"), fullPage: true });
    await page.context().close();
  });

  it("draws a school's people with a matching legend, labels the flagged, and has its own school picker", async () => {
    const { page, problems } = await open();
    const canvas = page.getByTestId("network-canvas");
    await canvas.scrollIntoViewIfNeeded();
    // Sigma adds its canvases and draws in the same task (showGraph), so they mean it is drawn.
    await canvas.locator("canvas").first().waitFor();
    const legend = await page
      .locator('[data-testid="network-legend"] [data-legend]')
      .evaluateAll((li) => li.map((x) => x.getAttribute("data-legend")));
    const used = ((await canvas.getAttribute("data-legend-used")) ?? "").split(" ");
    assert.ok(used.length >= 4, `several looks drawn (${used.join(", ")})`);
    for (const u of used) assert.ok(legend.includes(u), `"${u}" is in the legend`);
    // Every look in the legend is one the drawing can make: legend and drawing come from one table.
    assert.ok(legend.length <= 6);
    const labelled = ((await canvas.getAttribute("data-labelled")) ?? "").split(" ");
    // Callum (no wellbeing support, gaps), Daniel (one supporter) and the keystone Dr Clarke.
    for (const id of ["E04", "E02", "P10"]) assert.ok(labelled.includes(id), `${id} labelled`);
    const marked = await page.locator(".marked-people").innerText();
    assert.match(marked, /Who is marked in this picture/);
    await page.screenshot({ path: join(SHOTS, "lead-graph-sample.png") });
    await canvas.screenshot({ path: join(SHOTS, "lead-graph-canvas.png") });

    // The picture's own picker changes the picture, not the table.
    const before = (await canvas.getAttribute("data-labelled")) ?? "";
    await page.locator("#g-school").selectOption("Millbrook Primary School");
    await page.waitForFunction(
      (was) => document.querySelector('[data-testid="network-canvas"]')?.getAttribute("data-labelled") !== was,
      before,
    );
    const millbrook = ((await canvas.getAttribute("data-labelled")) ?? "").split(" ");
    assert.ok(!millbrook.includes("E04"), "Callum is not in Millbrook's picture");
    assert.ok(
      millbrook.some((id) => ["E06", "E07", "E08"].includes(id)),
      millbrook.join(" "),
    );
    assert.match(await page.locator("#netgraph-h").innerText(), /Millbrook Primary School/);
    assert.equal((await ectRows(page)).length, 9, "the table keeps its own filter");
    await canvas.screenshot({ path: join(SHOTS, "lead-graph-millbrook.png") });

    // The busiest school: every label drawn is inside the canvas and clear of every other.
    const millbrookBoxes = (await canvas.getAttribute("data-label-boxes")) ?? "";
    await page.locator("#g-school").selectOption("Hollinsfield Academy");
    await page.waitForFunction(
      (was) => document.querySelector('[data-testid="network-canvas"]')?.getAttribute("data-label-boxes") !== was,
      millbrookBoxes,
    );
    const drawn = await canvas.evaluate((el) => ({
      boxes: JSON.parse(el.getAttribute("data-label-boxes") ?? "[]") as {
        key: string;
        text: string;
        x: number;
        y: number;
        width: number;
        height: number;
      }[],
      width: el.clientWidth,
      height: el.clientHeight,
    }));
    assert.ok(drawn.boxes.length >= 5, `several labels drawn (${drawn.boxes.map((b) => b.text).join(", ")})`);
    for (const id of ["E04", "E02", "P10"])
      assert.ok(
        drawn.boxes.some((b) => b.key === id),
        `${id}'s label is drawn`,
      );
    for (const b of drawn.boxes)
      assert.ok(
        b.x >= 0 && b.y >= 0 && b.x + b.width <= drawn.width && b.y + b.height <= drawn.height,
        `"${b.text}" (${JSON.stringify(b)}) leaves the ${drawn.width}×${drawn.height} canvas`,
      );
    for (const [i, a] of drawn.boxes.entries())
      for (const b of drawn.boxes.slice(i + 1))
        assert.ok(
          !(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height),
          `"${a.text}" and "${b.text}" overlap`,
        );
    await canvas.screenshot({ path: join(SHOTS, "lead-graph-hollinsfield.png") });
    assert.deepEqual(problems(), []);
    await page.context().close();
  });

  for (const [w, h] of [
    [1366, 768],
    [1440, 900],
    [390, 844],
  ] as const)
    it(`shows schools as tiles, most in need first, above a few thousand people (${w}×${h})`, async () => {
      const { page, watch } = await openApp(app.browser, app.url, "?view=lead&demo=5000", ".counts", {
        width: w,
        height: h,
      });
      const tiles = page.getByTestId("school-tiles");
      await tiles.waitFor();
      await tiles.scrollIntoViewIfNeeded();
      await page.locator("#netgraph-h").scrollIntoViewIfNeeded();
      const shares = await tiles
        .locator("button.school-tile")
        .evaluateAll((bs) => bs.map((b) => Number(b.getAttribute("data-share"))));
      assert.ok(shares.length > 5, `${shares.length} tiles`);
      for (let i = 1; i < shares.length; i++) assert.ok(shares[i - 1]! >= shares[i]!, "sorted by share at risk");
      assert.match(await tiles.locator("button").first().innerText(), /\d+ of \d+ ECTs? needs? a look/);
      await page.screenshot({ path: join(SHOTS, `lead-tiles-${w}x${h}.png`) });
      // Each tile fits the viewport (the page's own width is the layout's business, issue #16 item 2).
      const widest = await tiles
        .locator("button.school-tile")
        .evaluateAll((bs) => Math.max(...bs.map((b) => b.getBoundingClientRect().width)));
      assert.ok(widest <= w, `tiles fit the viewport (${widest})`);

      const first = tiles.locator("button.school-tile").first();
      const school = (await first.getAttribute("title")) ?? "";
      await first.click();
      const canvas = page.getByTestId("network-canvas");
      await canvas.waitFor();
      assert.match(
        await page.locator("#netgraph-h").innerText(),
        new RegExp(school.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")),
      );
      assert.equal(
        await page.evaluate(() => document.activeElement?.id),
        "netgraph-h",
        "focus on the school's heading",
      );
      assert.equal(await page.locator("#g-school").inputValue(), school);
      await page.locator('[data-testid="network-canvas"] canvas').first().waitFor();
      await page.screenshot({ path: join(SHOTS, `lead-drill-${w}x${h}.png`) });
      assert.deepEqual(watch.errors, []);
      await page.context().close();
    });

  it("the over-capacity count shows who, fullest first, marked in words; 'Bring back' is not greyed", async () => {
    const { page, problems } = await open("?view=lead", { width: 1366, height: 768 });
    const over = Number((await page.getByTestId("count-over").locator(".count-value").innerText()).trim());
    assert.ok(over > 0, "the sample has people over capacity");
    await page
      .locator("section[aria-labelledby=counts-h]")
      .screenshot({ path: join(SHOTS, "02-lead-counts-1366.png") });
    await page
      .getByTestId("count-over")
      .getByRole("button", { name: /over capacity/ })
      .click();
    await page.getByTestId("over-only").waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), "supporters-h");
    const table = page.getByTestId("supporter-table");
    const rows = table.locator("tbody tr[data-supporter]");
    assert.equal(await rows.count(), over, "the table shows the people the count counts");
    for (const text of await rows.locator("td:nth-child(2)").allInnerTexts())
      assert.match(text, /: over/, `over capacity said in words (${text})`);
    assert.equal(await table.locator("tr.row-over").count(), over);
    await page.screenshot({ path: join(SHOTS, "03-lead-supporters-1366.png") });

    await page.getByRole("button", { name: "Show everyone" }).click();
    assert.ok((await rows.count()) > over);
    await page.locator(".supporter-controls select").selectOption("capacity");
    const first = await rows.first().locator("td").first().innerText();
    assert.match(first, /: over/, "the fullest first");
    const sole = await table.locator("tbody td:nth-child(3)").allInnerTexts();
    for (const t of sole) assert.doesNotMatch(t, /pair|\(ECT, type\)/);
    assert.doesNotMatch(await page.locator("ol.keystones").innerText(), /pair|\(ECT, type\)/);
    assert.ok(
      sole.some((t) => /^\d+\sECTs? \(\d+ gaps? if away\)$/.test(t.trim())),
      sole.join(" | "),
    );

    const flags = await page.locator("#f-flag option").allInnerTexts();
    for (const f of flags) {
      assert.doesNotMatch(f, /for\s+$|^(No one|One source) for$/, `flag option "${f}"`);
      assert.doesNotMatch(f, /\{/);
    }
    assert.equal(await page.locator("#netgraph-h").innerText(), "Network picture");

    const beth = table.locator("tr", { hasText: "Beth Summers" }).first();
    await beth.getByRole("button", { name: /Away/ }).click();
    await page.getByTestId("scenario").waitFor();
    const back = beth.getByRole("button", { name: /Bring back/ });
    // Faded means some element from the button up to the table has an opacity below 1.
    const faded = await back.evaluate((el) => {
      let least = 1;
      for (let e: Element | null = el; e && !e.matches("table"); e = e.parentElement)
        least = Math.min(least, Number(getComputedStyle(e).opacity));
      return least;
    });
    assert.equal(faded, 1, "'Bring back' is at full strength");
    await beth.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "05-whatif-beth-1366.png") });
    assert.deepEqual(problems(), []);
    await page.context().close();
  });

  it("keeps each filter's label with its box, and 'Away' in view, on a phone (390×844)", async () => {
    const { page, problems } = await open("?view=lead", { width: 390, height: 844 });
    const apart = await page.locator(".filters label[for]").evaluateAll((labels) =>
      labels
        .map((l) => {
          const box = document.getElementById(l.getAttribute("for") ?? "");
          if (!box) return `${l.textContent}: no box`;
          const a = l.getBoundingClientRect();
          const b = box.getBoundingClientRect();
          // On one line (their vertical middles within a few pixels), or the label just over its box.
          const beside = Math.abs(a.top + a.height / 2 - (b.top + b.height / 2)) <= 6;
          const over = b.top - a.bottom >= 0 && b.top - a.bottom <= 8 && Math.abs(a.left - b.left) <= 2;
          return beside || over ? "" : `${l.textContent}`;
        })
        .filter(Boolean),
    );
    assert.deepEqual(apart, [], "labels beside or just over their boxes");
    await page.screenshot({ path: join(SHOTS, "40-phone-lead.png") });
    await page.locator("#ects-h").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "41-phone-lead-ects.png") });
    // The support types' columns show a short word beside their letter badge, and are still read out in full.
    const ects = page.getByTestId("ect-table");
    const heads = await ects.locator("thead th .type-short").evaluateAll((spans) =>
      spans.map((el) => {
        const th = el.closest("th")!.getBoundingClientRect();
        const own = el.getBoundingClientRect();
        return { text: el.textContent, inside: own.left >= th.left && own.right <= th.right + 1 };
      }),
    );
    assert.deepEqual(
      heads.map((h) => h.text),
      ["How school works", "Behaviour", "Teaching", "Wellbeing"],
    );
    assert.ok(
      heads.every((h) => h.inside),
      `short words inside their cells: ${JSON.stringify(heads)}`,
    );
    await ects.getByRole("columnheader", { name: "How this school works" }).waitFor();
    await ects.locator("thead").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "41-phone-lead-ects-header.png") });

    const table = page.getByTestId("supporter-table");
    const beth = table.locator("tr", { hasText: "Beth Summers" }).first();
    await beth.getByRole("button", { name: /Away/ }).click();
    await page.getByTestId("scenario").waitFor();
    await beth.scrollIntoViewIfNeeded();
    assert.equal(await table.evaluate((el) => el.scrollLeft), 0, "pressing 'Away' kept the table where it was");
    const back = beth.getByRole("button", { name: /Bring back/ });
    const box = await back.boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 390, "'Bring back' is on screen");
    await page.screenshot({ path: join(SHOTS, "43-phone-whatif.png") });
    await back.click();
    await page.getByTestId("scenario").waitFor({ state: "detached" });
    assert.deepEqual(problems(), []);
    await page.context().close();
  });

  // Nine ECTs with one mentor and no capacity recorded anywhere; a fellow ECT (Pat) the only source
  // of behaviour for two of them; one ECT who named no one (ISOLATED, so no GAP flags).
  const words = () => {
    const ects = Array.from({ length: 9 }, (_, i) => `E${i + 1},ECT ${i + 1},true,,confirmed`);
    const people = [
      "id,name,is_ect,role_title,map_status",
      "M,Morgan Mentor,false,ECT mentor,",
      "PAT,Pat Peer,true,,confirmed",
      "LONE,Lou Alone,true,,confirmed",
      ...ects,
    ];
    const links = [
      "from_id,to_id,support_types",
      ...Array.from({ length: 9 }, (_, i) => `M,E${i + 1},organisational_literacy;pedagogy;psychosocial`),
      "PAT,E1,behaviour",
      "PAT,E2,behaviour",
      "M,PAT,organisational_literacy;pedagogy;psychosocial;behaviour",
    ];
    return [
      { name: "people.csv", mimeType: "text/csv", buffer: Buffer.from(people.join("\n")) },
      { name: "links.csv", mimeType: "text/csv", buffer: Buffer.from(links.join("\n")) },
    ];
  };
  for (const [w, h] of [
    [1366, 768],
    [390, 844],
  ] as const)
    it(`says capacity is not recorded, counts gaps as the heat map shows, and lets a fellow ECT be away (${w}×${h})`, async () => {
      const { page, problems } = await open("?view=lead", { width: w, height: h });
      await importInPage(page, words());
      // The sample's counts are on the page until the import replaces them: wait for its 11 ECTs.
      await page.waitForFunction(
        () => document.querySelector('[data-testid="count-ects"] .count-value')?.textContent === "11",
      );
      const over = await page.getByTestId("count-over").innerText();
      assert.match(over, /capacity not recorded/);
      assert.match(over, /Add a "capacity" column to the people file/);
      assert.doesNotMatch(over, /\b0\b/, `no "0 over capacity" (${over})`);
      assert.equal(await page.getByTestId("count-over").getByRole("button").count(), 0, "nothing to show");
      // Lou has no one: no GAP flag, but four gap cells, so the tile counts Lou (and the nine without behaviour).
      assert.match(await page.getByTestId("count-isolated").innerText(), /^1\b/);
      assert.match(await page.getByTestId("count-gaps").innerText(), /^8\b/);
      await page
        .locator("section[aria-labelledby=counts-h]")
        .screenshot({ path: join(SHOTS, `lead-words-counts-${w}x${h}.png`) });

      const table = page.getByTestId("supporter-table");
      const morgan = table.locator("tr", { hasText: "Morgan Mentor" }).first();
      assert.match(await morgan.locator("td").nth(1).innerText(), /^10\sECTs \(31 gaps if away\)$/);
      const pat = table.locator("tr", { hasText: "Pat Peer" }).first();
      assert.match(await pat.locator("td").nth(1).innerText(), /^2\sECTs \(2 gaps if away\)$/);
      await pat.getByRole("button", { name: /Away/ }).first().click();
      const scenario = page.getByTestId("scenario");
      await scenario.waitFor();
      assert.match(await scenario.innerText(), /What if Pat Peer were away\?[\s\S]*2 new gaps/);
      await pat.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `lead-words-away-ect-${w}x${h}.png`) });
      assert.deepEqual(problems(), []);
      await page.context().close();
    });
  it("says a filter's count once, shows the filters on with Show all, and drops them for another school's survey (1440×900)", async () => {
    const { page, problems } = await open("?view=lead", { width: 1440, height: 900 });
    await page.locator('[data-testid="ect-table"] tr[data-ect]').first().waitFor();
    // No live region holds the table's explanation: it is read where it stands, once.
    const live = () =>
      page.evaluate(() =>
        [...document.querySelectorAll("[aria-live], [role=status]")]
          .filter((el) => el.getAttribute("aria-live") !== "off")
          .map((el) => el.textContent ?? ""),
      );
    assert.ok(!(await live()).some((t) => /There are no scores/.test(t)), "the explanation is not live");
    const announcer = page.getByTestId("announcer");

    await page.locator("#f-type").selectOption("psychosocial");
    const count = page.getByTestId("ect-count");
    await page.waitForFunction(() =>
      /^\d+ of 9 ECTs shown\./.test(document.querySelector('[data-testid="ect-count"]')?.textContent ?? ""),
    );
    const shown = (await ectRows(page)).length;
    assert.ok(shown < 9);
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="announcer"]')?.textContent === `${n} of 9 ECTs shown.`,
      shown,
    );
    assert.match(await count.innerText(), /Filtered by support type \(one source or none for wellbeing\)\.\s*Show all/);
    // The heat map's chips and the picture's list say the same words for a gap.
    const marked = page.locator(".marked-people");
    await marked.locator("summary").click();
    assert.doesNotMatch(await marked.innerText(), / for ;| for $/m);
    assert.match(await marked.innerText(), /Zofia Nowak \(ECT\): No one for wellbeing and belonging/);
    assert.match(
      await page.getByTestId("ect-table").locator("tr", { hasText: "Zofia Nowak" }).innerText(),
      /No one for wellbeing and belonging/,
    );
    await page
      .locator("section[aria-labelledby=ects-h]")
      .screenshot({ path: join(SHOTS, "lead-filters-on-1440x900.png") });
    await marked.screenshot({ path: join(SHOTS, "lead-marked-people-1440x900.png") });

    // A sort is not a filter: nothing is said for it.
    await page.locator("#f-sort").selectOption("name");
    await page.waitForTimeout(300);
    assert.equal(await announcer.innerText(), `${shown} of 9 ECTs shown.`);

    await count.getByRole("button", { name: "Show all" }).click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="announcer"]')?.textContent === "9 of 9 ECTs shown.",
    );
    assert.equal(await count.getByRole("button", { name: "Show all" }).count(), 0);
    assert.equal(await page.evaluate(() => document.activeElement?.id), "ects-h", "focus is not lost with the button");

    // A filter on the sample does not stay on for another school's survey.
    await page.locator("#f-type").selectOption("psychosocial");
    await importInPage(page, join(ROOT, "tests", "fixtures", "surveys", "ms-forms-hollinsfield.xlsx"));
    await page.waitForFunction(
      () => document.querySelector('[data-testid="count-ects"] .count-value')?.textContent === "16",
    );
    await page.getByTestId("import-report").waitFor();
    const report = await page.getByTestId("import-report").innerText();
    const read =
      /(\d+) people \((\d+) ECTs, (\d+) other supporters, (\d+) named by role and (\d+) family or friends; (\d+) of the ECTs also support another ECT\)/.exec(
        report,
      );
    assert.ok(read, report.slice(0, 300));
    const [people, ects, others, role, family, both] = read.slice(1).map(Number);
    assert.equal(people, (ects ?? 0) + (others ?? 0) + (role ?? 0) + (family ?? 0), "the parts add up");
    assert.equal(
      await page.getByTestId("count-supporters").locator(".count-value").innerText(),
      String((others ?? 0) + (both ?? 0)),
    );
    await page.waitForFunction(() =>
      /^16 of 16 ECTs shown\.$/.test(document.querySelector('[data-testid="ect-count"]')?.textContent ?? ""),
    );
    assert.equal(await page.locator("#f-type").inputValue(), "");
    assert.equal(await page.getByTestId("filters-on").count(), 0);
    await page.screenshot({ path: join(SHOTS, "lead-after-import-1440x900.png") });
    assert.ok(!(await live()).some((t) => /There are no scores/.test(t)));
    assert.deepEqual(problems(), []);
    await page.context().close();
  });
});
