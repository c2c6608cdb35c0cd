/** End to end: the built app in real Chromium, the constellation view. */
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { analyse, buildNetwork, importFiles, resolveSettings, strengthChips } from "../../src/core/index.ts";
import { strengthsOf } from "../../src/core/analysis/strengthRules.ts";
import { buildContext } from "../../src/core/analysis/context.ts";
import { ROOT, importInPage, launch, openApp, openMenu, serveDist, useApp } from "./browser.ts";

const SHOTS = join(ROOT, "tests", "e2e", "screenshots");
mkdirSync(SHOTS, { recursive: true });

let app: { readonly browser: Browser; readonly url: string };

function open(query = "", opts: { bypassCSP?: boolean; width?: number; height?: number } = {}) {
  return openApp(app.browser, app.url, query, ".tiles", opts);
}

/** The sample analysed in Node, the way the CLI does it. */
function cliAnalysis() {
  const { net, settings } = sampleNetwork();
  return analyse(net, settings);
}

/** The sample as the CLI reads it. */
function sampleNetwork() {
  const files = ["people.csv", "links.csv"].map((n) => ({
    name: n,
    bytes: new Uint8Array(readFileSync(join(ROOT, "data", "sample", n))),
  }));
  const r = importFiles(files);
  const settings = resolveSettings(
    JSON.parse(readFileSync(join(ROOT, "data", "sample", "settings.json"), "utf8")),
    "2025-03-14",
  ).settings;
  return { net: buildNetwork(r.people, r.links), settings };
}

interface LabelBox {
  readonly key: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The graph as drawn: its node keys, the label boxes actually drawn, and the canvas size. */
async function drawn(page: Page) {
  const canvas = page.getByTestId("constellation-canvas");
  await page.waitForFunction(() => document.querySelector("[data-label-boxes]") !== null);
  const read = await canvas.evaluate((el) => ({
    keys: JSON.parse(el.getAttribute("data-node-keys") ?? "[]") as string[],
    boxes: JSON.parse(el.getAttribute("data-label-boxes") ?? "[]") as LabelBox[],
    nodes: JSON.parse(el.getAttribute("data-node-boxes") ?? "[]") as {
      key: string;
      x: number;
      y: number;
      radius: number;
    }[],
    width: el.clientWidth,
    height: el.clientHeight,
  }));
  return read;
}

/** No two label boxes share area, none covers a node, and each lies wholly inside the canvas. */
function assertLabelsTidy(d: Awaited<ReturnType<typeof drawn>>, where: string) {
  for (const b of d.boxes) {
    assert.ok(
      b.x >= 0 && b.y >= 0 && b.x + b.width <= d.width && b.y + b.height <= d.height,
      `${where}: "${b.text}" (${JSON.stringify(b)}) leaves the ${d.width}×${d.height} canvas`,
    );
  }
  for (let i = 0; i < d.boxes.length; i++)
    for (let j = i + 1; j < d.boxes.length; j++) {
      const a = d.boxes[i]!;
      const b = d.boxes[j]!;
      const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      assert.ok(!overlap, `${where}: "${a.text}" and "${b.text}" overlap`);
    }
  assert.ok(d.nodes.length > 0, `${where}: the nodes are exposed`);
  for (const b of d.boxes)
    for (const n of d.nodes) {
      const dx = Math.max(b.x - n.x, 0, n.x - (b.x + b.width));
      const dy = Math.max(b.y - n.y, 0, n.y - (b.y + b.height));
      assert.ok(Math.hypot(dx, dy) >= n.radius - 0.5, `${where}: "${b.text}" covers node ${n.key}`);
    }
}

const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
] as const;

/** One ECT with 25 supporters, each with a 60-character name (one with a right-to-left override), 1–4 kinds. */
function crowdedMap(): { people: string; links: string } {
  const kinds = ["organisational_literacy", "behaviour", "pedagogy", "psychosocial"];
  const firsts = ["Alexandra", "Bartholomew", "Christabel", "Demetrius", "Evangeline"];
  const people = [
    "id,name,kind,is_ect,role_title,school",
    "E1,Morgan Ellison-Whitfield,person,true,Teacher (ECT),Long Names Academy",
  ];
  const links = ["link_id,from_id,to_id,support_types,assesses,formality"];
  for (let i = 1; i <= 25; i++) {
    const base = `${firsts[i % 5]} ${i} ${i === 7 ? "\u202Egnp.exe " : ""}Montgomery-Featherstonehaugh-Abernathy-Wolfeschlegel`;
    const name = base.padEnd(60, "x").slice(0, 60);
    people.push(`S${i},"${name}",person,false,Teacher,Long Names Academy`);
    const given = kinds.filter((_k, k) => ((i % 15) + 1) & (1 << k));
    links.push(`L${i},S${i},E1,${given.join(";")},${i % 6 === 0},${i % 2 ? "formal" : "informal"}`);
  }
  return { people: people.join("\n") + "\n", links: links.join("\n") + "\n" };
}

/** One ECT with 11 supporters: long names, accents, a title or two, one to four kinds each. */
function longNamesMap(): { people: string; links: string; names: string[] } {
  const names = [
    "Dr Margaret Featherstonehaugh-Wright",
    "Zoë Ó Briain",
    "Siobhán Ní Dhomhnaill-Fitzgerald",
    "Mr Bartholomew Cholmondeley-Warner",
    "José María García-Hernández",
    "Li Wei",
    "Professor Anneliese Oberhausen-Kowalczyk",
    "Kwame Mensah-Bonsu",
    "Ælfgifu Þórðardóttir",
    "Jo Ng",
    "Dr Chidimma Okonkwo-Adeyemi",
  ];
  const kinds = ["organisational_literacy", "behaviour", "pedagogy", "psychosocial"];
  const people = [
    "id,name,kind,is_ect,role_title,school",
    "E1,Zoë Ó Briain-Featherstone,person,true,Teacher (ECT),Ashcombe",
  ];
  const links = ["link_id,from_id,to_id,support_types,assesses,formality"];
  names.forEach((n, i) => {
    people.push(`S${i},"${n}",person,false,Teacher,Ashcombe`);
    const given = kinds.filter((_k, k) => (((i * 5) % 15) + 1) & (1 << k));
    links.push(`L${i},S${i},E1,${given.join(";")},${i % 4 === 0},${i % 2 ? "formal" : "informal"}`);
  });
  return { people: people.join("\n") + "\n", links: links.join("\n") + "\n", names };
}

/** A people and a links file imported on a fresh page, its one ECT's constellation drawn. */
async function openMap(vp: { width: number; height: number }, map: { people: string; links: string }, ect: string) {
  const opened = await open("", vp);
  await importInPage(opened.page, [
    { name: "people.csv", mimeType: "text/csv", buffer: Buffer.from(map.people) },
    { name: "links.csv", mimeType: "text/csv", buffer: Buffer.from(map.links) },
  ]);
  await opened.page.waitForFunction((title) => document.querySelector(".ect-title")?.textContent === title, ect);
  await opened.page.waitForTimeout(300);
  return opened;
}

async function chooseEct(page: Page, name: string) {
  await page.getByRole("button", { name: new RegExp(`^${name}`) }).click();
  await page.waitForFunction((n) => document.querySelector(".ect-title")?.textContent === n, name);
}

describe("constellation view", () => {
  app = useApp();

  it("loads the sample with no console errors, draws the canvas and requests nothing off the origin", async () => {
    const { page, watch } = await open();
    await page.waitForTimeout(800);
    const canvas = page.getByTestId("constellation-canvas");
    const png = await canvas.screenshot({ path: join(SHOTS, "graph.png") });
    // A blank canvas compresses to almost nothing; a drawn constellation does not.
    assert.ok(png.length > 15_000, `canvas screenshot is ${png.length} bytes`);
    await page.screenshot({ path: join(SHOTS, "constellation.png"), fullPage: true });
    assert.deepEqual(watch.errors, []);
    assert.deepEqual(watch.offOrigin, []);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    assert.match(csp ?? "", /default-src 'self'/);
    assert.match(csp ?? "", /connect-src 'self'/);
    await page.context().close();
  });

  it("draws each person once, with labels that neither overlap nor leave the canvas, on every screen", async () => {
    for (const vp of VIEWPORTS) {
      const { page, watch } = await open("", vp);
      await chooseEct(page, "Callum Reid");
      await page.waitForTimeout(300);
      const d = await drawn(page);
      // Dr Anthony Clarke gives Callum four kinds: one node (his id), one label.
      assert.equal(new Set(d.keys).size, d.keys.length, "node keys are unique");
      assert.equal(d.keys.filter((k) => k === "P10").length, 1);
      const rows = await page.locator("#constellation-table tbody th button").allInnerTexts();
      assert.equal(new Set(rows).size, rows.length, "the table lists each person once");
      assert.ok(d.keys.length >= rows.length + 1, "every supporter in the table is a node");
      const clarke = page.locator("#constellation-table tbody tr", { hasText: "Dr Anthony Clarke" });
      assert.equal(await clarke.count(), 1);
      assert.equal(await clarke.locator(".type-mark").count(), 4, "his four letters are in the table");
      if (vp.width > 1000)
        assert.equal(d.boxes.filter((b) => b.text === "Dr Anthony Clarke").length, 1, "named once, in full");
      assert.ok(
        d.boxes.some((b) => b.text === "Callum Reid"),
        "the ECT is named",
      );
      assertLabelsTidy(d, `Callum Reid at ${vp.width}×${vp.height}`);
      await page.screenshot({ path: join(SHOTS, `constellation-${vp.width}x${vp.height}.png`) });
      await page.getByTestId("constellation-canvas").screenshot({ path: join(SHOTS, `graph-${vp.width}.png`) });
      assert.deepEqual(watch.errors, []);
      await page.context().close();
    }
  });

  it("keeps 25 supporters with 60-character names tidy, and the PNG draws the same picture", async () => {
    const map = crowdedMap();
    for (const vp of VIEWPORTS) {
      const { page, watch } = await openMap(vp, map, "Morgan Ellison-Whitfield");
      const d = await drawn(page);
      assert.equal(d.keys.length, 26, "the ECT and 25 supporters, one node each");
      assertLabelsTidy(d, `25 supporters at ${vp.width}×${vp.height}`);
      // Most people keep a label (shortened if need be); the rest are named on hover and in the table.
      assert.ok(d.boxes.length >= (vp.width > 1000 ? 26 : 12), `${d.boxes.length} labels drawn`);
      // Anyone left unnamed is counted in a note on the drawing: no one is left off silently.
      const named = new Set(d.boxes.map((b) => b.key));
      const unnamed = d.keys.filter((k) => !named.has(k)).length;
      const note = d.boxes.find((b) => b.key === "note:unnamed");
      if (unnamed > 0)
        assert.match(
          note?.text ?? "",
          new RegExp(`^(${unnamed} more (person|people), named in the table|\\+${unnamed} in the table)$`),
        );
      else assert.equal(note, undefined);
      const rlo = d.boxes.find((b) => b.key === "S7");
      if (rlo) assert.match(rlo.text, /⟨RLO⟩|…$/);
      assert.ok(!d.boxes.some((b) => /[\u202A-\u202E\u2066-\u2069]/.test(b.text)), "no bidi control is drawn raw");
      await page.getByTestId("constellation-canvas").scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `crowded-${vp.width}x${vp.height}.png`) });
      if (vp.width === 1366) {
        await openMenu(page, "Share and print");
        const [download] = await Promise.all([
          page.waitForEvent("download"),
          page.getByRole("button", { name: "Download PNG" }).click(),
        ]);
        await download.saveAs(join(SHOTS, "export-crowded.png"));
      }
      assert.deepEqual(watch.errors, []);
      await page.context().close();
    }
  });

  it("names each of 11 supporters with long or accented names, none over a node, on every screen", async () => {
    const map = longNamesMap();
    for (const vp of VIEWPORTS) {
      const { page, watch } = await openMap(vp, map, "Zoë Ó Briain-Featherstone");
      const d = await drawn(page);
      assertLabelsTidy(d, `11 long names at ${vp.width}×${vp.height}`);
      // Everyone keeps a label: whole, shortened with an ellipsis, or as initials (the table has the rest).
      const labelled = new Set(d.boxes.map((b) => b.key));
      assert.deepEqual(
        d.keys.filter((k) => !labelled.has(k)),
        [],
        `every person has a label (${d.boxes.map((b) => b.text).join(", ")})`,
      );
      if (vp.width > 1000)
        assert.ok(
          d.boxes.some((b) => b.text === "Zoë Ó Briain"),
          "a short accented name in full",
        );
      await page.getByTestId("constellation-canvas").scrollIntoViewIfNeeded();
      await page.getByTestId("constellation-canvas").screenshot({ path: join(SHOTS, `long-names-${vp.width}.png`) });
      assert.deepEqual(watch.errors, []);
      await page.context().close();
    }
  });

  it("shows tiles and flags that match the CLI's analysis of the same files", async () => {
    const a = cliAnalysis();
    const { page } = await open();
    for (const name of ["Zofia Nowak", "Callum Reid", "Priya Sharma", "Tom Gallagher"]) {
      await chooseEct(page, name);
      const ect = a.ects.find((e) => e.name === name)!;
      for (const t of ["organisational_literacy", "behaviour", "pedagogy", "psychosocial"] as const) {
        const state = await page.locator(`.tile[data-type="${t}"] .tile-state`).innerText();
        const n = ect.coverage[t] ?? 0;
        assert.match(
          state,
          n === 0 ? /No one yet/ : n === 1 ? /One source/ : new RegExp(`${n} sources`),
          `${name} ${t}`,
        );
      }
      const shown = await page
        .locator(".flags-section .flag")
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-code")));
      const single = ect.flags.some((f) => f.code === "SINGLE_SUPPORTER");
      const expected = [
        ...new Set(ect.flags.filter((f) => !(single && f.code === "SOLE_SOURCE")).map((f) => f.code)),
      ].sort();
      assert.deepEqual([...new Set(shown)].sort(), expected, name);
    }
    await page.screenshot({ path: join(SHOTS, "tom.png"), fullPage: true });
    await page.context().close();
  });

  it("shows the strengths as chips under the first concern, as the core finds them", async () => {
    const { net, settings } = sampleNetwork();
    const ctx = buildContext(net, settings);
    const { page } = await open();
    await chooseEct(page, "Zofia Nowak");
    const chips = page.locator(".flags-section .strength-chips li");
    await chips.first().waitFor();
    const shown = await chips.allInnerTexts();
    const strengths = strengthsOf(ctx, net.indexOf.get("E05")!);
    assert.ok(
      [strengthChips(strengths, "you"), strengthChips(strengths, "they")].some(
        (c) => JSON.stringify(c) === JSON.stringify(shown),
      ),
      shown.join(" · "),
    );
    // The chips never push the first concern down.
    const flagTop = (await page.locator(".flags-section .flag").first().boundingBox())!.y;
    const chipsTop = (await page.locator(".flags-section .strength-chips").boundingBox())!.y;
    assert.ok(chipsTop > flagTop);
    await page.context().close();
  });

  it("suggests who could fill a gap, never her manager", async () => {
    const { page } = await open();
    await chooseEct(page, "Zofia Nowak");
    const panel = page.getByTestId("suggestions");
    await panel.waitFor();
    const text = await panel.innerText();
    assert.match(text, /Wellbeing and belonging: no one yet/);
    assert.doesNotMatch(text, /Isabel Moreno/);
    await page.context().close();
  });

  it("walks through supporters by keyboard alone and opens their details", async () => {
    const { page } = await open();
    await chooseEct(page, "Priya Sharma");
    // A fresh load (the URL keeps the chosen ECT) so keyboard focus starts at the top of the page.
    await page.reload();
    await page.waitForFunction(() => document.querySelector(".ect-title")?.textContent === "Priya Sharma");
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Skip to the table of supporters");
    await page.keyboard.press("Enter");
    const names: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press("Tab");
      names.push((await page.evaluate(() => document.activeElement?.textContent)) ?? "");
      assert.equal(await page.locator("tr.row-focus").count(), 1, "the focused supporter's row is highlighted");
    }
    assert.deepEqual(names, [
      "Kirsty MacLeod",
      "Dr Sarah Bennett",
      "Owen Price",
      "Linda Marsh",
      "Dev Mistry",
      "Trust ECT peer network (half-termly)",
    ]);
    await page.keyboard.press("Enter");
    await page.waitForSelector(".details");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "details-h");
    assert.match(await page.locator(".details").innerText(), /Peer group/);
    await page.screenshot({ path: join(SHOTS, "keyboard.png"), fullPage: true });
    await page.context().close();
  });

  it("downloads a valid PNG of the constellation", async () => {
    const { page } = await open();
    await page.waitForTimeout(500);
    await openMenu(page, "Share and print");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download PNG" }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^mosaic-.*-2025-03-14\.png$/);
    const path = join(SHOTS, "export.png");
    await download.saveAs(path);
    const bytes = readFileSync(path);
    assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.ok(bytes.length > 20_000);
    // The headline sentence is drawn above the graph, in a band with the page's accent bar.
    const said = await page.getByTestId("headline").getAttribute("data-kind");
    const accent = await page.evaluate(
      async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        const c = document.createElement("canvas");
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext("2d");
        if (!ctx) return [];
        ctx.drawImage(img, 0, 0);
        return [...ctx.getImageData(34, 84, 1, 1).data.slice(0, 3)];
      },
      `data:image/png;base64,${bytes.toString("base64")}`,
    );
    const expected = { concern: [0x8a, 0x53, 0x00], strength: [0x1b, 0x7a, 0x5a], empty: [0x2f, 0x4f, 0x7f] };
    assert.ok(said === "concern" || said === "strength" || said === "empty", `headline kind ${said}`);
    assert.deepEqual(accent, expected[said], "the headline's accent bar is in the PNG");
    await page.context().close();
  });

  it("offers Download PNG from the constellation at both sizes, and names no one in share mode", async () => {
    for (const vp of [
      { width: 1366, height: 768 },
      { width: 390, height: 844 },
    ]) {
      const { page, watch } = await open("?share=1", vp);
      await openMenu(page, "Share and print");
      const png = page.getByRole("button", { name: "Download PNG" });
      // Enabled once the picture is drawn: the view offers its download, the toolbar only calls it.
      await page.waitForFunction(() =>
        [...document.querySelectorAll("button")].some((b) => b.textContent === "Download PNG" && !b.disabled),
      );
      await page.screenshot({ path: join(SHOTS, `png-menu-${vp.width}x${vp.height}.png`) });
      const [download] = await Promise.all([page.waitForEvent("download"), png.click()]);
      assert.equal(download.suggestedFilename(), "mosaic-ect-2025-03-14.png");
      await download.saveAs(join(SHOTS, `export-share-${vp.width}.png`));
      assert.deepEqual(watch.errors, []);
      await page.context().close();
    }
    // Another tab has no picture: the menu stays, holding what the tab can print or send.
    for (const vp of [
      { width: 1366, height: 768 },
      { width: 390, height: 844 },
    ]) {
      const { page } = await openApp(app.browser, app.url, "?view=lead", '[data-testid="ect-table"] tr[data-ect]', vp);
      await openMenu(page, "Share and print");
      assert.equal(await page.getByRole("button", { name: "Download PNG" }).count(), 0);
      const print = page.locator(".dropdown-panel").getByRole("button", { name: "Print network summary" });
      assert.equal(await print.isEnabled(), true);
      await page.getByRole("button", { name: "People and links (CSV)" }).waitFor();
      await page.screenshot({ path: join(SHOTS, `share-menu-lead-${vp.width}.png`) });
      await page.context().close();
    }
  });

  it("hides names on screen with stable codes", async () => {
    const { page } = await open("?names=hidden");
    const title = await page.locator(".ect-title").innerText();
    assert.match(title, /^ECT \d+$/);
    const tiles = await page.locator(".tiles").innerText();
    assert.doesNotMatch(tiles, /Clarke|Bennett|Moreno|Summers/);
    assert.match(tiles, /Supporter \d+/);
    await page.screenshot({ path: join(SHOTS, "hidden-names.png"), fullPage: true });
    await page.context().close();
  });

  it("prints Callum Reid on one A4 page: picture made beforehand, first flags, no controls", async () => {
    const { page } = await open("", { width: 1366, height: 768 });
    assert.match(await page.locator(".ect-title").innerText(), /Callum Reid/);
    assert.match(await page.locator("#flags-h").innerText(), /\(15\)/);
    // The picture is made ahead of any print: nothing here has asked to print yet.
    await page.waitForSelector("img.print-image", { state: "attached" });
    await page.emulateMedia({ media: "print" });
    for (const hidden of [".toolbar", ".tabs", '[data-testid="suggestions"]', ".more-flags", ".table-section"])
      assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} does not print`);
    assert.equal(await page.locator("main button:visible").count(), 0, "no button prints");
    assert.equal(await page.locator(".tiles").isVisible(), true);
    assert.equal(await page.locator("img.print-image").isVisible(), true);
    assert.equal(await page.locator(".flags-section .flag:visible").count(), 3);
    assert.equal(await page.locator(".more-in-mosaic").innerText(), "and 12 more things to look at in Mosaic");
    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
    assert.equal(pages.length, 1, "one A4 page");
    // A4 less 12 mm margins at 96 dpi: what the sheet shows.
    await page.setViewportSize({ width: 703, height: 1032 });
    await page.screenshot({ path: join(SHOTS, "print.png"), fullPage: true });
    await page.context().close();
  });

  it("makes the print picture again, a moment after the wording changes", async () => {
    const { page } = await open();
    await page.waitForSelector("img.print-image", { state: "attached" });
    const before = await page.locator("img.print-image").getAttribute("src");
    await openMenu(page, "View");
    await page.getByLabel("Wording").selectOption("they");
    // An image made for the old wording is never shown, and a new one follows without a print.
    await page.waitForFunction((old) => {
      const src = document.querySelector("img.print-image")?.getAttribute("src");
      return src !== undefined && src !== null && src !== old;
    }, before);
    await page.context().close();
  });

  it("finds no serious or critical accessibility violations (axe-core)", async () => {
    const { page } = await open("", { bypassCSP: true });
    await page.addScriptTag({ content: readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8") });
    const results = await page.evaluate(async () => {
      const r = await (
        window as unknown as {
          axe: { run: (o?: unknown) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
        }
      ).axe.run();
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, count: v.nodes.length }));
    });
    const serious = results.filter((v) => v.impact === "serious" || v.impact === "critical");
    assert.deepEqual(serious, [], JSON.stringify(results));
    await page.context().close();
  });
});

describe("without WebGL", () => {
  it("says why the graph is missing and still shows tiles, flags and the table", async () => {
    const srv = await serveDist();
    const b = await launch(["--disable-3d-apis"]);
    try {
      const page = await b.newPage({ viewport: { width: 1400, height: 1000 } });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(srv.url);
      await page.waitForSelector(".tiles");
      assert.match(await page.locator(".no-webgl").innerText(), /WebGL/);
      assert.ok((await page.locator(".flags-section .flag").count()) > 0);
      assert.ok((await page.locator("table.data tbody tr").count()) > 0);
      assert.deepEqual(errors, []);
      await page.screenshot({ path: join(SHOTS, "no-webgl.png"), fullPage: true });
    } finally {
      await b.close();
      await srv.close();
    }
  });
});
