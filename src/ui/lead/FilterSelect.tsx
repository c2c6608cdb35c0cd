/**
 * A labelled filter: "any" (no filter) or one of `options` ([value, label]). Label and box are one
 * unit, so a narrow screen wraps them together rather than leave "Flag" at a line's end.
 */
export function FilterSelect(props: {
  id: string;
  label: string;
  any?: string;
  value: string | undefined;
  options: readonly (readonly [string, string])[];
  onChange: (value: string | undefined) => void;
}) {
  return (
    <span className="filter-field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value ?? ""} onChange={(e) => props.onChange(e.target.value || undefined)}>
        <option value="">{props.any ?? "Any"}</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </span>
  );
}
