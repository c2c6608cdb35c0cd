/**
 * A button that is sometimes unavailable (busy, or nothing to undo) without ever dropping the
 * keyboard user's focus. A `disabled` button that has focus loses it to <body> and nothing is said;
 * so while this one has focus it is only `aria-disabled` (still focused, still announced as
 * unavailable, its clicks ignored), and becomes truly `disabled` (out of the Tab order) once focus
 * has moved on.
 */
import type { ButtonHTMLAttributes } from "react";
import { useState } from "react";

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, "disabled" | "aria-disabled" | "type"> & {
  /** Whether pressing it would do nothing now. */
  readonly unavailable: boolean;
};

export function FocusKeepingButton({ unavailable, onClick, onFocus, onBlur, ...rest }: Props) {
  const [focused, setFocused] = useState(false);
  return (
    <button
      {...rest}
      type="button"
      disabled={unavailable && !focused}
      aria-disabled={unavailable || undefined}
      onClick={(e) => {
        if (!unavailable) onClick?.(e);
      }}
      onFocus={(e) => {
        setFocused(true);
        onFocus?.(e);
      }}
      onBlur={(e) => {
        setFocused(false);
        onBlur?.(e);
      }}
    />
  );
}
