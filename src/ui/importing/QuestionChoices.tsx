/**
 * One question of the import report ("Same person?", "Same school?"): a fieldset with the two
 * names as legend, a line on where each is written, and one radio button per answer.
 */
import type { ReactNode } from "react";

export function QuestionChoices<V extends string>({
  legend,
  detail,
  name,
  options,
  chosen,
  onChoose,
}: {
  legend: ReactNode;
  detail: ReactNode;
  /** The radio group's name, unique on the page. */
  name: string;
  options: readonly (readonly [V, ReactNode])[];
  chosen: V;
  onChoose: (value: V) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <p className="muted small">{detail}</p>
      {options.map(([value, label]) => (
        <label key={value} className="choice">
          <input type="radio" name={name} value={value} checked={chosen === value} onChange={() => onChoose(value)} />{" "}
          {label}
        </label>
      ))}
    </fieldset>
  );
}
