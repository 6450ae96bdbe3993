// The statements sheet (个人奖励明细) as a worksheet part, its rows deflated as they are written: never the whole sheet's XML in memory.
import { columnLetter, fitsOneSheet, SHEET_MAX_ROWS, SheetCell, STATEMENT_STYLES, StatementSheet } from "../../engine";
import { Deflated, DeflateSink } from "../xlsx/deflateSink";
import { escapeXml } from "../xlsx/xml";
import { cellXml } from "./cell";
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

/**
 * One row's XML, or "" for a row with neither cells nor height. The cells a merge covers take the look of its
 * first cell (as Excel gives them when it merges), so a merged line's border and fill span its whole width.
 */
function rowXml(r: number, line: (SheetCell | null)[], height: number | null, spans: Span[] | undefined, letters: string[], look: (c: SheetCell) => number, strings: StringTable): string {
  const ids = line.map((c) => (c ? look(c) : -1));
  for (const m of spans ?? []) for (let c = m.left + 1; c <= m.right; c++) ids[c] = Math.max(0, ids[m.left] ?? 0);
  let cells = "";
  for (let c = 0; c < ids.length; c++) {
    if (ids[c] === undefined || ids[c] < 0) continue;
    const v = line[c]?.value ?? null;
    cells += cellXml(letters[c] + r, v, ids[c], strings);
  }
  if (!cells && height === null) return "";
  const ht = height !== null ? ` ht="${height}" customHeight="1"` : "";
  return cells ? `<row r="${r}"${ht}>${cells}</row>` : `<row r="${r}"${ht}/>`;
}

/** Writes the sheet's part: rows go to the deflate as they are made; styles and texts are gathered on the way. */
export async function statementSheetPart(sheet: StatementSheet, styles: StyleBook, strings: StringTable): Promise<Deflated> {
  if (!fitsOneSheet(sheet)) throw new StatementSheetTooLongError(sheet.rows.length);
  const width = sheetWidth(sheet);
  const letters = Array.from({ length: width }, (_, c) => columnLetter(c));
  const spans = mergesByRow(sheet);
  const look = looks(styles);
  const out = new DeflateSink();
  out.text(head(sheet, width));
  sheet.rows.forEach((line, i) => {
    const xml = rowXml(i + 1, line, sheet.rowHeights[i] ?? null, spans.get(i + 1), letters, look, strings);
    if (xml) out.text(xml);
  });
  out.text(tail(sheet));
  return out.finish();
}
