/**
 * Choosing a school, in the ECT table's filters and above the network picture. A short list is a
 * plain `<select>`; a long one (a national network has thousands of schools, and a `<select>` of
 * thousands is neither usable nor quick to draw) is a type-to-find combobox that draws only the
 * matches on screen (WAI-ARIA's combobox with a listbox popup: focus stays in the box, the
 * highlighted option is its active descendant).
 */
import type { KeyboardEvent } from "react";
import { useEffect, useId, useMemo, useState } from "react";
import "./schoolChooser.css";
import { foldName } from "../../core/index.ts";
import { exactSchool, schoolMatches, SHORT_LIST, SHOWN_MATCHES } from "./schoolMatches.ts";

interface Props {
  readonly id: string;
  readonly label: string;
  /** The school chosen, or undefined for every school. */
  readonly value: string | undefined;
  /** Every school, sorted. */
  readonly schools: readonly string[];
  readonly onChange: (school: string | undefined) => void;
  /** Wraps label and box as one ("filter-field" in the filters). */
  readonly className?: string | undefined;
}

const ALL = "All schools";

export function SchoolChooser(props: Props) {
  const { id, label, value, schools, onChange, className } = props;
  if (schools.length <= SHORT_LIST)
    return (
      <span className={className}>
        <label htmlFor={id}>{label}</label>
        <select id={id} value={value ?? ""} onChange={(e) => onChange(schools.find((s) => s === e.target.value))}>
          <option value="">{ALL}</option>
          {schools.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </span>
    );
  return <SchoolCombobox {...props} />;
}

function SchoolCombobox({ id, label, value, schools, onChange, className }: Props) {
  const listId = `${id}-list`;
  const hintId = useId();
  const folded = useMemo(() => schools.map(foldName), [schools]);
  const [text, setText] = useState(value ?? "");
  const [open, setOpen] = useState(false);
  /** Whether the text is the reader's own (a search) rather than the chosen school's name. */
  const [typed, setTyped] = useState(false);
  const [active, setActive] = useState(-1);
  // The box shows the chosen school when the choice changes from outside (a tile, the table's
  // filter, the address): React's "adjust state when a prop changes" pattern.
  const [shownFor, setShownFor] = useState(value);
  if (shownFor !== value) {
    setShownFor(value);
    setText(value ?? "");
    setTyped(false);
  }

  // Untyped, the list always holds the chosen school, however far down the sorted list it is.
  const matches = useMemo(
    () => (open ? schoolMatches(schools, folded, typed ? text : "", SHOWN_MATCHES, value) : undefined),
    [open, schools, folded, typed, text, value],
  );
  // "All schools" heads the list until something is typed.
  const options: readonly (string | undefined)[] = matches
    ? typed && text.trim() !== ""
      ? matches.shown
      : [undefined, ...matches.shown]
    : [];
  const optionId = (i: number) => `${id}-opt-${i}`;

  // The highlighted option stays in sight as the arrow keys move through a list taller than its box.
  useEffect(() => {
    if (active >= 0) document.getElementById(`${id}-opt-${active}`)?.scrollIntoView({ block: "nearest" });
  }, [active, id]);

  /**
   * Opens the list: with nothing typed the chosen school is highlighted (the active descendant, so
   * it is drawn, scrolled into sight and read out); `orFirst` highlights "All schools" otherwise.
   */
  const openList = (orFirst: boolean) => {
    setOpen(true);
    if (typed) return setActive(orFirst ? 0 : -1);
    // Where the chosen school will sit among the options: after "All schools".
    const at = value === undefined ? -1 : schoolMatches(schools, folded, "", SHOWN_MATCHES, value).shown.indexOf(value);
    setActive(at >= 0 ? at + 1 : orFirst ? 0 : -1);
  };
  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const choose = (school: string | undefined) => {
    close();
    setTyped(false);
    setText(school ?? "");
    if (school !== value) onChange(school);
  };
  /** Leaving the box: a whole name typed is chosen, an empty box is every school, anything else is undone. */
  const settle = () => {
    if (!typed) return close();
    if (text.trim() === "") return choose(undefined);
    const named = exactSchool(schools, folded, text);
    if (named !== undefined) return choose(named);
    close();
    setTyped(false);
    setText(value ?? "");
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) return openList(true);
      const last = options.length - 1;
      setActive((a) => (e.key === "ArrowDown" ? Math.min(a + 1, last) : Math.max(a - 1, 0)));
    } else if (e.key === "Enter") {
      if (open && active >= 0 && active < options.length) {
        e.preventDefault();
        choose(options[active]);
      } else if (typed) {
        e.preventDefault();
        // A whole name, or the only school that matches.
        const only = matches && matches.total === 1 ? matches.shown[0] : undefined;
        const named = text.trim() === "" ? undefined : (exactSchool(schools, folded, text) ?? only);
        if (named !== undefined || text.trim() === "") choose(named);
      }
    } else if (e.key === "Escape" && (open || typed)) {
      e.preventDefault();
      close();
      setTyped(false);
      setText(value ?? "");
    }
  };

  const more = matches ? matches.total - matches.shown.length : 0;
  const status = !matches
    ? ""
    : matches.total === 0
      ? `No school's name contains "${text.trim()}".`
      : `${matches.total.toLocaleString("en-GB")} ${matches.total === 1 ? "school matches" : "schools match"}.`;
  return (
    <span className={`school-chooser ${className ?? ""}`}>
      <label htmlFor={id}>{label}</label>
      <span className="combo">
        <input
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          placeholder={ALL}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && active >= 0 && active < options.length ? optionId(active) : undefined}
          aria-describedby={hintId}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setTyped(true);
            setOpen(true);
            setActive(-1);
          }}
          onClick={() => {
            if (!open) openList(false);
          }}
          onKeyDown={onKeyDown}
          onBlur={settle}
        />
        {/* Pressing in the list must not take focus from the box (the box keeps it, as the pattern asks). */}
        <span className="combo-popup" hidden={!open} onMouseDown={(e) => e.preventDefault()}>
          <ul id={listId} role="listbox" aria-label={`${label}: matching schools`} className="combo-list">
            {options.map((s, i) => (
              <li
                key={s === undefined ? "all" : `school:${s}`}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                data-value={s ?? ""}
                className={s === value ? "chosen" : undefined}
                onClick={() => choose(s)}
              >
                <bdi>{s ?? ALL}</bdi>
              </li>
            ))}
          </ul>
          {(more > 0 || matches?.total === 0) && (
            <span className="combo-more" aria-hidden="true">
              {matches?.total === 0
                ? `No school's name contains "${text.trim()}".`
                : `and ${more.toLocaleString("en-GB")} more: type part of a name to find one`}
            </span>
          )}
        </span>
      </span>
      <span id={hintId} className="visually-hidden">
        {schools.length.toLocaleString("en-GB")} schools: type part of a name, then choose with the arrow keys and
        Enter.
      </span>
      <span className="visually-hidden" role="status">
        {typed ? status : ""}
      </span>
    </span>
  );
}
