/**
 * End to end: the page layout at three screen sizes. Every tab on the sample, then on a file with
 * hostile names (5,000 characters without a break, a right-to-left override): nothing scrolls
 * sideways on a phone, the headline and the first thing to look at fit a laptop's first screen,
 * and axe-core finds nothing on any tab.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { ROOT, importInPage, openApp, openMenu, useApp } from "./browser.ts";

const SHOTS = join(ROOT, "tests", "e2e", "screenshots");
mkdirSync(SHOTS, { recursive: true });

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
] as const;

/** The tabs of App.tsx: the button's name and what shows once the tab has drawn. */
const TABS = [
  { id: "ect", button: /^ECT constellation/, ready: ".tiles" },
  { id: "overview", button: /^Mentor lead overview/, ready: ".lead" },
  { id: "plan", button: /^Planning/, ready: '[data-testid="network-report"] .counts' },
] as const;

const LONG = `Bartholomew${"x".repeat(4_989)}`;
const RTL = "Sam \u202Egnp.exe";

/** A people and a links file with a 5,000-character unbroken name and a right-to-left override name. */
function hostileFiles(): string[] {
  const dir = mkdtempSync(join(tmpdir(), "mosaic-hostile-"));
  const people = [
    "id,name,kind,is_ect,role_title,school,department",
    `E1,${LONG},person,true,Teacher (ECT),${LONG},${LONG}`,
    `E2,${RTL},person,true,Teacher (ECT),Hill School,Maths`,
    `P1,${LONG}2,person,false,Mentor,Hill School,Maths`,
    `P2,${RTL}2,person,false,Head of year,Hill School,Maths`,
  ].join("\n");
  const links = [
    "link_id,from_id,to_id,support_types,assesses,formality",
    "L1,P1,E1,pedagogy;behaviour,true,formal",
    "L2,P2,E1,psychosocial,false,informal",
    "L3,P2,E2,pedagogy;psychosocial,false,formal",
    "L4,P1,E2,organisational_literacy,true,formal",
  ].join("\n");
  writeFileSync(join(dir, "people.csv"), people);
  writeFileSync(join(dir, "links.csv"), links);
  return [join(dir, "people.csv"), join(dir, "links.csv")];
}

async function showTab(page: Page, tab: (typeof TABS)[number]) {
  await page.getByRole("button", { name: tab.button }).click();
  await page.locator(tab.ready).first().waitFor();
  // Let the graphs draw and the layout settle.
  await page.waitForTimeout(600);
}

const pageWidth = (page: Page) =>
  page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: innerWidth }));

async function axeViolations(page: Page) {
  await page.addScriptTag({ content: readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8") });
  return page.evaluate(async () => {
    const r = await (
      window as unknown as {
        axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }> };
      }
    ).axe.run();
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, where: v.nodes.slice(0, 3).map((n) => n.target) }));
  });
}

/**
 * Every visible control whose target is under 44 × 44 px (WCAG 2.5.5), as "where: what w×h". A checkbox's
 * or radio's target is its label. Left out, as WCAG allows: a link inside a sentence (it keeps its line),
 * the skip link while it waits off screen, and a file input drawn as its label (.file-button is measured).
 */
async function smallTargets(page: Page, where: string): Promise<string[]> {
  const found = await page.evaluate(() => {
    const selector = [
      "button",
      "a[href]",
      "summary",
      "select",
      ".file-button",
      'input:not([type="checkbox"]):not([type="radio"]):not([type="file"]):not([type="hidden"])',
      'label:has(> input[type="checkbox"])',
      'label:has(> input[type="radio"])',
    ].join(", ");
    const small: string[] = [];
    const pageWidth = document.documentElement.scrollWidth;
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || r.right <= 0 || r.left >= pageWidth) continue;
      const inSentence =
        el instanceof HTMLAnchorElement &&
        getComputedStyle(el).display === "inline" &&
        (el.parentElement?.textContent ?? "").trim().length > (el.textContent ?? "").trim().length + 3;
      if (inSentence) continue;
      if (r.width < 44 || r.height < 44) {
        const words = (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().replace(/\s+/g, " ");
        small.push(
          `${el.tagName.toLowerCase()} "${words.slice(0, 40)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
      }
    }
    return small;
  });
  return found.map((f) => `${where}: ${f}`);
}

describe("touch targets on a phone", () => {
  const app = useApp();

  it("gives every visible control a 44 × 44 px target at 390 × 844, on every tab and in every toolbar menu", async () => {
    const { page, watch } = await openApp(app.browser, app.url, "", ".tiles", { width: 390, height: 844, touch: true });
    const small: string[] = [];
    for (const tab of TABS) {
      await showTab(page, tab);
      small.push(...(await smallTargets(page, tab.id)));
      for (const menu of ["Data", "View", "Share and print"]) {
        await openMenu(page, menu);
        if (menu === "Data") await page.getByText("Export and backup", { exact: true }).click();
        small.push(...(await smallTargets(page, `${tab.id}, ${menu}`)));
        await page.screenshot({ path: join(SHOTS, `touch-${tab.id}-${menu.replace(/ /g, "-")}-390.png`) });
        await page.keyboard.press("Escape");
      }
      await page.screenshot({ path: join(SHOTS, `touch-${tab.id}-390-full.png`), fullPage: true });
    }
    assert.deepEqual(small, []);
    assert.deepEqual(watch.errors, []);
    await page.context().close();
  });
});

describe("layout at three screen sizes", () => {
  const app = useApp();

  for (const size of SIZES) {
    it(`shows every tab of the sample within ${size.width} px`, async () => {
      const { page, watch } = await openApp(app.browser, app.url, "", ".tiles", { ...size, bypassCSP: true });
      // Problems are gathered so every tab is visited (and photographed) before the test fails.
      const problems: string[] = [];
      const check = (ok: boolean, problem: string) => {
        if (!ok) problems.push(problem);
      };
      // The header is the same height on every tab, so the page does not jump when switching.
      const headerHeights = new Map<string, number>();
      for (const tab of TABS) {
        await showTab(page, tab);
        headerHeights.set(tab.id, Math.round((await page.locator("header.top").boundingBox())?.height ?? 0));
        await page.screenshot({ path: join(SHOTS, `layout-${tab.id}-${size.width}.png`) });
        if (size.width === 390)
          await page.screenshot({ path: join(SHOTS, `layout-${tab.id}-${size.width}-full.png`), fullPage: true });
        const w = await pageWidth(page);
        check(w.scroll <= w.inner, `${tab.id} at ${size.width} px is ${w.scroll} px wide`);
        if (tab.id === "ect") {
          const head = await page.getByTestId("headline").boundingBox();
          const graph = await page.locator(".graph-panel").boundingBox();
          if (!head || !graph) problems.push("the headline or the graph is missing");
          else {
            check(head.y + head.height <= graph.y + 1, "the headline sits above the graph");
            check(
              head.y >= 0 && head.y + head.height <= size.height,
              `the headline ends at ${head.y + head.height} px`,
            );
          }
          if (size.width >= 1366) {
            const first = await page
              .locator(".flags-section .flags > li, .flags-section .strength")
              .first()
              .boundingBox();
            if (!first) problems.push("no first thing to look at");
            else check(first.y < size.height, `the first thing to look at starts at ${first.y} px`);
          }
        }
        if (size.width === 1366) {
          const violations = await axeViolations(page);
          check(violations.length === 0, `axe on ${tab.id}: ${JSON.stringify(violations)}`);
        }
      }
      check(
        new Set(headerHeights.values()).size === 1,
        `the header's height differs between tabs at ${size.width} px: ${JSON.stringify([...headerHeights])}`,
      );
      assert.deepEqual(problems, []);
      assert.deepEqual(watch.errors, []);
      await page.context().close();
    });
  }

  // Between phone and laptop the toolbar differs between tabs; the header around it must not.
  for (const size of [
    { width: 700, height: 800 },
    { width: 900, height: 800 },
  ]) {
    it(`draws the same header on every tab at ${size.width} px`, async () => {
      const { page, watch } = await openApp(app.browser, app.url, "", ".tiles", size);
      const shapes = new Map<string, unknown>();
      for (const tab of TABS) {
        await showTab(page, tab);
        shapes.set(
          tab.id,
          // One list of selectors, read in the page (a named helper inside evaluate breaks under tsx).
          await page.evaluate(
            (sels) =>
              sels.map((sel) => {
                const r = document.querySelector(sel)?.getBoundingClientRect();
                return r ? [sel, Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)] : [sel];
              }),
            ["header.top", ".brand", ".brand-head", ".brand-source", ".top > .tabs"],
          ),
        );
        await page.screenshot({
          path: join(SHOTS, `layout-header-${tab.id}-${size.width}.png`),
          clip: { x: 0, y: 0, ...size, height: 160 },
        });
        const w = await pageWidth(page);
        assert.ok(w.scroll <= w.inner, `${tab.id} at ${size.width} px is ${w.scroll} px wide`);
      }
      const [first, ...rest] = [...shapes.values()];
      for (const [id, shape] of shapes) assert.deepEqual(shape, first, `the header on ${id} at ${size.width} px`);
      assert.equal(rest.length, TABS.length - 1);
      // The name and its links stay on one row at 900 px.
      if (size.width === 900) {
        const row = await page.locator(".brand-head").evaluate((el) => el.getBoundingClientRect().height);
        const h1 = await page.locator(".brand-head h1").evaluate((el) => el.getBoundingClientRect().height);
        assert.ok(row <= h1 + 2, `the name row is ${row} px tall, the name ${h1} px`);
      }
      assert.deepEqual(watch.errors, []);
      await page.context().close();
    });
  }

  it("keeps every tab within the screen with hostile names", async () => {
    const problems: string[] = [];
    for (const size of [SIZES[2], SIZES[0]]) {
      const { page } = await openApp(app.browser, app.url, "", ".tiles", size);
      await importInPage(page, hostileFiles());
      await page.getByTestId("import-report").waitFor();
      // The import closes its panel: the pictures show the tabs themselves.
      await page.getByRole("button", { name: "Undo this import" }).waitFor();
      assert.equal(await page.getByRole("heading", { name: "Import files" }).count(), 0);
      for (const tab of TABS) {
        await showTab(page, tab);
        await page.screenshot({ path: join(SHOTS, `layout-hostile-${tab.id}-${size.width}.png`) });
        const w = await pageWidth(page);
        if (w.scroll > w.inner)
          problems.push(`${tab.id} at ${size.width} px with hostile names is ${w.scroll} px wide`);
      }
      // The right-to-left override stays inside the name: the text after it keeps its order.
      await page.getByRole("button", { name: /^ECT constellation/ }).click();
      const isolated = await page.evaluate(() =>
        [...document.querySelectorAll("bdi, [data-name]")].some((el) => el.textContent?.includes("\u202E")),
      );
      assert.ok(isolated, "the override name is shown inside an isolating element");
      await page.context().close();
    }
    assert.deepEqual(problems, []);
  });
});
