/**
 * A labelled filter: "any" (no filter) or one of `options` ([value, label]). Label and box are one
 * unit, so a narrow screen wraps them together rather than leave "Flag" at a line's end.
 */
export function FilterSelect<V extends string>(props: {
  id: string;
  label: string;
  any?: string;
  value: V | undefined;
  /** Value, words in the box, and (when the words are shortened to fit a phone) the full words on hover. */
  options: readonly (readonly [V, string, string?])[];
  /** Words over the options in the open list ("One source or none for"), when they share them. */
  group?: string;
  /** One of the options' values, so a filter of a narrower type (a support type) needs no cast. */
  onChange: (value: V | undefined) => void;
}) {
  const options = props.options.map(([value, label, full]) => (
    <option key={value} value={value} title={full}>
      {label}
    </option>
  ));
  return (
    <span className="filter-field">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value ?? ""}
        onChange={(e) => props.onChange(props.options.find(([v]) => v === e.target.value)?.[0])}
      >
        <option value="">{props.any ?? "Any"}</option>
        {props.group === undefined ? options : <optgroup label={props.group}>{options}</optgroup>}
      </select>
    </span>
  );
}
