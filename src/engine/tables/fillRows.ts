/**
 * What a fill writes beside the main sheet's own rows when the table was put together: rows only in a joined
 * table are not on the main sheet (they are in the summary and the report), and the long rows of a wide row share
 * its sheet row — one cell each: an output labelled week by week (第1周：12；第2周：12), a status or explanation
 * said once when every week has the same.
 */
import type { CellOut, FillColumn, FillPlan } from "../report/fillPlan";
import type { DataTable } from "../input/locateTable";
import type { Lang } from "../i18n/messages";

export interface SheetFill {
  /** the main sheet's row numbers, in order, one per row the fill writes */
  rowNumbers: number[];
  columns: FillColumn[];
}

function merged(values: CellOut[], labels: (string | null)[], lang: Lang, collapse: boolean): CellOut {
  // a status or explanation the same every week is said once; an amount is each week's (four weeks of 12 are not 12)
  if (collapse && values.every((v) => v === values[0])) return values[0];
  const sep = lang === "zh-CN" ? "；" : "; ";
  const colon = lang === "zh-CN" ? "：" : ": ";
  // a week with nothing to say (no explanation, no output) is left out rather than shown empty
  const said = values.map((v, k) => ({ v, label: labels[k] })).filter(({ v }) => v !== null && v !== "");
  return said.map(({ v, label }) => `${label ? label + colon : ""}${String(v)}`).join(sep);
}

/** The plan's columns as the main sheet's rows hold them. */
export function fillForMainSheet(table: DataTable, plan: FillPlan, lang: Lang): SheetFill {
  const links = table.links;
  if (!links) return { rowNumbers: table.rowNumbers, columns: plan.columns };
  const order: number[] = [];
  const members = new Map<number, number[]>();
  table.rowNumbers.forEach((r, i) => {
    if (links.rowSheets[i] !== null) return;
    const list = members.get(r);
    if (list) list.push(i);
    else {
      members.set(r, [i]);
      order.push(r);
    }
  });
  const columns = plan.columns.map((c) => ({
    ...c,
    values: order.map((r) => {
      const idx = members.get(r)!;
      if (idx.length === 1) return c.values[idx[0]];
      return merged(
        idx.map((i) => c.values[i]),
        idx.map((i) => links.rowLabels[i]),
        lang,
        c.kind !== "output",
      );
    }),
  }));
  return { rowNumbers: order, columns };
}
