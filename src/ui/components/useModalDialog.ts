/**
 * A modal <dialog> driven by an `open` prop, as every dialog of the app is: shown (the page behind
 * made inert) when `open` turns true, then `onOpen` puts focus where the eye should go; closed when
 * it turns false; and on closing, focus goes back to what had it (Chromium does this itself, other
 * browsers may not). Tab from the last control wraps round inside rather than leaving for the
 * browser's own toolbar.
 */
import type { KeyboardEvent, RefObject } from "react";
import { useEffect, useRef } from "react";
import { useLatest } from "../state/useLatest.ts";

export interface ModalDialog {
  readonly ref: RefObject<HTMLDialogElement | null>;
  /** For the dialog's onClose: focus back to the opener. */
  readonly returnFocus: () => void;
  /** For the dialog's onKeyDown. */
  readonly wrapTab: (e: KeyboardEvent<HTMLDialogElement>) => void;
}

export function useModalDialog(open: boolean, onOpen: (dialog: HTMLDialogElement) => void): ModalDialog {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const onOpenNow = useLatest(onOpen);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      opener.current = document.activeElement;
      d.showModal();
      onOpenNow.current(d);
    } else if (!open && d.open) d.close();
  }, [open, onOpenNow]);
  const returnFocus = () => {
    if (opener.current instanceof HTMLElement) opener.current.focus();
  };
  const wrapTab = (e: KeyboardEvent<HTMLDialogElement>) => {
    const d = ref.current;
    if (e.key !== "Tab" || !d) return;
    const all = [...d.querySelectorAll<HTMLElement>("button:not([disabled]), a[href], summary, [tabindex='0']")];
    const first = all[0];
    const last = all[all.length - 1];
    if (!first || !last) return;
    if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    } else if (e.shiftKey && (document.activeElement === first || document.activeElement === d.querySelector("h2"))) {
      e.preventDefault();
      last.focus();
    }
  };
  return { ref, returnFocus, wrapTab };
}
