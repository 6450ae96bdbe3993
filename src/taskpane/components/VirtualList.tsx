import { makeStyles, tokens } from "@fluentui/react-components";
import { KeyboardEvent, ReactNode, useEffect, useRef, useState } from "react";

/** Every row is this tall, so that the window is computed, never measured (the same in a browser and in jsdom). */
export const ROW_HEIGHT = 28;
/** rows in view at once: the list is never taller than this, whatever its length */
export const VISIBLE_ROWS = 8;
/** rows rendered above and below the view, so that scrolling shows no gap */
export const OVERSCAN = 4;

const useStyles = makeStyles({
  viewport: { position: "relative", overflowY: "auto", overflowX: "hidden", border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  item: { position: "absolute", left: 0, right: 0, height: `${ROW_HEIGHT}px`, display: "flex", alignItems: "center", paddingLeft: "4px", paddingRight: "4px", boxSizing: "border-box" },
});

/** The rows to render for a scroll position: the view, the overscan around it, and the active row wherever it is. */
export function windowOf(count: number, scrollTop: number, active: number): number[] {
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(count - 1, Math.floor(scrollTop / ROW_HEIGHT) + VISIBLE_ROWS - 1 + OVERSCAN);
  const out: number[] = [];
  for (let i = first; i <= last; i++) out.push(i);
  if (active >= 0 && active < count && (active < first || active > last)) out.push(active);
  return out;
}

/**
 * A windowed list: any number of rows at a constant height (at most VISIBLE_ROWS rows tall), only the rows in view
 * (and a few around them) in the DOM. Each row renders a focusable control (a button); one of them is in the tab order
 * (roving tabindex): Tab enters the list at the row last used, ↑ ↓ Home End PageUp PageDown move between rows, scrolling
 * as needed, and Enter or Space presses the row's button. Screen readers hear each row's place (aria-posinset/setsize).
 */
export function VirtualList({
  count,
  label,
  renderRow,
  testId,
}: {
  count: number;
  label: string;
  /** the row's content: a control that takes the given tabIndex and ref */
  renderRow: (index: number, control: { tabIndex: number; ref: (el: HTMLElement | null) => void; onFocus: () => void }) => ReactNode;
  testId?: string;
}) {
  const s = useStyles();
  const viewport = useRef<HTMLDivElement>(null);
  const controls = useRef(new Map<number, HTMLElement>());
  const [scrollTop, setScrollTop] = useState(0);
  const [active, setActive] = useState(0);
  const focusPending = useRef(false);
  const height = Math.min(count, VISIBLE_ROWS) * ROW_HEIGHT;

  // a shorter list (another validation): the active row stays inside it
  useEffect(() => {
    if (active >= count) setActive(Math.max(0, count - 1));
  }, [count, active]);

  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    controls.current.get(active)?.focus();
  });

  const moveTo = (i: number) => {
    const next = Math.max(0, Math.min(count - 1, i));
    const el = viewport.current;
    let top = scrollTop;
    if (next * ROW_HEIGHT < top) top = next * ROW_HEIGHT;
    else if ((next + 1) * ROW_HEIGHT > top + height) top = (next + 1) * ROW_HEIGHT - height;
    if (el && el.scrollTop !== top) el.scrollTop = top;
    setScrollTop(top);
    focusPending.current = true;
    setActive(next);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const page = VISIBLE_ROWS - 1;
    const to: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: count - 1, PageDown: active + page, PageUp: active - page };
    if (!(e.key in to)) return;
    e.preventDefault();
    moveTo(to[e.key]);
  };

  return (
    <div
      ref={viewport}
      role="list"
      aria-label={label}
      data-testid={testId}
      className={s.viewport}
      style={{ height: `${height + 2}px` }}
      onScroll={(e) => setScrollTop((e.target as HTMLDivElement).scrollTop)}
      onKeyDown={onKeyDown}
    >
      <div style={{ height: `${count * ROW_HEIGHT}px` }} />
      {windowOf(count, scrollTop, active).map((i) => (
        <div key={i} role="listitem" aria-posinset={i + 1} aria-setsize={count} className={s.item} style={{ top: `${i * ROW_HEIGHT}px` }}>
          {renderRow(i, {
            tabIndex: i === active ? 0 : -1,
            ref: (el) => {
              if (el) controls.current.set(i, el);
              else controls.current.delete(i);
            },
            onFocus: () => i !== active && setActive(i),
          })}
        </div>
      ))}
    </div>
  );
}
