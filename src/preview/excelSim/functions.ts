// Excel.Functions (ExcelApi 1.2): DATE only, which tells the workbook's date system.
import type { SimContext } from "./context";
import { expose } from "./expose";
import { Loadable } from "./loadable";

export function functionsApi(ctx: SimContext) {
  return expose("Functions", { date: (y: number, m: number, d: number) => functionResult(ctx, () => dateSerial(y, m, d, ctx.book.date1904)) });
}

/** DATE(y, m, d) as Excel computes it for whole arguments: the serial in the workbook's date system (#NUM! before it) */
function dateSerial(y: number, m: number, d: number, date1904: boolean): number | string {
  const days = (Date.UTC(y, m - 1, d) - Date.UTC(date1904 ? 1904 : 1899, date1904 ? 0 : 11, date1904 ? 1 : 30)) / 86400000;
  // 1900 system: serials from 1900-03-01 on count Excel's phantom 1900-02-29, as the epoch 1899-12-30 accounts for
  return days < (date1904 ? 0 : 1) ? "#NUM!" : days;
}

/** A worksheet function's result: `value` (or `error`, as Excel gives it) after load + sync. */
function functionResult(ctx: SimContext, compute: () => number | string): { load: (p: string) => void; readonly value: number | null; readonly error: string | null } {
  const result = new Loadable(ctx, "FunctionResult<number>", { value: () => compute(), error: () => compute() });
  return expose("FunctionResult<number>", {
    load: (p: string) => void result.load(p),
    get value() {
      const v = result.read<number | string>("value");
      return typeof v === "number" ? v : null;
    },
    get error() {
      const v = result.read<number | string>("error");
      return typeof v === "string" ? v : null;
    },
  });
}
