import type { SupportType } from "../../core/index.ts";
import { SUPPORT_TYPES } from "../../core/index.ts";
import { isEctSort } from "../state/viewState.ts";
import { instrument } from "../instrument.ts";
import { FilterSelect } from "./FilterSelect.tsx";
import { SchoolChooser } from "./SchoolChooser.tsx";
import type { LeadFilters } from "./leadFilters.ts";
import { ONE_OR_NONE } from "./ectCountWords.ts";

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

interface Props {
  readonly filters: LeadFilters;
  readonly onFilters: (f: LeadFilters) => void;
  readonly schools: readonly string[];
  readonly types: readonly SupportType[];
  /** Code, words short enough for a phone's select, and the flag's full title. */
  readonly flagOptions: readonly (readonly [string, string, string])[];
  readonly ectYears: number;
  readonly departments: readonly string[];
  readonly compact: boolean;
  readonly onCompact: (c: boolean) => void;
}

/** The ECT table's filters, sort, name search and the compact heat map switch. */
export function EctFilters({
  filters,
  onFilters,
  schools,
  types,
  flagOptions,
  ectYears,
  departments,
  compact,
  onCompact,
}: Props) {
  return (
    <div className="filters ect-filters" role="group" aria-label="Filter ECTs">
      <SchoolChooser
        id="f-school"
        label="School"
        className="filter-field"
        value={filters.school}
        schools={schools}
        onChange={(school) => {
          instrument({ name: "school" });
          onFilters({ ...filters, school });
        }}
      />
      <FilterSelect
        id="f-type"
        label="Support type"
        value={filters.type}
        // The type alone in the box: "Wellbeing and belonging: no one or one source" was cut off at every width.
        // The open list says what it picks above the types, and the count under the filters says it again.
        group={`${capitalised(ONE_OR_NONE)}:`}
        options={types.map((t) => [t, SUPPORT_TYPES[t].label])}
        onChange={(type) => onFilters({ ...filters, type })}
      />
      <FilterSelect
        id="f-flag"
        label="Flag"
        value={filters.flag}
        options={flagOptions}
        onChange={(flag) => onFilters({ ...filters, flag })}
      />
      <FilterSelect
        id="f-year"
        label="ECT year"
        value={filters.year === undefined ? undefined : String(filters.year)}
        options={Array.from({ length: ectYears }, (_, i) => [String(i + 1), `Year ${i + 1}`])}
        onChange={(year) => onFilters({ ...filters, year: year === undefined ? undefined : Number(year) })}
      />
      <FilterSelect
        id="f-dept"
        label="Department"
        value={filters.department}
        options={departments.map((d) => [d, d])}
        onChange={(department) => onFilters({ ...filters, department })}
      />
      <span className="filter-field">
        <label htmlFor="f-sort">Sort by</label>
        <select
          id="f-sort"
          value={filters.sort}
          onChange={(e) => {
            const sort = e.target.value;
            if (isEctSort(sort)) onFilters({ ...filters, sort });
          }}
        >
          <option value="concern">what most needs a look</option>
          {/* Short enough for its box beside "Sort by" on a phone (390 px): "…support covered" was cut off. */}
          <option value="coverage">fewest kinds covered</option>
          <option value="school">school</option>
          <option value="name">name</option>
        </select>
      </span>
      <span className="filter-field">
        <label htmlFor="f-name">Name</label>
        <input
          id="f-name"
          type="search"
          value={filters.search}
          onChange={(e) => onFilters({ ...filters, search: e.target.value })}
        />
      </span>
      <label className="toggle">
        <input type="checkbox" checked={compact} onChange={(e) => onCompact(e.target.checked)} /> Compact heat map
      </label>
    </div>
  );
}
