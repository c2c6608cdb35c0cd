import { useMemo } from "react";
import type { Edit, ProposedLink } from "../../core/index.ts";
import type { Loaded } from "../../workers/protocol.ts";
import type { ViewState } from "../state/viewState.ts";
import type { LeadFilters } from "./leadFilters.ts";
import { LeadView } from "./LeadView.tsx";
import { PrintSummary } from "./PrintSummary.tsx";

interface Props {
  readonly loaded: Loaded;
  readonly view: ViewState;
  readonly onView: (v: ViewState) => void;
  /** A person's key in the address (their place in the people list), and back. */
  readonly keyOf: (id: string) => number | undefined;
  readonly idOfKey: (k: number) => string | undefined;
  /** The name search, kept by the page (it is not in the address). */
  readonly search: string;
  readonly onSearch: (search: string) => void;
  readonly onOpenEct: (id: string) => void;
  /** The draft plan, for the printed summary's last line. */
  readonly plan: readonly ProposedLink[];
  /** Where the data comes from, for the printed summary. */
  readonly source: string;
  readonly busy: boolean;
  /** False when the change was refused (changes are off in this tab): nothing was changed. */
  readonly onEdit: (edits: readonly Edit[], step: string) => boolean;
}

/** The mentor lead overview tab: the view state (people and schools by their key in the address) as filters, and back. */
export function LeadTab(props: Props) {
  const { loaded, view, onView, keyOf, idOfKey, search, onSearch, onOpenEct, plan, source } = props;
  const filters: LeadFilters = {
    school: view.school !== undefined ? loaded.schools[view.school] : undefined,
    type: view.type,
    flag: view.flag,
    year: view.year,
    department: view.dept !== undefined ? loaded.departments[view.dept] : undefined,
    sort: view.sort,
    search: "",
  };
  const away = useMemo(() => view.away.map(idOfKey).filter((x): x is string => x !== undefined), [view.away, idOfKey]);

  return (
    <LeadView
      loaded={loaded}
      settings={loaded.settings}
      away={away}
      onAway={(ids) => onView({ ...view, away: ids.map(keyOf).filter((x): x is number => x !== undefined) })}
      filters={{ ...filters, search }}
      onFilters={(f) => {
        onSearch(f.search);
        onView({
          ...view,
          school: f.school !== undefined ? loaded.schools.indexOf(f.school) : undefined,
          dept: f.department !== undefined ? loaded.departments.indexOf(f.department) : undefined,
          type: f.type,
          flag: f.flag,
          year: f.year,
          sort: f.sort,
        });
      }}
      compact={view.compact}
      onCompact={(c) => onView({ ...view, compact: c })}
      onOpenEct={onOpenEct}
      printSummary={<PrintSummary loaded={loaded} plan={plan} source={source} />}
      busy={props.busy}
      onEdit={props.onEdit}
    />
  );
}
