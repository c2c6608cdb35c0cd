/** How often two people talk, as a select: the blank choice first ("not sure", "not recorded"). */
import type { Frequency } from "../../core/index.ts";
import { FREQUENCIES, FREQUENCY_WORDS } from "../../core/index.ts";
import { oneOf } from "../oneOf.ts";

export function FrequencySelect({
  value,
  blank,
  onChange,
}: {
  value: "" | Frequency;
  blank: string;
  onChange: (f: "" | Frequency) => void;
}) {
  return (
    <select value={value} onChange={(e) => onChange(oneOf(FREQUENCIES, e.target.value) ?? "")}>
      <option value="">{blank}</option>
      {FREQUENCIES.map((f) => (
        <option key={f} value={f}>
          {FREQUENCY_WORDS[f]}
        </option>
      ))}
    </select>
  );
}
