/**
 * Who may see a link, as a select (docs/domain.md 8: private is the ECT only). Worded for the ECT
 * ("only me") or for a lead editing an ECT's map ("only the ECT"). Used when adding someone and
 * when editing a link already there, so the choice is never only behind "A few optional details".
 */
import type { Visibility } from "../../core/index.ts";
import { VISIBILITIES } from "../../core/index.ts";
import { oneOf } from "../oneOf.ts";

const WORDS: Readonly<Record<"you" | "they", Readonly<Record<Visibility, string>>>> = {
  you: { private: "only me (private)", mentor_lead: "my mentor lead", school: "my school" },
  they: { private: "only the ECT (private)", mentor_lead: "their mentor lead", school: "their school" },
};

export function VisibilitySelect({
  value,
  voice,
  onChange,
}: {
  value: Visibility;
  voice: "you" | "they";
  onChange: (v: Visibility) => void;
}) {
  return (
    <select value={value} onChange={(e) => onChange(oneOf(VISIBILITIES, e.target.value) ?? value)}>
      {VISIBILITIES.map((v) => (
        <option key={v} value={v}>
          {WORDS[voice][v]}
        </option>
      ))}
    </select>
  );
}
