/**
 * The view once a different data set is loaded (an import, a backup, the sample again; never an
 * edit or an undo): a filter set on the old data would quietly hide ECTs of the new ("13 of 16
 * ECTs" after importing another school's survey), and its people and schools are not the new ones.
 */
import type { ViewState } from "./viewState.ts";

/**
 * Everything that picks people or schools is cleared; how the page reads (sort, compact, names
 * hidden, share) stays. The lead's name search is kept by the page and cleared beside this.
 * @param forLead the data was brought in and is about many ECTs: the overview opens, worded for a lead
 */
export function newDataView(v: ViewState, forLead: boolean): ViewState {
  return {
    ...v,
    ect: undefined,
    away: [],
    school: undefined,
    dept: undefined,
    type: undefined,
    flag: undefined,
    year: undefined,
    ...(forLead ? { view: "lead", voice: "they" } : {}),
  };
}
