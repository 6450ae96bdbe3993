/**
 * The rules sheet a clerk reads (规则): the scheme in words, one section per rule with the numbers it uses in small
 * labelled tables, and no marker, path or internal id in sight. What makes it read back exactly — the scheme
 * document itself — is in a second, very hidden sheet (Jili·规则结构, see structure.ts); the visible tables are found
 * again by their section headings and header rows, which Jili writes and protects, so a row inserted or deleted inside a
 * table is a tier added or removed.
 *
 * Why a very hidden sheet and not defined names: all three faces read and write a very hidden sheet with the calls
 * they already use for cells (Office.js `Worksheet.visibility = "VeryHidden"`, ExcelApi 1.2; WPS 表格
 * `Worksheet.Visible = xlSheetVeryHidden`; OOXML `<sheet state="veryHidden">`), it holds any length of JSON in
 * cells, and Excel's Unhide dialog does not list it. A defined name over a table does not grow when a row is added
 * below its last row, and one whose header row is deleted turns into #REF!, which the hosts report differently.
 */
import type { RulesCell } from "../layout";

export const RULES_VIEW_SHEET = "规则";
export const RULES_STRUCTURE_SHEET = "Jili·规则结构";
export const RULES_STRUCTURE_FORMAT = "jili-rules/2";

/**
 * The two lines under the title saying how to edit the sheet; the first also tells any face that the sheet is Jili's
 * rules sheet (never a data sheet), whatever it is named.
 */
export const HOW_TO_EDIT = {
  "zh-CN": ["改浅黄色单元格里的数字或选项；在表格中间插入一行可增加一档，删除一行可去掉一档。", "改完后在 Jili 窗格中点「使用规则表」：整张表读通才会采用，读不通会指出单元格。"],
  "en-US": ["Change the numbers and choices in the light yellow cells; insert a row inside a table to add a tier, delete one to remove it.", "Then click Use rules sheet in the Jili pane: the sheet is used only when all of it reads; otherwise each problem names its cell."],
} as const;

/** Whether a sheet's cells are a rules sheet Jili wrote: its second row is the first line of HOW_TO_EDIT. */
export function isRulesView(cells: readonly (readonly unknown[] | undefined)[]): boolean {
  const a2 = cells[1]?.[0];
  return typeof a2 === "string" && (a2 === HOW_TO_EDIT["zh-CN"][0] || a2 === HOW_TO_EDIT["en-US"][0]);
}

export type ViewRowKind = "title" | "note" | "heading" | "sentence" | "hint" | "caption" | "header" | "data" | "blank";

/** A rectangle of cells (0-based row and column, inclusive). */
export interface CellBlock {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface RulesView {
  name: string;
  rows: RulesCell[][];
  kinds: ViewRowKind[];
  /** cells a clerk types in (unlocked when the sheet is protected), one block per table's data rows */
  editable: CellBlock[];
  /** drop-downs: the block and its allowed values */
  lists: { block: CellBlock; values: string[] }[];
  /** cells shown as a percentage (0.02 → 2.00%) */
  percent: CellBlock[];
  /** cells that keep what is typed as text (a date written 2016-01-01, a code) */
  text: CellBlock[];
  /** widths of the first columns in Excel characters */
  widths: number[];
}

export interface RulesStructure {
  name: string;
  rows: string[][];
}

/** Both sheets Jili writes for a scheme's rules: what the clerk edits and, very hidden, what it reads back against. */
export interface RulesBook {
  view: RulesView;
  structure: RulesStructure;
}

/** How the visible sheet looks (RGB hex; each face writes them in its host's notation). */
export const RULES_VIEW_LOOK = {
  fills: { title: "1F4E79", heading: "DDEBF7", header: "F2F2F2" } as Partial<Record<ViewRowKind, string>>,
  titleFont: "FFFFFF",
  /** value cells a clerk may change */
  editableFill: "FFF9E5",
  hintFont: "7F7F7F",
  widths: [34, 16, 16, 18, 16, 16],
} as const;
