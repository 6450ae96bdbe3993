/*
 * Cells that read the workbook's scheme are computed again when it changes. Excel recalculates a custom function
 * only when its arguments change, and `"workbook"` does not change when the pane's scheme does: so each change of the
 * published scheme asks the host for a recalculation (in Excel a full one, `Application.calculate(full)`,
 * ExcelApi 1.1, which marks every formula dirty — custom functions included). The request is made only when some
 * cell has read the workbook's scheme, and one request covers a burst of changes (a parameter typed key by key).
 */
import { onWorkbookSchemeChange, workbookSchemeConsulted } from "./workbookScheme";

export interface RecalcOptions {
  /** milliseconds to wait for the burst to end */
  delayMs?: number;
  /** what a failed request is told to (it never stops the pane) */
  onError?: (e: unknown) => void;
}

/** Asks `request` once per burst of changes of the workbook's scheme; returns the call that stops it. */
export function recalcOnSchemeChange(request: () => Promise<unknown>, options: RecalcOptions = {}): () => void {
  const delay = options.delayMs ?? 250;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const fire = () => {
    timer = null;
    request().catch((e: unknown) => options.onError?.(e));
  };
  const stop = onWorkbookSchemeChange(() => {
    if (!workbookSchemeConsulted()) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(fire, delay);
  });
  return () => {
    if (timer) clearTimeout(timer);
    timer = null;
    stop();
  };
}
