import { useEffect, useRef } from "react";

/**
 * Scrolls the element into view whenever `what` changes: a message shown at an action below the fold (the pane
 * scrolled to the fill step) must not appear where nobody looks. jsdom has no scrollIntoView, hence the guard.
 */
export function useScrollIntoView<T extends HTMLElement>(what: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (what) ref.current?.scrollIntoView?.({ block: "nearest", behavior: "smooth" });
  }, [what]);
  return ref;
}
