// Statements too many for one worksheet laid out over several, cut between two people's statements, never inside one.
import { freeSheetNames } from "./sheetName";
import { SHEET_MAX_PAGE_BREAKS, SHEET_MAX_ROWS, StatementSheet } from "./sheet";

/** A statement longer than a worksheet: it cannot be cut without splitting a person's rows (the faces refuse it). */
export interface StatementTooLong {
  tooLong: true;
  /** the statement's subject and rows */
  subject: string;
  rows: number;
}

/**
 * The statements sheet as sheets of at most `maxRows` rows and `maxStatements` statements (a page break before
 * each but the first: Excel keeps 1 023 a sheet): statements are taken in order while the next one fits, then a new
 * sheet starts with it. The first sheet keeps the name; the others are that name with " (2)", " (3)" … (unique
 * against `taken`, as Excel requires). Each sheet keeps the columns and print settings; its merges, row heights,
 * page breaks and statement positions are its own, counted from its first row. One sheet when all fit.
 */
export function splitStatementSheet(
  sheet: StatementSheet,
  taken: (name: string) => boolean = () => false,
  maxRows = SHEET_MAX_ROWS,
  maxStatements = SHEET_MAX_PAGE_BREAKS + 1,
): StatementSheet[] | StatementTooLong {
  if (sheet.rows.length <= maxRows && sheet.blocks.length <= maxStatements) return [sheet];
  const { blocks } = sheet;
  // the rows of statement k run from its top to the row before the next one's (any rows before the first go with it)
  const start = (k: number) => (k === 0 ? 1 : blocks[k].top);
  const end = (k: number) => (k + 1 < blocks.length ? blocks[k + 1].top - 1 : sheet.rows.length);
  const parts: { from: number; to: number; first: number; last: number }[] = [];
  for (let k = 0; k < blocks.length; k++) {
    if (end(k) - start(k) + 1 > maxRows) return { tooLong: true, subject: blocks[k].subject, rows: end(k) - start(k) + 1 };
    const open = parts[parts.length - 1];
    if (open && end(k) - open.from + 1 <= maxRows && k - open.first < maxStatements) {
      open.to = end(k);
      open.last = k;
    } else parts.push({ from: start(k), to: end(k), first: k, last: k });
  }
  // the first part keeps the sheet's own name (already the workbook's choice); the others the next free names after it
  const others = freeSheetNames(sheet.name, parts.length - 1, (n) => taken(n) || n.toLowerCase() === sheet.name.toLowerCase());
  const names = [sheet.name, ...others];
  return parts.map((p, i) => sheetPart(sheet, p, names[i]));
}

/** Rows `from`..`to` (1-based, inclusive) of the sheet, holding statements `first`..`last`, as a sheet of their own. */
function sheetPart(sheet: StatementSheet, p: { from: number; to: number; first: number; last: number }, name: string): StatementSheet {
  const shift = p.from - 1;
  const inside = (row: number) => row >= p.from && row <= p.to;
  return {
    name,
    columnWidths: sheet.columnWidths,
    rows: sheet.rows.slice(p.from - 1, p.to),
    rowHeights: sheet.rowHeights.slice(p.from - 1, p.to),
    merges: sheet.merges.filter((m) => inside(m.row)).map((m) => ({ ...m, row: m.row - shift })),
    // a page break before each statement but the sheet's first
    pageBreaks: sheet.pageBreaks.filter((r) => inside(r) && r > p.from).map((r) => r - shift),
    print: sheet.print,
    blocks: sheet.blocks.slice(p.first, p.last + 1).map((b) => ({ ...b, top: b.top - shift, bottom: b.bottom - shift, totalRow: b.totalRow === null ? null : b.totalRow - shift })),
  };
}
