/**
 * A modal dialog for reading (the intro, the About page): the native <dialog> traps focus and
 * closes on Escape; focus goes to the heading on opening and back to the opener on closing.
 */
import type { ReactNode } from "react";
import { useModalDialog } from "../components/useModalDialog.ts";

interface Props {
  readonly id: string;
  readonly title: string;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

export function InfoDialog({ id, title, open, onClose, children }: Props) {
  const { ref, returnFocus, wrapTab } = useModalDialog(open, (d) => d.querySelector<HTMLElement>("h2")?.focus());
  return (
    <dialog
      ref={ref}
      className="info-dialog"
      aria-labelledby={`${id}-h`}
      data-testid={id}
      onKeyDown={wrapTab}
      onClose={() => {
        onClose();
        returnFocus();
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
