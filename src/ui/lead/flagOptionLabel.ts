import { describeFlag } from "../../core/index.ts";

/**
 * A flag filter picks every ECT with that flag, whatever the kind of support it is about, so a
 * title with a {type} in it has no one type to fill it with ("No one for " read as cut short).
 * These say what the option picks.
 */
const ANY_TYPE: Readonly<Record<string, string>> = {
  GAP: "No one for a kind of support",
  SOLE_SOURCE: "One source for a kind of support",
};

/** The words for one flag code in the ECT table's "Flag" filter. */
export function flagOptionLabel(code: string): string {
  return ANY_TYPE[code] ?? describeFlag({ code, severity: "info", scope: "ect" }, () => "someone", "they").title;
}
