import type { SimBook } from "../../src/preview/excelSim";
import { SimSheet } from "../../src/preview/excelSim";

/**
 * The 1-based row of the 营业员 tier from the 6th household on (营业员 | 6 | blank | 40 in mobile-retention's 规则 sheet,
 * docs/presets/mobile-retention.md), found by content as a clerk finds it; its rate is in column D.
 */
export function beyondFifthRow(book: SimBook, sheet = "规则"): number {
  const ws = book.sheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  for (let r = 1; r <= 400; r++) if (ws.get(0, r) === "营业员" && ws.get(1, r) === 6) return r;
  throw new Error("no 营业员 | 6 row in the rules sheet");
}

/** the cells A–F of that row */
export function beyondFifthCells(book: SimBook): unknown[] {
  const r = beyondFifthRow(book);
  const ws = book.sheet("规则")!;
  return [0, 1, 2, 3, 4, 5].map((c) => ws.cells.get(SimSheet.key(c, r)));
}
