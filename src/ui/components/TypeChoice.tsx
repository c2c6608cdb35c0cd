/** Ticking kinds of support: one checkbox per type, in a labelled group. */
import type { SupportType } from "../../core/index.ts";
import { SUPPORT_TYPES } from "../../core/index.ts";

export function TypeChoice({
  legend,
  hideLegend = false,
  types,
  chosen,
  onChange,
}: {
  legend: string;
  hideLegend?: boolean;
  types: readonly SupportType[];
  chosen: ReadonlySet<SupportType>;
  onChange: (next: ReadonlySet<SupportType>) => void;
}) {
  return (
    <fieldset className="type-choice">
      <legend className={hideLegend ? "visually-hidden" : undefined}>{legend}</legend>
      {types.map((t) => (
        <label key={t} className="toggle">
          <input
            type="checkbox"
            checked={chosen.has(t)}
            onChange={(e) => {
              const next = new Set(chosen);
              if (e.target.checked) next.add(t);
              else next.delete(t);
              onChange(next);
            }}
          />{" "}
          {SUPPORT_TYPES[t].label}
        </label>
      ))}
    </fieldset>
  );
}
