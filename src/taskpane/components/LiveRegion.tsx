import { useStyles } from "./styles";

/** What a screen reader announces when an action ends (its result or its error); visually hidden. */
export function LiveRegion({ text, testId = "live" }: { text: string; testId?: string }) {
  const s = useStyles();
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={s.visuallyHidden} data-testid={testId}>
      {text}
    </div>
  );
}
