/**
 * docs/flags.md, made from the rule registries (code, scope, severity, the rule in words, the
 * settings it reads), the help texts and the sources they cite, so the reference can never say
 * something the code does not. `npm run docs:flags` writes it; a test fails when the file is stale.
 */
import { ECT_RULES_ORDERED } from "../analysis/ectRules.ts";
import type { Scope, Severity } from "../analysis/flags.ts";
import { NETWORK_RULES } from "../analysis/networkRules.ts";
import type { Settings } from "../analysis/settings.ts";
import { DEFAULT_SETTINGS } from "../analysis/settings.ts";
import { SUPPORTER_RULES } from "../analysis/supporterRules.ts";
import { FLAG_HELP } from "./helpTexts.ts";
import { citationsIn, SOURCES } from "./researchTexts.ts";

/** What the document says about one flag, whichever registry it comes from. */
export interface FlagEntry {
  readonly code: string;
  readonly scope: Scope;
  readonly core: boolean;
  readonly severity: Severity;
  readonly rule: string;
  readonly params: readonly (keyof Settings)[];
}

/** Every flag of every registry, ECT flags first (core first, as they are raised), then supporter, then network. */
export function flagEntries(): FlagEntry[] {
  return [
    ...ECT_RULES_ORDERED.map((r) => ({ ...pick(r), scope: "ect" as const })),
    ...SUPPORTER_RULES.map((r) => ({ ...pick(r), scope: "supporter" as const })),
    ...NETWORK_RULES.map((r) => ({ ...pick(r), scope: "network" as const })),
  ];
}

function pick(r: Omit<FlagEntry, "scope">): Omit<FlagEntry, "scope"> {
  return { code: r.code, core: r.core, severity: r.severity, rule: r.rule, params: r.params };
}

const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS);

/**
 * The settings a rule reads: those it reports with each flag (`params`), then any other setting its
 * rule sentence names (such as `count_groups_as_supporters`), in the order first named.
 */
export function settingsRead(entry: FlagEntry): string[] {
  const out: string[] = [...entry.params];
  for (const m of entry.rule.matchAll(/`([a-z_]+)`/g)) {
    const key = m[1] ?? "";
    if (SETTING_KEYS.includes(key) && !out.includes(key)) out.push(key);
  }
  return out;
}

function defaultOf(key: string): string {
  if (key === "as_of_date") return "today";
  if (key === "expected_interval")
    return `${Object.entries(DEFAULT_SETTINGS.expected_interval)
      .map(([f, days]) => `${f} ${days}`)
      .join(", ")} days; one_off never`;
  const value: unknown = Object.entries(DEFAULT_SETTINGS).find(([k]) => k === key)?.[1];
  if (typeof value === "boolean") return value ? "on" : "off";
  return String(value);
}

const SECTIONS: Readonly<Record<Scope, { readonly title: string; readonly about: string }>> = {
  ect: {
    title: "Flags about one ECT",
    about:
      "Scope `ect`: evaluated for every ECT; one flag per ECT, or per link, type or supporter where the rule says so.",
  },
  supporter: {
    title: "Flags about one supporter",
    about:
      "Scope `supporter`: evaluated for people (not groups, nor supporters named only by role or as family) who give a live link or have a capacity recorded; an ECT gets only OVER_CAPACITY and PEER_ECT_RELIED_ON.",
  },
  network: {
    title: "Flags about the whole network",
    about: "Scope `network`: evaluated once over everything analysed.",
  },
};

/** The sources a help text cites, each with what it is, from the About page's list. */
function sourcesOf(texts: readonly string[]): string[] {
  const cited: string[] = [];
  for (const text of texts) for (const c of citationsIn(text)) if (!cited.includes(c)) cited.push(c);
  return cited.map((c) => {
    const source = SOURCES.find((s) => s.cite === c);
    return source ? `${c}: ${source.what}` : c;
  });
}

function flagSection(entry: FlagEntry): string[] {
  const help = FLAG_HELP[entry.code];
  const settings = settingsRead(entry);
  const lines = [
    `### ${entry.code}`,
    "",
    `- **Scope:** ${entry.scope}`,
    `- **Severity:** ${entry.severity}${entry.core ? " (a core flag)" : ""}`,
    `- **Rule:** ${entry.rule}`,
    `- **Settings it reads:** ${
      settings.length === 0 ? "none" : settings.map((k) => `\`${k}\` (${defaultOf(k)})`).join(", ")
    }`,
  ];
  if (!help) return [...lines, "- **Help text:** none (add one to src/core/report/helpTexts.ts)", ""];
  const sources = sourcesOf([help.you, help.they, help.why, help.try]);
  lines.push(
    `- **Title:** ${help.title}`,
    help.you === help.they ? `- **Text:** ${help.you}` : `- **To the ECT:** ${help.you}`,
  );
  if (help.you !== help.they) lines.push(`- **To a mentor lead:** ${help.they}`);
  lines.push(
    `- **Why:** ${help.why}`,
    `- **Try:** ${help.try}`,
    sources.length === 0 ? "- **Sources:** none cited" : "- **Sources:**",
    ...sources.map((s) => `  - ${s}`),
    "",
  );
  return lines;
}

const INTRO = [
  "# Flags",
  "",
  "<!-- Generated from the rule registries by `npm run docs:flags` (src/core/report/flagsDoc.ts). Do not edit by hand. -->",
  "",
  "Every flag Mosaic raises, made from the code: the rule registries (`src/core/analysis/ectRules.ts`,",
  "`supporterRules.ts`, `networkRules.ts`), the help texts (`src/core/report/helpTexts.ts`) and the",
  "sources they cite (`src/core/report/researchTexts.ts`). Flags describe the network, never anyone's",
  "competence, and every threshold is a default to tune, not a research finding.",
  "",
  "Words the rules use:",
  "",
  "- **Live link:** status `active` or `strained`, both ends known, and `ends_on` (if any) not before",
  "  `as_of_date`. Flags read live links only; a rule that needs a field left blank is not evaluated.",
  "- **Counted types:** the four core support types, and `career` when `include_career_in_coverage` is on.",
  "- **Support link:** a live incoming link to an ECT carrying at least one counted type (from a group",
  "  only while `count_groups_as_supporters` is on). **Supporters** are the distinct givers of an ECT's",
  "  support links; a type's **providers** are the supporters giving it.",
  "- **ECT support link** (network flags): a support link whose giver is named (not a role or family).",
  "- **Powerful link:** the giver `assesses` the receiver on it, or is in the receiver's line chain",
  "  (their line manager, theirs, and so on up).",
  "- **Senior:** seniority `senior_leader` or `headteacher`. **Mapped ECT:** not UNMAPPED.",
  "",
  "Severity is the flag's usual one; a rule that raises another says so. Settings are listed with",
  "their defaults (see `src/core/analysis/settings.ts`); every rule also reads `as_of_date`, through",
  "what is live.",
  "",
];

/** The whole of docs/flags.md. */
export function flagsMarkdown(): string {
  const entries = flagEntries();
  const lines = [...INTRO];
  for (const scope of ["ect", "supporter", "network"] as const) {
    const here = entries.filter((e) => e.scope === scope);
    lines.push(
      `## ${SECTIONS[scope].title}`,
      "",
      SECTIONS[scope].about,
      "",
      here.map((e) => `[${e.code}](#${e.code.toLowerCase()})`).join(" · "),
      "",
    );
    for (const e of here) lines.push(...flagSection(e));
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
