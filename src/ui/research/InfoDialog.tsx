/**
 * A modal dialog for reading (the intro, the About page): the native <dialog> traps focus and
 * closes on Escape; focus goes to the heading on opening and back to the opener on closing.
 */
import type { ReactNode } from "react";
import { useEffect, useRef } from "react";

interface Props {
  readonly id: string;
  readonly title: string;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

export function InfoDialog({ id, title, open, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      opener.current = document.activeElement;
      d.showModal();
      d.querySelector<HTMLElement>("h2")?.focus();
    } else if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="info-dialog"
      aria-labelledby={`${id}-h`}
      data-testid={id}
      onKeyDown={(e) => {
        // The modal makes the page inert, but Tab from the last control would leave for the
        // browser's own toolbar: wrap it round inside the dialog instead.
        if (e.key !== "Tab" || !ref.current) return;
        const all = [...ref.current.querySelectorAll<HTMLElement>("button, a[href], summary, [tabindex='0']")];
        const first = all[0];
        const last = all[all.length - 1];
        if (!first || !last) return;
        if (!e.shiftKey && document.activeElement === last) {
          e.preventDefault();
          first.focus();
        } else if (
          e.shiftKey &&
          (document.activeElement === first || document.activeElement === ref.current.querySelector("h2"))
        ) {
          e.preventDefault();
          last.focus();
        }
      }}
      onClose={() => {
        onClose();
        // Chromium restores focus itself; other browsers may not, so do it here too.
        if (opener.current instanceof HTMLElement) opener.current.focus();
      }}
    >
      <div className="info-dialog-head">
        <h2 id={`${id}-h`} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" onClick={() => ref.current?.close()} aria-label={`Close ${title}`}>
          Close
        </button>
      </div>
      <div className="info-dialog-body">{children}</div>
    </dialog>
  );
}
