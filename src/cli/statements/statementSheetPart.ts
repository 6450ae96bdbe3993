// The statements sheet (个人奖励明细) as a worksheet part, its rows deflated as they are written: never the whole sheet's XML in memory.
import { columnLetter, fitsOneSheet, SHEET_MAX_ROWS, SheetCell, STATEMENT_STYLES, StatementSheet } from "../../engine";
import { Deflated, DeflateSink } from "../xlsx/deflateSink";
import { escapeXml } from "../xlsx/xml";
import { PartSink } from "../xlsx/partSink";
import { writeCellAfterRef } from "./cell";
import { StringTable } from "./stringTable";
import { StyleBook } from "./styleBook";

/** Excel's rows a sheet */
/** the last column (XFD, 0-based) a row break spans, as Excel writes it */
const LAST_COLUMN = 16383;
const PAPER_SIZE = { A4: 9 } as const;

/** The layout has more rows than an Excel sheet holds: no file is written. */
export class StatementSheetTooLongError extends Error {
  constructor(readonly rows: number) {
    super(`the statements take ${rows} rows, more than the ${SHEET_MAX_ROWS} an Excel sheet holds`);
    this.name = "StatementSheetTooLongError";
  }
}

type Span = StatementSheet["merges"][number];

/** The sheet's merges by row (each of the layout's merges is on one row). */
function mergesByRow(sheet: StatementSheet): Map<number, Span[]> {
  const out = new Map<number, Span[]>();
  for (const m of sheet.merges) {
    const list = out.get(m.row);
    if (list) list.push(m);
    else out.set(m.row, [m]);
  }
  return out;
}

/** Columns the sheet uses (a loop, not a spread: a long sheet has more rows than a call takes arguments). */
function sheetWidth(sheet: StatementSheet): number {
  let width = sheet.columnWidths.length;
  for (const m of sheet.merges) width = Math.max(width, m.right + 1);
  for (const line of sheet.rows) width = Math.max(width, line.length);
  return width;
}

/** Before the rows: fit-to-page flag, the used range, the columns' widths. */
function head(sheet: StatementSheet, width: number): string {
  const cols = sheet.columnWidths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` +
    `<dimension ref="A1:${columnLetter(Math.max(0, width - 1))}${Math.max(1, sheet.rows.length)}"/>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : "") +
    `<sheetData>`
  );
}

/** After the rows: merges, then the print settings in the schema's order (options, margins, setup, footer, breaks). */
function tail(sheet: StatementSheet): string {
  const merges = sheet.merges.map((m) => `<mergeCell ref="${columnLetter(m.left)}${m.row}:${columnLetter(m.right)}${m.row}"/>`).join("");
  const p = sheet.print;
  const m = p.margins;
  // OOXML's break sits after a row: a statement starting on row r breaks after row r - 1
  const breaks = sheet.pageBreaks.map((r) => `<brk id="${r - 1}" max="${LAST_COLUMN}" man="1"/>`).join("");
  return (
    `</sheetData>` +
    (merges ? `<mergeCells count="${sheet.merges.length}">${merges}</mergeCells>` : "") +
    (p.centerHorizontally ? `<printOptions horizontalCentered="1"/>` : "") +
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
    `<pageSetup paperSize="${PAPER_SIZE[p.paperSize]}" orientation="${p.orientation}" fitToWidth="${p.fitToWidth}" fitToHeight="${p.fitToHeight}"/>` +
    `<headerFooter><oddFooter>${escapeXml(`&C${p.footer}`)}</oddFooter></headerFooter>` +
    (breaks ? `<rowBreaks count="${sheet.pageBreaks.length}" manualBreakCount="${sheet.pageBreaks.length}">${breaks}</rowBreaks>` : "") +
    `</worksheet>`
  );
}

/** A cell's cellXfs index, by its look and number format, each pair resolved once (no key string made per cell). */
function looks(styles: StyleBook): (c: SheetCell) => number {
  const known = new Map<string, Map<string | null, number>>();
  return (c) => {
    let byFormat = known.get(c.style);
    if (byFormat === undefined) known.set(c.style, (byFormat = new Map()));
    const format = c.numberFormat ?? null;
    let id = byFormat.get(format);
    if (id === undefined) byFormat.set(format, (id = styles.xf(STATEMENT_STYLES[c.style], format)));
    return id;
  };
}

/** Pieces of a row's markup as bytes, made once: a sheet of a million rows writes them without a string a cell. */
const ROW_OPEN = Buffer.from(`<row r="`, "latin1");
const ROW_CLOSE = Buffer.from(`</row>`, "latin1");
const ROW_EMPTY_END = Buffer.from(`/>`, "latin1");
const TAG_END = Buffer.from(`>`, "latin1");
const QUOTE = Buffer.from(`"`, "latin1");

/** What every row of a sheet is written with: each column's `<c r="B`, each look's ` s="3"`, the looks found so far. */
interface RowWriter {
  out: PartSink;
  cellOpens: Buffer[];
  styleAttrs: Map<number, Buffer>;
  look: (c: SheetCell) => number;
  strings: StringTable;
  /** the looks of the row being written, by column (-1: no cell) */
  ids: number[];
}

/**
 * One row, straight into the part (nothing for a row with neither cells nor height). The cells a merge covers take
 * the look of its first cell (as Excel gives them when it merges), so a merged line's border and fill span its whole
 * width. Each cell after its reference is cell.ts's, as the summary sheet writes it.
 */
function writeRow(w: RowWriter, r: number, line: (SheetCell | null)[], height: number | null, spans: Span[] | undefined): void {
  const ids = w.ids;
  ids.length = 0;
  let any = false;
  for (let c = 0; c < line.length; c++) {
    const cell = line[c];
    ids[c] = cell ? w.look(cell) : -1;
    if (cell) any = true;
  }
  for (const m of spans ?? []) {
    for (let c = ids.length; c < m.left; c++) ids[c] = -1;
    for (let c = m.left + 1; c <= m.right; c++) {
      ids[c] = Math.max(0, ids[m.left] ?? 0);
      any = true;
    }
  }
  if (!any && height === null) return;
  const { out } = w;
  out.bytes(ROW_OPEN);
  out.digits(r);
  out.bytes(QUOTE);
  if (height !== null) out.text(` ht="${height}" customHeight="1"`);
  if (!any) {
    out.bytes(ROW_EMPTY_END);
    return;
  }
  out.bytes(TAG_END);
  for (let c = 0; c < ids.length; c++) {
    const id = ids[c];
    if (id === undefined || id < 0) continue;
    w.out.bytes(w.cellOpens[c]);
    w.out.digits(r);
    writeCellAfterRef(w.out, line[c]?.value ?? null, id, w.strings, w.styleAttrs);
  }
  out.bytes(ROW_CLOSE);
}


/** Writes the sheet's part: rows go to the deflate as they are made; styles and texts are gathered on the way. */
export async function statementSheetPart(sheet: StatementSheet, styles: StyleBook, strings: StringTable): Promise<Deflated> {
  if (!fitsOneSheet(sheet)) throw new StatementSheetTooLongError(sheet.rows.length);
  const width = sheetWidth(sheet);
  const letters = Array.from({ length: width }, (_, c) => columnLetter(c));
  const spans = mergesByRow(sheet);
  const out = new DeflateSink();
  const w: RowWriter = { out, cellOpens: letters.map((l) => Buffer.from(`<c r="${l}`, "latin1")), styleAttrs: new Map(), look: looks(styles), strings, ids: [] };
  out.text(head(sheet, width));
  sheet.rows.forEach((line, i) => writeRow(w, i + 1, line, sheet.rowHeights[i] ?? null, spans.get(i + 1)));
  out.text(tail(sheet));
  return out.finish();
}
