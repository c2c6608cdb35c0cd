/**
 * What a flag rule is (docs/architecture.md, "How to add a flag"): its code, its rule in words, the
 * settings it reads, how it evaluates one ECT or supporter into rows (FlagOut), and the numbers
 * its rows carry, by name. The Flag object is made from a row only when somebody reads it.
 */
import type { SupportNetwork } from "../../model/network.ts";
import type { EctView } from "../ectView.ts";
import type { Flag, Severity } from "../flags.ts";
import type { FlagOut, FlagRow } from "../flagTable.ts";
import type { Settings } from "../settings.ts";
import type { SupporterBasics } from "../supporterBasics.ts";
import type { SupporterView } from "./supporterView.ts";

export type FlagValues = NonNullable<Flag["values"]>;

/** The names of the numbers a rule's rows carry (FlagOut's `first` and `second`), in the order they print. */
export type Reports = readonly [string] | readonly [string, string];

interface RuleBase {
  readonly code: string;
  /** The rule in words, for docs/flags.md: one or two plain sentences, thresholds named by their setting. */
  readonly rule: string;
  readonly core: boolean;
  readonly severity: Severity;
  readonly params: readonly (keyof Settings)[];
  /** The numbers each row carries, printed first among the flag's values under these names. */
  readonly reports?: Reports;
  /** Values the flag shows beyond its numbers, read back from its row (rules with none leave this out). */
  readonly values?: (row: FlagRow, net: SupportNetwork, settings: Settings) => FlagValues | undefined;
}

export interface EctRule extends RuleBase {
  /** Writes one row to `out` for each flag this rule raises for the ECT. */
  readonly evaluate: (v: EctView, basics: SupporterBasics, out: FlagOut) => void;
}

export interface SupporterRule extends RuleBase {
  /** Writes one row to `out` for each flag this rule raises for the supporter. */
  readonly evaluate: (v: SupporterView, out: FlagOut) => void;
}

/** A flag's values as printed: the numbers the rule reports, by name, then its other values. */
export function flagValues(
  rule: RuleBase,
  row: FlagRow,
  net: SupportNetwork,
  settings: Settings,
): FlagValues | undefined {
  const more = rule.values?.(row, net, settings);
  const names = rule.reports;
  if (!names) return more;
  const numbers: Record<string, number> =
    names.length === 1 ? { [names[0]]: row.a } : { [names[0]]: row.a, [names[1]]: row.b };
  return more ? { ...numbers, ...more } : numbers;
}
