import { freeSheetNames, STATEMENT_STYLES, StatementSheet, styleRuns, validSheetName } from "../engine";
import { colLetters, rangeAddress } from "../excel/address";
import { saveSettings, type SettingsLike } from "../excel/settings";
import { StatementsHost, PartWritten, writeStatementParts } from "../excel/statementParts";
import { recordedStatements, recordStatements } from "../excel/statementsRecord";
import type { CancelToken } from "../excel/port";
import type { StatementsOutcome, StatementsPort, StatementsWriteOptions } from "../excel/statements";
import { XL, type EtApplication, type EtScalar, type EtWorksheet } from "./et";
import { fromEtError, pause } from "./errors";
import { addSheet, deleteSheet, findSheet, recordedSheet } from "./sheets";
import { formatRun } from "./style";

const ROWS_PER_CHUNK = 2000;
const POINTS_PER_INCH = 72;

/** A4, fitted to one page wide, margins and footer: the engine's print settings in ET's PageSetup units (points). */
function pageSetup(ws: EtWorksheet, sheet: StatementSheet): void {
  const p = sheet.print;
  const ps = ws.PageSetup;
  ps.PaperSize = 9 as Et.EtXlPaperSize; // xlPaperA4, the only size the engine lays out
  ps.Orientation = p.orientation === "portrait" ? XL.portrait : XL.landscape;
  ps.Zoom = false;
  ps.FitToPagesWide = p.fitToWidth;
  ps.FitToPagesTall = p.fitToHeight;
  ps.CenterHorizontally = p.centerHorizontally;
  ps.LeftMargin = p.margins.left * POINTS_PER_INCH;
  ps.RightMargin = p.margins.right * POINTS_PER_INCH;
  ps.TopMargin = p.margins.top * POINTS_PER_INCH;
  ps.BottomMargin = p.margins.bottom * POINTS_PER_INCH;
  ps.HeaderMargin = p.margins.header * POINTS_PER_INCH;
  ps.FooterMargin = p.margins.footer * POINTS_PER_INCH;
  ps.CenterFooter = p.footer;
}

/** Rows r0..r1 (1-based) of the layout: formats first (text "@", so 2016-01 stays text), values, styles, merges, breaks. */
function writeRows(ws: EtWorksheet, sheet: StatementSheet, r0: number, r1: number): void {
  const W = sheet.columnWidths.length;
  const slice = sheet.rows.slice(r0 - 1, r1);
  for (let c = 0; c < W; c++) {
    // consecutive rows of one format as one call
    const formats = slice.map((line) => line[c]?.numberFormat ?? null);
    let start = 0;
    for (let i = 1; i <= formats.length; i++) {
      if (i < formats.length && formats[i] === formats[start]) continue;
      if (formats[start] !== null) ws.Range(rangeAddress(c, r0 + start, c, r0 + i - 1)).NumberFormat = formats[start];
      start = i;
    }
  }
  ws.Range(rangeAddress(0, r0, W - 1, r1)).Value2 = slice.map((line) => Array.from({ length: W }, (_, c): EtScalar => line[c]?.value ?? ""));
  for (const run of styleRuns(sheet, r0, r1)) formatRun(ws.Range(rangeAddress(run.left, run.top, run.right, run.bottom)), STATEMENT_STYLES[run.style], run.bottom - run.top + 1, run.right - run.left + 1);
  for (const m of sheet.merges) if (m.row >= r0 && m.row <= r1) ws.Range(rangeAddress(m.left, m.row, m.right, m.row)).Merge(true);
  for (const r of sheet.pageBreaks) if (r >= r0 && r <= r1) ws.HPageBreaks.Add(ws.Range(`A${r}`));
  // wrapped explanations: the host sizes the rows to their text
  ws.Range(rangeAddress(0, r0, W - 1, r1)).Rows.AutoFit();
}

/**
 * Statements in the workbook over ET, as the Excel adapter writes them (the same policy: excel/statementParts.ts):
 * sheets of Jili's own, recorded by name in the settings, replaced at every run; a sheet of the user's with one of
 * the names is never touched, the next free name is used. The sheets are not activated.
 */
export class WpsStatements implements StatementsPort {
  constructor(
    private readonly app: EtApplication,
    private readonly settings: SettingsLike,
  ) {}

  async writeStatements(parts: readonly StatementSheet[], options: StatementsWriteOptions = {}): Promise<StatementsOutcome> {
    try {
      const book = this.app.ActiveWorkbook;
      const mine = recordedStatements(this.settings)
        .map((name) => recordedSheet(book, name))
        .filter((ws): ws is EtWorksheet => ws !== null);
      const ours = new Set(mine.map((ws) => ws.Name.toLowerCase()));
      const names = freeSheetNames(parts[0].name, parts.length, (n) => !ours.has(n.toLowerCase()) && findSheet(book, n) !== null);
      const host: StatementsHost<StatementSheet, EtWorksheet> = {
        prepare: async (part) => part,
        deleteOld: async () => mine.forEach((ws) => deleteSheet(this.app, ws)),
        add: async (name) => {
          // the user may have added a sheet with this name while the sheets before were written (the pane pauses)
          const free = findSheet(book, name) ? validSheetName(name, (n) => findSheet(book, n) !== null) : name;
          const ws = addSheet(this.app, free);
          return { key: ws.Name, name: ws.Name, sheet: ws };
        },
        record: async (keys) => {
          recordStatements(this.settings, keys);
          await saveSettings(this.settings);
        },
        write: (ws, sheet, onRows) => writeSheet(ws, sheet, options.cancel, onRows),
      };
      const out = await writeStatementParts(host, parts, names, options);
      const stats = { syncs: 0, chunks: out.chunks, largestRequest: 0 };
      if (out.cancelled) return { status: "cancelled", sheet: out.names[0] ?? names[0], rowsWritten: out.rowsWritten, stats };
      return { status: "done", sheet: out.names[0], sheets: out.names, renamed: out.names[0] !== parts[0].name, printSettings: true, stats };
    } catch (e) {
      throw fromEtError(e);
    }
  }
}

/** One statements sheet, in chunks of rows with a pause between; a cancel stops between chunks, never before the first. */
async function writeSheet(ws: EtWorksheet, sheet: StatementSheet, cancel: CancelToken | undefined, onRows: (done: number) => void): Promise<PartWritten> {
  sheet.columnWidths.forEach((w, c) => {
    const letters = colLetters(c);
    ws.Range(`${letters}:${letters}`).ColumnWidth = w;
  });
  pageSetup(ws, sheet);
  const rows = sheet.rows.length;
  let chunks = 0;
  for (let r0 = 1; r0 <= rows; r0 += ROWS_PER_CHUNK) {
    if (r0 > 1 && cancel?.cancelled) return { cancelled: true, rowsWritten: r0 - 1, chunks, largestRequest: 0 };
    const r1 = Math.min(rows, r0 + ROWS_PER_CHUNK - 1);
    writeRows(ws, sheet, r0, r1);
    chunks++;
    onRows(r1);
    // a turn of the host's event loop between chunks (and before the next sheet's)
    await pause();
  }
  return { cancelled: false, rowsWritten: rows, chunks, largestRequest: 0 };
}
