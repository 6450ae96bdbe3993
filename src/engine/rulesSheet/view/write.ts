/**
 * A scheme's rules as the sheet a clerk reads: title and how to edit on top, then per rule its heading, the rule in
 * words, what a blank cell means, and its tables (header row, then one row per tier, key or value). Value cells are
 * marked editable; categories and yes/no get drop-downs.
 */
import type { Lang } from "../../i18n/messages";
import { ratesModel } from "../../rates";
import type { RateTable, RatesModel } from "../../rates";
import type { SchemeDocument } from "../../scheme/schema";
import type { RulesCell } from "../layout";
import { CellBlock, HOW_TO_EDIT, RULES_VIEW_LOOK, RULES_VIEW_SHEET, RulesBook, RulesView, ViewRowKind } from "./layout";
import { structureRows } from "./structure";
import { YES_NO } from "../../rates/cells";

export function howToEdit(lang: Lang): string[] {
  return [...HOW_TO_EDIT[lang]];
}

/** "「户数到」留空：不封顶" for each column whose blank means something. */
export function blankHints(table: RateTable, lang: Lang): string | null {
  const said = table.columns.filter((c) => c.blank).map((c) => (lang === "zh-CN" ? `「${c.label}」留空：${c.blank}` : `${c.label} blank: ${c.blank}`));
  return said.length ? said.join(lang === "zh-CN" ? "；" : "; ") : null;
}

class Sheet {
  rows: RulesCell[][] = [];
  kinds: ViewRowKind[] = [];
  editable: CellBlock[] = [];
  lists: RulesView["lists"] = [];
  percent: CellBlock[] = [];
  text: CellBlock[] = [];
  add(kind: ViewRowKind, cells: RulesCell[]): number {
    this.rows.push(cells);
    this.kinds.push(kind);
    return this.rows.length - 1;
  }
}

function writeTable(sheet: Sheet, table: RateTable, lang: Lang): void {
  if (table.caption) sheet.add("caption", [table.caption]);
  const hint = blankHints(table, lang);
  if (hint) sheet.add("hint", [hint]);
  sheet.add("header", table.columns.map((c) => c.label));
  const top = sheet.rows.length;
  for (const row of table.rows) sheet.add("data", row.map((v) => (typeof v === "boolean" ? (lang === "zh-CN" ? (v ? "是" : "否") : v ? "yes" : "no") : v)));
  // an empty table (a parameter not set yet) still offers the row under its header
  const bottom = Math.max(top, sheet.rows.length - 1);
  table.columns.forEach((c, col) => {
    const block = { top, left: col, bottom, right: col };
    if (c.kind !== "fixed") sheet.editable.push(block);
    if (c.kind === "choice" && c.choices) sheet.lists.push({ block, values: c.choices });
    if (c.kind === "yesno") sheet.lists.push({ block, values: [...YES_NO[lang]] });
    if (c.kind === "percent") sheet.percent.push(block);
    if (c.kind === "text" || c.kind === "date" || c.kind === "choice" || c.kind === "fixed") sheet.text.push(block);
  });
  // a table ends at a blank row: the reader stops there, and a clerk adds a row to an empty table by typing in it
  sheet.add("blank", []);
}

export function rulesView(model: RatesModel, name = RULES_VIEW_SHEET): RulesView {
  const lang = model.lang;
  const sheet = new Sheet();
  sheet.add("title", [lang === "zh-CN" ? `规则 · ${model.title}` : `Rules · ${model.title}`]);
  for (const line of [...howToEdit(lang), ...model.header]) sheet.add("note", [line]);
  sheet.add("blank", []);
  for (const section of model.sections) {
    sheet.add("heading", [section.heading]);
    for (const line of section.sentence) sheet.add("sentence", [line]);
    for (const table of section.tables) writeTable(sheet, table, lang);
  }
  return { name, rows: sheet.rows, kinds: sheet.kinds, editable: sheet.editable, lists: sheet.lists, percent: sheet.percent, text: sheet.text, widths: [...RULES_VIEW_LOOK.widths] };
}

/** Both sheets for a scheme, in the language the clerk reads. */
export function schemeToRulesBook(scheme: SchemeDocument, lang: Lang, name = RULES_VIEW_SHEET): RulesBook {
  return { view: rulesView(ratesModel(scheme, lang), name), structure: structureRows(scheme, name, lang) };
}

/** The same sheets under another name (when 规则 is taken by a sheet of the user's): the structure names it too. */
export function renameRulesBook(book: RulesBook, name: string): RulesBook {
  return { view: { ...book.view, name }, structure: { ...book.structure, rows: book.structure.rows.map((r) => (r[0] === "sheet" ? ["sheet", name] : r)) } };
}

/** Text blocks as "@" (a code or a date typed stays text), percent blocks as 0.00%, other cells null (General). */
export const VIEW_FORMATS = { text: "@", percent: "0.00%" } as const;

/** The number format of every cell of the view, row by row, as wide as the widest row (every face writes these). */
export function viewNumberFormats(view: RulesView): (string | null)[][] {
  const width = Math.max(1, ...view.rows.map((r) => r.length));
  const grid: (string | null)[][] = view.rows.map(() => Array.from({ length: width }, () => null));
  const paint = (blocks: CellBlock[], f: string) => {
    for (const b of blocks) for (let r = b.top; r <= b.bottom && r < grid.length; r++) for (let c = b.left; c <= b.right && c < width; c++) grid[r][c] = f;
  };
  paint(view.text, VIEW_FORMATS.text);
  paint(view.percent, VIEW_FORMATS.percent);
  // every other text cell (headings, sentences) is text too, so nothing a clerk reads turns into a date or formula
  view.rows.forEach((row, r) => row.forEach((v, c) => typeof v === "string" && grid[r][c] === null && (grid[r][c] = VIEW_FORMATS.text)));
  return grid;
}

/** Excel and ET refuse a list rule whose values, joined, are longer than this (and split values at commas) */
const LIST_SOURCE_MAX = 255;

/** A list a host can hold as a drop-down: short enough, no comma or quote inside a value (the sheet is checked anyway). */
export function dropDownSource(values: readonly string[]): string | null {
  const source = values.join(",");
  return source.length > LIST_SOURCE_MAX || values.some((v) => v.includes(",") || v.includes('"')) ? null : source;
}
