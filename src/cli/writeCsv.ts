import { CellOut, FillPlan, RawCell } from "../engine";

const NEGATIVE_NUMBER = /^-(\d+|\d{1,3}(,\d{3})+)(\.\d+)?%?$/;

/**
 * A cell as CSV text. Text that a spreadsheet would run as a formula (starting with = + - @, or a tab or carriage
 * return) gets a leading apostrophe; negative numbers such as -20 are left as they are.
 */
export function csvCell(v: RawCell | CellOut): string {
  if (v === null || v === undefined) return "";
  let s: string;
  if (v instanceof Date) s = v.toISOString().slice(0, 10);
  else if (typeof v === "number" || typeof v === "boolean") s = String(v);
  else {
    s = v;
    if (/^[=+\-@\t\r]/.test(s) && !NEGATIVE_NUMBER.test(s.trim())) s = `'${s}`;
  }
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The filled CSV: every input line as it was (Jili's old columns dropped), Jili's columns appended to the header row
 * and to each data row. UTF-8 with a byte-order mark and CRLF, as Excel opens it.
 */
export function fillCsv(cells: RawCell[][], headerRow: number, rowNumbers: number[], owned: Set<number>, plan: FillPlan): Buffer {
  const keep = (line: RawCell[]) => line.filter((_, i) => !owned.has(i));
  const width = Math.max(0, ...cells.map((l) => keep(l).length));
  const byRow = new Map<number, number>(rowNumbers.map((r, k) => [r - 1, k]));
  const lines = cells.map((line, r) => {
    const base: (RawCell | CellOut)[] = keep(line);
    if (r === headerRow || byRow.has(r)) {
      while (base.length < width) base.push(null);
      if (r === headerRow) base.push(...plan.columns.map((c) => c.header));
      else base.push(...plan.columns.map((c) => c.values[byRow.get(r) as number]));
    }
    return base.map(csvCell).join(",");
  });
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join("\r\n") + "\r\n", "utf8")]);
}
