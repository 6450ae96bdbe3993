import { CellBlock, dropDownSource, RawCell, renameRulesBook, RULES_SHEET_NAME, RULES_STRUCTURE_SHEET, RULES_VIEW_LOOK, RulesBook, RulesView, viewNumberFormats } from "../engine";
import { colLetters, rangeAddress } from "../excel/address";
import { PaneError } from "../excel/errors";
import { saveSettings, type SettingsLike } from "../excel/settings";
import { kindRuns, RULES_SETTING, type RulesPort, type RulesRead, type RulesWriteOutcome } from "../excel/rulesSheet";
import { bgr, XL, type EtApplication, type EtScalar, type EtWorksheet } from "./et";
import { fromEtError } from "./errors";
import { addSheet, deleteSheet, findSheet, freeSheetName, recordedSheet } from "./sheets";
import { rawCell, rowsOf } from "./values";

const NAME_TRIES = 10;
const MAX_READ_CELLS = 200_000;
const LOOK = RULES_VIEW_LOOK;

const blockAddress = (b: CellBlock) => rangeAddress(b.left, b.top + 1, b.right, b.bottom + 1);

/** The clerk's sheet's cells and look, as the Excel adapter writes them: each cell's number format before its value. */
function writeView(app: EtApplication, ws: EtWorksheet, view: RulesView): void {
  const width = Math.max(2, ...view.rows.map((r) => r.length));
  const last = width - 1;
  viewNumberFormats(view).forEach((line, i) => line.forEach((f, c) => f && (ws.Range(rangeAddress(c, i + 1, c, i + 1)).NumberFormat = f)));
  ws.Range(rangeAddress(0, 1, last, view.rows.length)).Value2 = view.rows.map((line) => Array.from({ length: width }, (_, c): EtScalar => line[c] ?? ""));
  for (const run of kindRuns(view.kinds)) {
    const rows = ws.Range(rangeAddress(0, run.top, last, run.bottom));
    const fill = LOOK.fills[run.kind];
    if (fill) rows.Interior.Color = bgr(fill);
    if (run.kind === "title") {
      rows.Font.Bold = true;
      rows.Font.Color = bgr(LOOK.titleFont);
    } else if (run.kind === "heading" || run.kind === "header" || run.kind === "caption") rows.Font.Bold = true;
    else if (run.kind === "hint" || run.kind === "note") rows.Font.Color = bgr(LOOK.hintFont);
  }
  for (const b of view.editable) ws.Range(blockAddress(b)).Interior.Color = bgr(LOOK.editableFill);
  for (const { block, values } of view.lists) {
    const source = dropDownSource(values);
    if (source) ws.Range(blockAddress(block)).Validation.Add(XL.validateList, XL.validAlertStop, XL.between, source);
  }
  view.widths.forEach((w, c) => {
    const letters = colLetters(c);
    ws.Range(`${letters}:${letters}`).ColumnWidth = w;
  });
  // the sheet is active (the clerk edits it next): freeze its first row and select A1
  const win = app.ActiveWindow;
  win.SplitColumn = 0;
  win.SplitRow = 1;
  win.FreezePanes = true;
  ws.Range("A1").Select();
}

/** The structure sheet: text cells, very hidden, protected without a password. */
function writeStructure(app: EtApplication, rows: string[][]): void {
  const ws = addSheet(app, RULES_STRUCTURE_SHEET);
  const width = Math.max(...rows.map((r) => r.length));
  const range = ws.Range(rangeAddress(0, 1, width - 1, rows.length));
  range.NumberFormat = "@";
  range.Value2 = rows.map((r) => Array.from({ length: width }, (_, c): EtScalar => r[c] ?? ""));
  ws.Visible = XL.sheetVeryHidden;
  ws.Protect();
}

/** A sheet's cells from A1 (addresses are the sheet's own; texts stay as typed, the cells are "@"). */
function cellsFromA1(ws: EtWorksheet): RawCell[][] {
  const used = ws.UsedRange;
  const rows = used.Row + used.Rows.Count - 1;
  const cols = used.Column + used.Columns.Count - 1;
  if (used.Rows.Count * used.Columns.Count > MAX_READ_CELLS) {
    throw new PaneError("NO_DATA", {
      "zh-CN": `工作表「${ws.Name}」太大，不是规则表（${used.Rows.Count} 行 × ${used.Columns.Count} 列）`,
      "en-US": `Sheet ${ws.Name} is too large to be a rules sheet (${used.Rows.Count} rows × ${used.Columns.Count} columns)`,
    });
  }
  const cells: RawCell[][] = rowsOf(ws.Range(rangeAddress(0, 1, cols - 1, rows)).Value2).map((line) => line.map(rawCell));
  return cells.every((line) => line.every((v) => v === null)) ? [] : cells;
}

/** The rules sheet over ET: Jili's own sheet (recorded by name) replaced at every "Edit rules"; the user's 规则 never. */
export class WpsRules implements RulesPort {
  constructor(
    private readonly app: EtApplication,
    private readonly settings: SettingsLike,
  ) {}

  async writeRulesBook(given: RulesBook): Promise<RulesWriteOutcome> {
    try {
      const book = this.app.ActiveWorkbook;
      const mine = recordedSheet(book, this.settings.get(RULES_SETTING));
      const names = Array.from({ length: NAME_TRIES }, (_, k) => (k === 0 ? given.view.name : `${given.view.name} (${k + 1})`));
      const free = freeSheetName(book, names, mine);
      const rules = renameRulesBook(given, free);
      if (mine) deleteSheet(this.app, mine);
      const old = findSheet(book, RULES_STRUCTURE_SHEET);
      if (old) {
        old.Unprotect();
        deleteSheet(this.app, old);
      }
      const ws = addSheet(this.app, free, true);
      writeView(this.app, ws, rules.view);
      writeStructure(this.app, rules.structure.rows);
      ws.Activate();
      this.settings.set(RULES_SETTING, ws.Name);
      await saveSettings(this.settings);
      return { sheet: free, renamed: free !== names[0], rows: rules.view.rows.length, stats: { syncs: 0, chunks: 1, largestRequest: 0 } };
    } catch (e) {
      throw fromEtError(e);
    }
  }

  async readRulesSheet(): Promise<RulesRead | null> {
    try {
      const book = this.app.ActiveWorkbook;
      const ws = recordedSheet(book, this.settings.get(RULES_SETTING)) ?? findSheet(book, RULES_SHEET_NAME);
      if (!ws) return null;
      const structure = findSheet(book, RULES_STRUCTURE_SHEET);
      return { sheet: ws.Name, cells: cellsFromA1(ws), structure: structure ? cellsFromA1(structure) : null };
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
