/**
 * Runs the end-to-end tests in Chromium. In CI (CI=true) a missing Chromium is a failure; on a
 * developer's machine it is a loud warning with the one-line install command, and the rest of
 * `npm test` still counts.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { findChromium } from "./browser.ts";

const chromium = findChromium();
if (!chromium) {
  const message = [
    "",
    "!!! No Chromium found: the end-to-end (browser) tests did NOT run.",
    "!!! Install it with:  sudo apt-get update && sudo apt-get install -y chromium",
    "!!! or point CHROME_PATH at a Chrome or Chromium binary.",
    "",
  ].join("\n");
  console.error(message);
  process.exit(process.env.CI ? 1 : 0);
}
const dir = import.meta.dirname;
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".test.ts"))
  .map((f) => join(dir, f));
const result = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-concurrency=1", ...files], {
  stdio: "inherit",
});
process.exit(result.status ?? 1);
