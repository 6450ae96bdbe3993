import { RawCell, RowKind, RULES_SHEET_LOOK, RULES_SHEET_NAME, RulesSheet } from "../engine";
import { colLetters, rangeAddress } from "../excel/address";
import { PaneError } from "../excel/errors";
import { saveSettings, type SettingsLike } from "../excel/settings";
import { RULES_SETTING, type RulesPort, type RulesRead, type RulesWriteOutcome } from "../excel/rulesSheet";
import { bgr, type EtApplication, type EtScalar, type EtWorksheet } from "./et";
import { fromEtError } from "./errors";
import { addSheet, deleteSheet, findSheet, freeSheetName, recordedSheet } from "./sheets";
import { rawCell, rowsOf } from "./values";

const NAME_TRIES = 10;
const MAX_READ_CELLS = 200_000;
const LOOK = RULES_SHEET_LOOK;

/** Consecutive rows of one kind, as one formatting call each. */
function kindRuns(kinds: RowKind[]): { kind: RowKind; top: number; bottom: number }[] {
  const out: { kind: RowKind; top: number; bottom: number }[] = [];
  kinds.forEach((kind, i) => {
    const last = out[out.length - 1];
    if (last && last.kind === kind && last.bottom === i) last.bottom = i + 1;
    else out.push({ kind, top: i + 1, bottom: i + 1 });
  });
  return out;
}

/** The rules sheet's cells and look, as the Excel adapter writes them: every text cell "@" before its value. */
function writeCells(app: EtApplication, ws: EtWorksheet, sheet: RulesSheet): void {
  const width = Math.max(2, ...sheet.rows.map((r) => r.length));
  const last = width - 1;
  sheet.rows.forEach((line, i) => {
    for (let c = 0; c < width; c++) if (typeof line[c] === "string") ws.Range(rangeAddress(c, i + 1, c, i + 1)).NumberFormat = "@";
  });
  ws.Range(rangeAddress(0, 1, last, sheet.rows.length)).Value2 = sheet.rows.map((line) => Array.from({ length: width }, (_, c): EtScalar => line[c] ?? ""));
  ws.Range(rangeAddress(0, 1, 0, sheet.rows.length)).Font.Color = bgr(LOOK.markerGrey);
  for (const run of kindRuns(sheet.kinds)) {
    const rows = ws.Range(rangeAddress(0, run.top, last, run.bottom));
    const fill = LOOK.fills[run.kind];
    if (fill) rows.Interior.Color = bgr(fill);
    if (run.kind === "title") {
      const title = ws.Range(rangeAddress(1, run.top, last, run.bottom)).Font;
      title.Bold = true;
      title.Color = bgr(LOOK.titleFont);
    } else if (run.kind === "block") ws.Range(rangeAddress(1, run.top, 1, run.bottom)).Font.Bold = true;
    else if (run.kind === "labels") ws.Range(rangeAddress(1, run.top, last, run.bottom)).Font.Bold = true;
    else if (run.kind === "keys") rows.Font.Color = bgr(LOOK.keysGrey);
  }
  for (let c = 0; c <= Math.max(last, LOOK.valueColumns + 1); c++) {
    const letters = colLetters(c);
    ws.Range(`${letters}:${letters}`).ColumnWidth = c === 0 ? LOOK.widths.markers : c === 1 ? LOOK.widths.labels : LOOK.widths.values;
  }
  // the sheet is active (the clerk edits it next): freeze its first row and select B1
  const win = app.ActiveWindow;
  win.SplitColumn = 0;
  win.SplitRow = 1;
  win.FreezePanes = true;
  ws.Range("B1").Select();
}

/** The rules sheet over ET: Jili's own sheet (recorded by name) replaced at every "Edit rules"; the user's 规则 never. */
export class WpsRules implements RulesPort {
  constructor(
    private readonly app: EtApplication,
    private readonly settings: SettingsLike,
  ) {}

  async writeRulesSheet(sheet: RulesSheet): Promise<RulesWriteOutcome> {
    try {
      const book = this.app.ActiveWorkbook;
      const mine = recordedSheet(book, this.settings.get(RULES_SETTING));
      const names = Array.from({ length: NAME_TRIES }, (_, k) => (k === 0 ? sheet.name : `${sheet.name} (${k + 1})`));
      const free = freeSheetName(book, names, mine);
      if (mine) deleteSheet(this.app, mine);
      const ws = addSheet(book, free, true);
      writeCells(this.app, ws, sheet);
      this.settings.set(RULES_SETTING, ws.Name);
      await saveSettings(this.settings);
      return { sheet: free, renamed: free !== names[0], rows: sheet.rows.length, stats: { syncs: 0, chunks: 1, largestRequest: 0 } };
    } catch (e) {
      throw fromEtError(e);
    }
  }

  async readRulesSheet(): Promise<RulesRead | null> {
    try {
      const book = this.app.ActiveWorkbook;
      const ws = recordedSheet(book, this.settings.get(RULES_SETTING)) ?? findSheet(book, RULES_SHEET_NAME);
      if (!ws) return null;
      const used = ws.UsedRange;
      const rows = used.Row + used.Rows.Count - 1;
      const cols = used.Column + used.Columns.Count - 1;
      if (used.Rows.Count * used.Columns.Count > MAX_READ_CELLS) {
        throw new PaneError("NO_DATA", {
          "zh-CN": `工作表「${ws.Name}」太大，不是规则表（${used.Rows.Count} 行 × ${used.Columns.Count} 列）`,
          "en-US": `Sheet ${ws.Name} is too large to be a rules sheet (${used.Rows.Count} rows × ${used.Columns.Count} columns)`,
        });
      }
      // from A1, so that the problems' addresses are the sheet's own; texts stay as typed (the cells are "@")
      const cells: RawCell[][] = rowsOf(ws.Range(rangeAddress(0, 1, cols - 1, rows)).Value2).map((line) => line.map(rawCell));
      const blank = cells.every((line) => line.every((v) => v === null));
      return { sheet: ws.Name, cells: blank ? [] : cells };
    } catch (e) {
      throw fromEtError(e);
    }
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    try {
      const ws = findSheet(this.app.ActiveWorkbook, sheet);
      if (!ws) throw new Error(`no sheet named ${sheet}`);
      ws.Activate();
      ws.Range(address).Select();
    } catch (e) {
      throw fromEtError(e);
    }
  }
}
