/**
 * A disclosure menu: a button (aria-expanded) that shows a panel of controls below it. Escape
 * closes it and puts focus back on its button; a click elsewhere, or focus moving on past its
 * items (Tab), closes it and leaves focus where it went: an open panel would otherwise sit over
 * the page the keyboard user has moved on to. It is a plain
 * disclosure, not an ARIA menu: the panel holds ordinary buttons, checkboxes and selects, each
 * reached with Tab, so nothing needs a custom arrow-key model.
 */
import type { ReactNode } from "react";
import { useEffect, useId, useRef, useState } from "react";

interface Props {
  readonly label: string;
  /** A fixed id for the button, for focus to come back to it from elsewhere (the import panel's Escape). */
  readonly buttonId?: string | undefined;
  /** The panel's controls; `close` shuts the menu and returns focus to its button. */
  readonly children: (close: () => void) => ReactNode;
}

export function Menu({ label, buttonId: fixedId, children }: Props) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const id = useId();
  const panelId = `${id}-panel`;
  const buttonId = fixedId ?? `${id}-button`;

  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (e.target instanceof Node && !root.current?.contains(e.target)) setOpen(false);
    };
    document.addEventListener("pointerdown", away);
    return () => document.removeEventListener("pointerdown", away);
  }, [open]);

  // Found by id, not by ref: `close` is handed to the panel's controls while rendering.
  const close = () => {
    setOpen(false);
    document.getElementById(buttonId)?.focus();
  };

  return (
    <div
      className="dropdown"
      ref={root}
      onBlur={(e) => {
        // Only focus going to something else on the page: none (another window, a click on plain text in
        // the panel) leaves it open, and a click elsewhere is caught by the pointerdown above.
        if (open && e.relatedTarget instanceof Node && !root.current?.contains(e.relatedTarget)) setOpen(false);
      }}
      onKeyDown={(e) => {
        if (e.key !== "Escape" || !open) return;
        e.stopPropagation();
        close();
      }}
    >
      <button
        id={buttonId}
        type="button"
        className="dropdown-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {label}
        <span className="dropdown-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      <div id={panelId} className="dropdown-panel" hidden={!open}>
        {children(close)}
      </div>
    </div>
  );
}
