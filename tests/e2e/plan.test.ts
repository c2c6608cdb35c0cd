/** End to end: planning (draft plan, plan vs today, snapshots, settings, network summary) in real Chromium. */
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { ROOT, openApp, useApp, openMenu, recordAnnouncements } from "./browser.ts";

const SHOTS = join(ROOT, "tests", "e2e", "screenshots");
mkdirSync(SHOTS, { recursive: true });
const AUTUMN = join(ROOT, "data", "sample", "autumn");

let app: { readonly browser: Browser; readonly url: string };

async function open(query: string, ready: string): Promise<{ page: Page; problems: () => string[] }> {
  const { page, watch } = await openApp(app.browser, app.url, query, ready, { height: 1200 });
  return { page, problems: () => [...watch.errors, ...watch.offOrigin] };
}

/** The "today" and "with the plan" cells of one row of the comparison. */
async function compareRow(page: Page, measure: string): Promise<[string, string]> {
  const cells = page.locator(`[data-testid="plan-compare"] tr[data-measure="${measure}"] td`);
  return [await cells.nth(0).innerText(), await cells.nth(1).innerText()];
}

describe("planning", () => {
  app = useApp();

  it("takes two suggestions into a plan, closes a gap, raises a load and exports the plan", async () => {
    // Zofia Nowak is the fifth person in the sample: key 4.
    const { page, problems } = await open("?ect=4", '[data-testid="suggestions"]');
    const suggestions = page.getByTestId("suggestions");
    await suggestions
      .getByRole("button", { name: /^Add to draft plan: .* for wellbeing and belonging$/ })
      .first()
      .click();
    // The second person for behaviour: the first is the one just added for wellbeing, and one
    // person's two kinds would make one proposal.
    await suggestions
      .getByRole("button", { name: /^Add to draft plan: .* for behaviour$/ })
      .nth(1)
      .click();
    assert.equal(await suggestions.getByText("In the draft plan.").count(), 2);
    await page.getByRole("button", { name: "Planning (2)" }).click();
    const rows = page.locator('[data-testid="plan-table"] tbody tr');
    await rows.nth(1).waitFor();
    assert.equal(await rows.count(), 2);
    await page.locator('[data-testid="plan-compare"] tr[data-measure="gaps"]').waitFor();
    assert.deepEqual(await compareRow(page, "gaps"), ["1", "0 (down 1)"]);
    // Each proposal shows a short headline, with the full reasons a click away.
    const why = rows.first().locator("details.reasons");
    assert.equal(await why.locator("li").first().isVisible(), false);
    await why.locator("summary").click();
    assert.match(await why.innerText(), /covers wellbeing, where this ECT has no one yet/);
    const loads = await page
      .locator('[data-testid="plan-load"] tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll("td")].slice(0, 2).map((td) => Number.parseInt(td.textContent ?? ""))),
      );
    assert.equal(loads.length, 2, "both supporters take on Zofia");
    assert.ok(
      loads.every(([before, after]) => after! === before! + 1),
      `loads rise by one: ${JSON.stringify(loads)}`,
    );
    assert.match(await page.getByTestId("plan-ects").innerText(), /Zofia Nowak.*no one for wellbeing.*no gaps/s);
    assert.match(await page.getByTestId("report-plan").innerText(), /2 proposed links: gaps 1 today, 0 with the plan/);
    // Zofia would rather not have the wellbeing link: it stays in the plan, out of the comparison.
    const wellbeingRow = rows.filter({ hasText: "wellbeing" }).first();
    await wellbeingRow.getByRole("combobox").selectOption("rather_not");
    await page.waitForFunction(() =>
      /^1\b/.test(
        document.querySelectorAll('[data-testid="plan-compare"] tr[data-measure="gaps"] td')[1]?.textContent ?? "",
      ),
    );
    assert.equal(await rows.count(), 2);
    await wellbeingRow.getByRole("combobox").selectOption("agrees");
    await page.waitForFunction(() =>
      /^0/.test(
        document.querySelectorAll('[data-testid="plan-compare"] tr[data-measure="gaps"] td')[1]?.textContent ?? "",
      ),
    );
    await page.screenshot({ path: join(SHOTS, "plan-draft.png"), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download plan (CSV)" }).click(),
    ]);
    const csv = readFileSync(await download.path(), "utf8");
    const lines = csv.trim().split(/\r?\n/);
    assert.equal(lines.length, 3, "a header and the two proposed links");
    assert.match(lines[0]!, /^\uFEFF?link_id,from_id,from_name,to_id,to_name,support_types/);
    assert.ok(
      lines.slice(1).every((l) => /,E05,Zofia Nowak,/.test(l)),
      "names beside ids",
    );
    assert.ok(lines.slice(1).every((l) => /,E05,/.test(l) && /mentor_brokered/.test(l)));
    assert.ok(
      lines.slice(1).some((l) => /,true,"?Proposed: /.test(l)),
      "Zofia's answer as agreement_in_place",
    );
    assert.deepEqual(problems(), []);
    await page.context().close();
  });

  it("proposes a plan for the whole trust and keeps it to the rules", async () => {
    const { page, problems } = await open("?view=plan", '[data-testid="draft-plan"]');
    await page.getByRole("button", { name: "Propose a plan" }).click();
    const outcome = page.getByTestId("plan-outcome");
    await outcome.waitFor();
    assert.match(await outcome.innerText(), /Proposed 1 link, covering the 1 gap\./);
    await page.getByLabel("also add a second source where there is only one").check();
    await page.getByRole("button", { name: "Propose a plan" }).click();
    await page.waitForFunction(() =>
      /single sources/.test(document.querySelector('[data-testid="plan-outcome"]')?.textContent ?? ""),
    );
    // Counted as the lists count them: Tom's kinds through one person are one, not one per kind.
    const said =
      /; a second source for 1 of 1 ECT with all their support through one person, and for (\d+) of today's (\d+) other single sources/.exec(
        await outcome.innerText(),
      );
    assert.ok(said, "the sentence counts today's single sources");
    const [today, withPlan] = await compareRow(page, "singleSources");
    assert.ok(Number.parseInt(withPlan) < Number.parseInt(today), `single sources ${today} → ${withPlan}`);
    // The sentence and the table count the same single sources today; what the table has with the
    // plan beyond those left over is said to be new, under it.
    const [covered, todays] = [Number(said[1]), Number(said[2])];
    assert.equal(Number.parseInt(today), todays);
    const left = todays - covered;
    const fresh = Number.parseInt(withPlan) - left;
    if (fresh > 0)
      assert.match(
        await page.getByTestId("other-singles-note").innerText(),
        new RegExp(
          `^With the plan, ${left} of today's ${todays} other single sources still \\w+ only one source; ${fresh} (is|are) new: `,
        ),
      );
    else assert.equal(await page.getByTestId("other-singles-note").count(), 0);
    for (const [width, height] of [
      [1366, 768],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await outcome.scrollIntoViewIfNeeded();
      await outcome.screenshot({ path: join(SHOTS, `plan-outcome-${width}.png`) });
      await page.getByTestId("plan-compare").locator("table").first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `plan-compare-singles-${width}.png`) });
    }
    await page.setViewportSize({ width: 1400, height: 1000 });
    const [, keystones] = await compareRow(page, "keystones");
    assert.match(keystones, /^[01]\b/, "no new keystones");
    // Capacity as the overview says it: Gareth Hughes has 30 minutes a month, 15 of them given.
    const gareth = page.locator('[data-testid="plan-load"] tbody tr').filter({ hasText: "Gareth Hughes" });
    assert.match(await gareth.innerText(), /15 of 30 min.*30 min a month/s);
    // Tom's single sources fold under "All support through one person", in the count and the list.
    assert.deepEqual((await compareRow(page, "singleSupporterEcts"))[0], "1");
    const cleared = await page.getByTestId("plan-compare").innerText();
    assert.match(cleared, /All support through one person \(Tom Gallagher\).*They are the only source of/);
    assert.doesNotMatch(cleared, /One source for [^\n]*\(Tom Gallagher\)/);
    await page.screenshot({ path: join(SHOTS, "plan-second-sources.png"), fullPage: true });
    // Printed: where the data is from and its date, answers as words, reasons and the rest of the flags open.
    await page.evaluate(() => (document.body.dataset.print = "plan"));
    await page.emulateMedia({ media: "print" });
    assert.match(await page.getByTestId("plan-source").innerText(), /as of /);
    const firstRow = page.locator('[data-testid="plan-table"] tbody tr').first();
    assert.equal(await firstRow.getByRole("combobox").isVisible(), false);
    assert.match(await firstRow.innerText(), /not asked yet/);
    assert.match(await firstRow.innerText(), /Why:[\s\S]*not in the ECT's line management/);
    assert.doesNotMatch(await page.getByTestId("plan-compare").innerText(), /and \d+ more/);
    await page.screenshot({ path: join(SHOTS, "plan-print.png"), fullPage: true });
    await page.emulateMedia({ media: "screen" });
    await page.evaluate(() => delete document.body.dataset.print);
    await page.getByRole("button", { name: "Clear plan" }).click();
    await page.getByText("The plan is empty.").waitFor();
    assert.deepEqual(problems(), []);
    await page.context().close();
  });

  it("compares the autumn and spring snapshots of the sample", async () => {
    const { page, problems } = await open("?view=plan", '[data-testid="change-over-time"]');
    await page.getByRole("button", { name: "Add what is loaded now as a snapshot" }).click();
    await page.locator('[data-testid="timeline"] tbody tr').first().waitFor();
    await page
      .getByTestId("snapshot-files")
      .setInputFiles(["people.csv", "links.csv", "settings.json"].map((f) => join(AUTUMN, f)));
    await page.getByPlaceholder("e.g. Autumn term").fill("Autumn term");
    await page.getByRole("button", { name: "Add snapshot", exact: true }).click();
    await page.locator('[data-testid="timeline"] tbody tr').nth(1).waitFor();
    const timeline = await page.getByTestId("timeline").innerText();
    assert.match(timeline, /Autumn term\s+2024-11-15/);
    assert.ok(timeline.indexOf("Autumn term") < timeline.indexOf("2025-03-14"), "oldest first");
    const diff = page.getByTestId("snapshot-diff");
    await diff.waitFor();
    const text = await diff.innerText();
    assert.match(text, /From 2024-11-15 to 2025-03-14/);
    assert.match(text, /Ties lost \(2\)/);
    assert.match(text, /Ruth Okonkwo → Zofia Nowak: wellbeing/);
    assert.match(text, /Zofia Nowak: 4 → 3 kinds covered; no one now for wellbeing/);
    assert.match(text, /Holly Whitfield joined/);
    assert.match(text, /Callum Reid and Dr Anthony Clarke: 56 days since contact \(new since the earlier snapshot\)/);
    await diff.screenshot({ path: join(SHOTS, "plan-snapshots.png") });
    assert.deepEqual(problems(), []);
    await page.context().close();
  });

  it("works the flags out again when a setting changes, and prints a one-page network summary", async () => {
    const { page, problems } = await open("?view=plan", '[data-testid="network-report"] .counts');
    const report = page.getByTestId("network-report");
    assert.match(await report.innerText(), /1\s+keystones/);
    assert.match(await page.getByTestId("report-whatif").innerText(), /Dr Anthony Clarke: 3 new gaps, for 2 ECTs/);
    // Keystones in the one wording the lead's tables use (gaps, never more "kinds of support" than there are).
    assert.match(await report.innerText(), /Dr Anthony Clarke\u2069?: only source for 2\sECTs \(3 gaps if away\)/);
    assert.match(await report.innerText(), /over capacity \(of \d+ people with capacity recorded\)/);
    // Clarke is the only source for two ECTs; with three needed for a network keystone, he is not one.
    await page.getByLabel("ECTs relying on one person alone before they are a network keystone").fill("3");
    await page.getByRole("button", { name: "Apply and work out the flags again" }).click();
    await page.waitForFunction(() =>
      /0\s+keystones/.test(document.querySelector('[data-testid="network-report"]')?.textContent ?? ""),
    );
    assert.equal(await page.getByTestId("report-whatif").count(), 0);
    // Hide names: codes instead of names in the summary.
    await openMenu(page, "View");
    await page.getByLabel("Hide names").check();
    await page.waitForFunction(
      () => !/Megan|Callum|Clarke/.test(document.querySelector('[data-testid="network-report"]')?.textContent ?? ""),
    );
    await page.evaluate(() => (document.body.dataset.print = "summary"));
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.getByTestId("draft-plan").isVisible(), false, "only the summary prints");
    assert.equal(await report.isVisible(), true);
    await page.screenshot({ path: join(SHOTS, "plan-summary-print.png"), fullPage: true });
    assert.deepEqual(problems(), []);
    await page.context().close();
  });

  it("keeps a setting not applied yet across tabs, and after Apply keeps focus and says what changed", async () => {
    const { page, problems } = await open("?view=plan", '[data-testid="network-report"] .counts');
    const said = await recordAnnouncements(page);
    const gaps = async () =>
      Number(
        (await page.locator('[data-testid="network-report"] .counts').innerText()).match(/(\d+)\s+with a gap/)?.[1],
      );
    const before = await gaps();
    const career = page.getByLabel("Count career and next steps towards coverage");
    await career.check();
    // Apply is some 25 settings further down: the top of the form says a change waits for it.
    const unapplied = page.getByTestId("settings-unapplied");
    assert.match(await unapplied.innerText(), /^1 change not applied yet\.\s+Apply$/);
    // Another tab and back: the tick is still there, not silently undone.
    await page.getByRole("button", { name: "Mentor lead overview" }).click();
    await page.getByRole("button", { name: /^Planning/ }).click();
    await page.getByTestId("settings-unapplied").waitFor();
    assert.equal(await career.isChecked(), true);
    await unapplied.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, "plan-settings-unapplied.png") });
    await unapplied.getByRole("button", { name: "Apply" }).click();
    await unapplied.waitFor({ state: "detached" });
    await page.waitForFunction(() => document.activeElement?.id === "settings-h");
    const after = await gaps();
    assert.notEqual(after, before, "counting career changes which ECTs have a gap in the sample");
    await page.waitForFunction(() =>
      /Flags worked out again/.test(
        document.querySelector<HTMLElement>('[data-testid="announcer"]')?.dataset.log ?? "",
      ),
    );
    assert.ok(
      (await said()).includes(`Flags worked out again: ${after} ECTs with a gap, was ${before}.`),
      JSON.stringify(await said()),
    );
    assert.equal(await career.isChecked(), true, "the form shows what is now in force");
    assert.deepEqual(problems(), []);
    await page.context().close();
  });

  it("has no serious or critical accessibility violations on the planning page (axe-core)", async () => {
    const { page, watch } = await openApp(
      app.browser,
      app.url,
      "?view=plan",
      '[data-testid="network-report"] .counts',
      {
        bypassCSP: true,
      },
    );
    await page.getByRole("button", { name: "Propose a plan" }).click();
    await page.getByTestId("plan-outcome").waitFor();
    await page.locator('[data-testid="plan-compare"] tr[data-measure="gaps"]').waitFor();
    await page.addScriptTag({ content: readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8") });
    const results = await page.evaluate(async () => {
      const r = await (
        window as unknown as {
          axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
        }
      ).axe.run();
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, count: v.nodes.length }));
    });
    const serious = results.filter((v) => v.impact === "serious" || v.impact === "critical");
    assert.deepEqual(serious, [], JSON.stringify(results));
    assert.deepEqual(watch.errors, []);
    await page.context().close();
  });
});
