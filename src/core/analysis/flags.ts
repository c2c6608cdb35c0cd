/** Flags: what the analysis raises. They describe the network, never anyone's competence. */
import type { LinkId, PersonId } from "../model/types.ts";
import type { SupportType } from "../model/supportTypes.ts";

export type Severity = "critical" | "warning" | "info";
export type Scope = "ect" | "supporter" | "network";

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { critical: 0, warning: 1, info: 2 };

export interface Flag {
  readonly code: string;
  readonly severity: Severity;
  readonly scope: Scope;
  /** The ECT or supporter the flag is about; absent for network flags. */
  readonly subject?: PersonId | undefined;
  readonly supportType?: SupportType | undefined;
  /** The other person concerned, e.g. the supporter in a SOLE_SOURCE or STALE flag. */
  readonly person?: PersonId | undefined;
  readonly link?: LinkId | undefined;
  /** People a network flag lists. */
  readonly people?: readonly PersonId[] | undefined;
  /** The values that triggered the flag. */
  readonly values?: Readonly<Record<string, number | string | boolean | readonly string[]>> | undefined;
  /** The settings the rule used. */
  readonly settings?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * Identity of a flag across two analyses (what-if, plan vs today). Severity and the people listed
 * are part of it, so "FRAGILE because of Clarke" and "FRAGILE because of Bennett" differ.
 */
export function flagKey(f: Flag): string {
  return [
    f.scope,
    f.code,
    f.severity,
    f.subject ?? "",
    f.person ?? "",
    f.supportType ?? "",
    f.link ?? "",
    (f.people ?? []).join(","),
  ].join("|");
}

export function bySeverity(a: Flag, b: Flag): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
}
