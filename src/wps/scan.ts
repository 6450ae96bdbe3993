import { rangeAddress } from "../excel/address";
import type { TargetScan } from "../excel/targets";
import type { EtRange, EtWorksheet } from "./et";
import { rowsOf } from "./values";

/**
 * Formulas and merged cells in Jili's columns, found before anything is written (Office.js asks getSpecialCells and
 * getMergedAreas; ET's SpecialCells throws when it finds nothing, so Formula is read instead): a formula is a text
 * starting with "=". Merged areas are looked for cell by cell only where MergeCells says some cell is merged.
 */
export function scanTargets(ws: EtWorksheet, groups: { left: number; right: number }[], top: number, bottom: number): TargetScan {
  const formulas: string[] = [];
  const merges = new Set<string>();
  for (const g of groups) {
    const range = ws.Range(rangeAddress(g.left, top, g.right, bottom));
    rowsOf(range.Formula).forEach((line, i) =>
      line.forEach((f, j) => {
        if (typeof f === "string" && f.startsWith("=")) formulas.push(rangeAddress(g.left + j, top + i, g.left + j, top + i));
      }),
    );
    if (range.MergeCells === false) continue;
    for (let r = top; r <= bottom; r++) {
      for (let c = g.left; c <= g.right; c++) {
        const cell: EtRange = ws.Range(rangeAddress(c, r, c, r));
        if (cell.MergeCells) merges.add(cell.MergeArea.Address(false, false));
      }
    }
  }
  return { formulas, merges: [...merges] };
}
