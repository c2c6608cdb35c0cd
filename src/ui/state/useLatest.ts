import type { RefObject } from "react";
import { useEffect, useRef } from "react";

/**
 * A ref that holds the value of the last render committed, for callbacks that must read the current
 * value without being remade when it changes (the step shown, the plan, callbacks from the page).
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}
