// What a range reads from the in-memory sheet and what its writes do to it: values, number formats, copied formats, merges.
import type { Rect } from "../../excel/address";
import { Cell, SimSheet } from "./sheet";

/** Range.values: the cells row by row, "" for an empty one */
export function cellValues(sheet: SimSheet, r: Rect): unknown[][] {
  const out: unknown[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: unknown[] = [];
    for (let c = r.left; c <= r.right; c++) line.push(sheet.get(c, row) ?? "");
    out.push(line);
  }
  return out;
}

/** Range.numberFormat: "General" where none was set */
export function cellFormats(sheet: SimSheet, r: Rect): string[][] {
  const out: string[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: string[] = [];
    for (let c = r.left; c <= r.right; c++) line.push(sheet.numberFormats.get(SimSheet.key(c, row)) ?? "General");
    out.push(line);
  }
  return out;
}

/** Range.rowHidden: true when every row is hidden, false when none is, null for a mix */
export function rowsHidden(sheet: SimSheet, r: Rect): boolean | null {
  let hidden = 0;
  for (let row = r.top; row <= r.bottom; row++) if (sheet.hiddenRows.has(row)) hidden++;
  return hidden === 0 ? false : hidden === r.bottom - r.top + 1 ? true : null;
}

/** Range.values written: null leaves a cell alone, "" empties it; a value replaces any formula */
export function writeValues(sheet: SimSheet, rect: Rect, rows: unknown[][]): void {
  rows.forEach((line, i) =>
    line.forEach((v, j) => {
      if (v === null) return;
      const k = SimSheet.key(rect.left + j, rect.top + i);
      sheet.formulas.delete(k);
      if (v === "") sheet.cells.delete(k);
      // values travel to Excel as JSON, which has no -0
      else sheet.cells.set(k, (Object.is(v, -0) ? 0 : v) as Cell);
    }),
  );
}

/** Range.numberFormat written: null leaves a cell's format alone */
export function writeNumberFormats(sheet: SimSheet, rect: Rect, rows: (string | null)[][]): void {
  rows.forEach((line, i) =>
    line.forEach((f, j) => {
      if (f !== null) sheet.numberFormats.set(SimSheet.key(rect.left + j, rect.top + i), f);
    }),
  );
}

/** Range.copyFrom(…, "Formats"): fills, bold and number formats, the source tiled over the target */
export function copyFormats(source: SimSheet, from: Rect, target: SimSheet, to: Rect): void {
  const h = from.bottom - from.top + 1;
  const w = from.right - from.left + 1;
  for (let r = to.top; r <= to.bottom; r++)
    for (let c = to.left; c <= to.right; c++) {
      const src = SimSheet.key(from.left + ((c - to.left) % w), from.top + ((r - to.top) % h));
      const dst = SimSheet.key(c, r);
      const copy = <V>(from: Map<string, V>, into: Map<string, V>) => (from.has(src) ? into.set(dst, from.get(src)!) : into.delete(dst));
      copy(source.fills, target.fills);
      copy(source.numberFormats, target.numberFormats);
      if (source.bold.has(src)) target.bold.add(dst);
      else target.bold.delete(dst);
    }
}

/** Range.merge: Excel keeps the upper-left value of each merged area; single cells are left as they are */
export function mergeAreas(sheet: SimSheet, areas: Rect[]): void {
  for (const a of areas) {
    if (a.left === a.right && a.top === a.bottom) continue;
    if (sheet.mergedAt(a)) {
      throw Object.assign(new Error("Excel simulation: merging into a merged area is not simulated"), { code: "InvalidOperation" });
    }
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) if (r !== a.top || c !== a.left) sheet.cells.delete(SimSheet.key(c, r));
    sheet.merges.push(a);
  }
}
