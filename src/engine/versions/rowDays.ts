import { mapColumns } from "../evaluate/mapColumns";
import { ColumnOverrides, InputTable } from "../evaluate/table";
import { PartDef } from "../scheme/schema";
import type { RawCell } from "../values/parseNumber";
import { dayFromYmd, parseDate, parseDateTime, parseMonth, SECONDS_IN_DAY } from "../values/parseDate";

/**
 * The day each row is dated, by the part's first date field, to choose its version; null when the cell cannot be read
 * (the row is then left to the base document, whose own field check reports the cell).
 */
export function rowDays(part: PartDef, table: InputTable, columns?: ColumnOverrides, assume: Record<string, RawCell> = {}): (number | null)[] {
  const field = part.fields.find((f) => f.type === "date" || f.type === "datetime" || f.type === "month");
  const col = field ? mapColumns(part, table.headers, { columns }).index.get(field.key) : undefined;
  // a date confirmed for the sheet (`--param period`, `--assume`) dates every row, or the blank cells of its column
  const assumed = field ? assume[field.key] : undefined;
  return table.rows.map((row) => {
    if (!field || (col === undefined && assumed === undefined)) return null;
    const cell = col === undefined ? undefined : row[col];
    const raw = cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "") ? (assumed ?? cell) : cell;
    if (field.type === "date") {
      const d = parseDate(raw);
      return typeof d === "number" ? d : null;
    }
    if (field.type === "datetime") {
      const s = parseDateTime(raw);
      return typeof s === "number" ? Math.floor(s / SECONDS_IN_DAY) : null;
    }
    const m = parseMonth(raw);
    return typeof m === "number" ? dayFromYmd(Math.floor(m / 12), (m % 12) + 1, 1) : null;
  });
}
