/**
 * `npm run docs:flags`: writes docs/flags.md from the rule registries (see src/core/report/flagsDoc.ts).
 * Run it after changing a rule, its help text or its sources; tests/core/report/flagsDoc.test.ts fails until you do.
 */
import { writeFileSync } from "node:fs";
import { flagsMarkdown } from "../core/report/flagsDoc.ts";

const target = new URL("../../docs/flags.md", import.meta.url);
writeFileSync(target, flagsMarkdown());
console.log(`Wrote ${target.pathname}`);
