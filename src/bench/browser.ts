/**
 * Browser measurements for `npm run bench`, in headless Chromium (SwiftShader, so absolute times
 * are slower than on a school laptop; compare the ratios): the first constellation after opening
 * the app with the sample, switching between ECTs on a large generated network, and the naive
 * baseline of handing a whole network to sigma.
 */
import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { findChromium, launch, ROOT, serveDist } from "../../tests/e2e/browser.ts";

export interface BrowserRow {
  readonly measure: string;
  readonly ms: number;
  readonly goal?: string;
  readonly met?: boolean;
}

export async function browserBench(demoPeople: number): Promise<BrowserRow[] | string> {
  if (!findChromium()) return "no Chromium found: browser measurements skipped (apt-get install chromium)";
  if (!existsSync(join(ROOT, "dist", "index.html")))
    execFileSync("npx", ["vite", "build"], { cwd: ROOT, stdio: "ignore" });
  const server = await serveDist();
  const browser = await launch();
  const rows: BrowserRow[] = [];
  try {
    // 1. First constellation on screen after opening the app with the sample.
    const first: number[] = [];
    for (let i = 0; i < 3; i++) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      const t = Date.now();
      await page.goto(server.url);
      await page.waitForFunction(() => performance.getEntriesByName("mosaic:drawn").length > 0, null, {
        timeout: 30_000,
      });
      first.push(Date.now() - t);
      await page.close();
    }
    first.sort((a, b) => a - b);
    rows.push({
      measure: "first constellation on screen, sample (median of 3)",
      ms: first[1]!,
      goal: "< 1,500 ms",
      met: first[1]! < 1500,
    });

    // 2. Switching between ECTs on a large network: only the constellation is built for sigma.
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const t = Date.now();
    await page.goto(`${server.url}?demo=${demoPeople}`);
    await page.waitForFunction(() => performance.getEntriesByName("mosaic:drawn").length > 0, null, {
      timeout: 600_000,
    });
    rows.push({
      measure: `open the ${demoPeople.toLocaleString("en-GB")}-person demo (generate, import, analyse in the worker, first draw)`,
      ms: Date.now() - t,
    });
    const buttons = page.locator(".picker-list button");
    const count = Math.min(30, await buttons.count());
    const samples: number[] = [];
    for (let i = 1; i <= count; i++) {
      const before = await page.evaluate(() => performance.getEntriesByName("mosaic:drawn").length);
      await buttons.nth(i % count).click();
      await page.waitForFunction((n) => performance.getEntriesByName("mosaic:drawn").length > n, before, {
        timeout: 30_000,
      });
      samples.push(
        await page.evaluate(() => {
          const select = performance.getEntriesByName("mosaic:select").at(-1)!;
          const drawn = performance.getEntriesByName("mosaic:drawn").at(-1)!;
          return drawn.startTime - select.startTime;
        }),
      );
    }
    samples.sort((a, b) => a - b);
    const p95 = samples[Math.min(samples.length - 1, Math.ceil(samples.length * 0.95) - 1)]!;
    rows.push({
      measure: `switch ECT → constellation drawn, p95 of ${samples.length} (median ${samples[samples.length >> 1]!.toFixed(0)} ms)`,
      ms: p95,
      goal: "< 100 ms",
      met: p95 < 100,
    });

    // 3. The naive baseline: sigma drawing a whole network (20,000 people, 100,000 links).
    const whole = await page.evaluate(async () => {
      const hook = (window as unknown as { __mosaicDrawWhole?: (n: number) => Promise<number> }).__mosaicDrawWhole;
      return hook ? hook(20_000) : -1;
    });
    if (whole >= 0)
      rows.push({ measure: "baseline: sigma drawing a whole 20,000-person, 100,000-link network", ms: whole });
    await page.close();
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}
