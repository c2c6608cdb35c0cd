/** The ECT table's filters and sort, and how a row is matched and ordered by them. */
import type { EctRow, SupportType } from "../../core/index.ts";
import { byConcern, byName, compareText } from "../../core/index.ts";
import type { EctSort } from "../state/viewState.ts";
import type { NameOf } from "../names.ts";

export interface LeadFilters {
  readonly school?: string | undefined;
  readonly department?: string | undefined;
  readonly sort: EctSort;
  readonly type?: SupportType | undefined;
  readonly flag?: string | undefined;
  readonly year?: number | undefined;
  readonly search: string;
}

export const SORTS: Readonly<Record<EctSort, (a: EctRow, b: EctRow) => number>> = {
  concern: byConcern,
  name: byName,
  school: (a, b) => compareText(a.school ?? "", b.school ?? "") || byConcern(a, b),
  coverage: (a, b) => a.typesCovered - b.typesCovered || byConcern(a, b),
};

export function matches(r: EctRow, f: LeadFilters, nameOf: NameOf): boolean {
  if (f.school !== undefined && r.school !== f.school) return false;
  if (f.year !== undefined && r.ectYear !== f.year) return false;
  if (f.department !== undefined && r.department !== f.department) return false;
  if (f.type !== undefined && (r.unmapped || (r.coverage[f.type] ?? 0) > 1)) return false;
  if (f.flag !== undefined && !r.flags.some((x) => x.code === f.flag)) return false;
  if (f.search && !nameOf(r.id, r.name).toLowerCase().includes(f.search.toLowerCase())) return false;
  return true;
}
