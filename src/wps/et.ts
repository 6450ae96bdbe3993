/// <reference types="wps-jsapi" />
// Jili's view of the WPS 表格 (ET) object model: every member src/wps calls, and nothing else, checked against the
// declarations of the npm package wps-jsapi (lib.et.d.ts, namespace Et) by the assertions in etChecks.ts.
//
// Why a view and not Et.* directly: those declarations are generated from the COM type library. A method declares its
// result as a trailing `RHS` parameter and returns void (`Range(Cell1?, Cell2?, RHS?: EtRange): void`), and some
// VARIANT properties are declared `number` (`Value2`, `UsedRange`, `ProtectContents`, `Date1904`, `Formula`). Here each
// method returns the type its `RHS` declares, and each VARIANT property has the type the object model documents. Members
// whose declaration says `any` keep a narrower type here; docs/wps.md lists each one.

/** One cell's Value2: text, a number (dates as serial numbers), a boolean, or empty. */
export type EtScalar = string | number | boolean | null | undefined;
/** Value2 of a range: a scalar for one cell, rows of scalars for several. */
export type EtValues = EtScalar | EtScalar[][];

export interface EtInterior {
  /** BGR colour number (VBA's RGB()) */
  Color: number;
  Pattern: Et.EtXlPattern;
}

export interface EtFont {
  Bold: boolean | null;
  Italic: boolean | null;
  Size: number | null;
  Color: number;
}

export interface EtBorder {
  LineStyle: Et.EtXlLineStyle;
}

export interface EtBorders {
  Item(index: Et.EtXlBordersIndex): EtBorder;
}

export interface EtComment {
  Text(): string;
  Delete(): void;
}

export interface EtComments {
  readonly Count: number;
  /** 1-based */
  Item(index: number): EtComment;
}

export interface EtListObject {
  readonly Name: string;
  readonly Range: EtRange;
}

export interface EtRange {
  readonly Row: number;
  readonly Column: number;
  readonly Count: number;
  readonly Rows: EtRange;
  readonly Columns: EtRange;
  readonly EntireRow: EtRange;
  readonly MergeArea: EtRange;
  readonly Interior: EtInterior;
  readonly Font: EtFont;
  readonly Borders: EtBorders;
  /** null when the active cell is in no table */
  readonly ListObject: EtListObject | null;
  /** declared `number`: a VARIANT, a scalar for one cell and rows of scalars for several */
  Value2: EtValues;
  /** declared `number`: formulas as text ("=A1*2"), constants as their value; rows of them for several cells */
  readonly Formula: EtValues;
  /** one format for every cell; reading several cells of different formats gives null */
  NumberFormat: string | null;
  /** true, false, or null when some rows are hidden and others not */
  Hidden: boolean | null;
  /** true, false, or null when some cells are merged and others not */
  readonly MergeCells: boolean | null;
  /** in characters of the standard font, as Excel's column widths */
  ColumnWidth: number;
  HorizontalAlignment: number;
  VerticalAlignment: number;
  WrapText: boolean | null;
  /** 1-based row and column within the range */
  Item(row: number, column: number): EtRange;
  Address(rowAbsolute: boolean, columnAbsolute: boolean): string;
  Select(): void;
  Merge(across: boolean): void;
  AutoFit(): void;
  AddComment(text: string): EtComment;
  /** declared `any`: true gives the columns the sheet's standard width back */
  UseStandardWidth: boolean;
  ClearContents(): void;
  ClearFormats(): void;
  readonly Comment: EtComment | null;
  /** the range's data validation: a drop-down list of the rules sheet's allowed values */
  readonly Validation: EtValidation;
}

export interface EtValidation {
  /** Add(xlValidateList, xlValidAlertStop, xlBetween, "a,b,c") */
  Add(type: Et.EtXlDVType, alertStyle: number, operator: number, formula1: string): void;
  Delete(): void;
}

export interface EtPageSetup {
  Orientation: Et.EtXlPageOrientation;
  PaperSize: Et.EtXlPaperSize;
  /** false to fit to pages */
  Zoom: number | false;
  FitToPagesWide: number | false;
  FitToPagesTall: number | false;
  CenterHorizontally: boolean;
  CenterFooter: string;
  LeftMargin: number;
  RightMargin: number;
  TopMargin: number;
  BottomMargin: number;
  HeaderMargin: number;
  FooterMargin: number;
}

export interface EtHPageBreaks {
  Add(before: EtRange): unknown;
}

export interface EtWorksheet {
  Name: string;
  readonly Index: number;
  /** declared `number`: the range from the first to the last cell holding a value or a format */
  readonly UsedRange: EtRange;
  /** declared `number`: whether the sheet's contents are protected */
  readonly ProtectContents: boolean;
  Visible: Et.EtXlSheetVisibility;
  readonly Cells: EtRange;
  readonly Comments: EtComments;
  readonly PageSetup: EtPageSetup;
  readonly HPageBreaks: EtHPageBreaks;
  Range(address: string): EtRange;
  Activate(): void;
  Delete(): void;
  /** without a password: Jili's own very hidden structure sheet */
  Protect(): void;
  Unprotect(): void;
}

export interface EtSheets {
  readonly Count: number;
  /** 1-based index or a sheet name; throws when there is no such sheet */
  Item(index: number | string): EtWorksheet;
  /** a new worksheet after `after` (Before, After, Count, Type); it becomes the active sheet */
  Add(before: undefined, after: EtWorksheet): EtWorksheet;
}

export interface EtWindow {
  SplitRow: number;
  SplitColumn: number;
  FreezePanes: boolean;
}

export interface EtWorkbook {
  readonly Sheets: EtSheets;
  /** declared `any` */
  readonly ActiveSheet: EtWorksheet;
  /** declared `number`: the 1904 date system */
  readonly Date1904: boolean;
  readonly ProtectStructure: boolean;
}

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook;
  readonly ActiveCell: EtRange;
  readonly ActiveWindow: EtWindow;
  /** declared `number`: a boolean in the object model */
  ScreenUpdating: boolean;
  /** declared `number`: a boolean; false stops Worksheet.Delete asking the user */
  DisplayAlerts: boolean;
}

/** The ET enumerations are ambient in wps-jsapi (no object at run time), so Jili names the values it uses, typed by them. */
export const XL = {
  sheetVisible: -1 as Et.EtXlSheetVisibility,
  sheetVeryHidden: 2 as Et.EtXlSheetVisibility,
  validateList: 3 as Et.EtXlDVType,
  validAlertStop: 1,
  between: 1,
  patternNone: -4142 as Et.EtXlPattern,
  continuous: 1 as Et.EtXlLineStyle,
  edgeLeft: 7 as Et.EtXlBordersIndex,
  edgeTop: 8 as Et.EtXlBordersIndex,
  edgeBottom: 9 as Et.EtXlBordersIndex,
  edgeRight: 10 as Et.EtXlBordersIndex,
  insideVertical: 11 as Et.EtXlBordersIndex,
  insideHorizontal: 12 as Et.EtXlBordersIndex,
  portrait: 1 as Et.EtXlPageOrientation,
  landscape: 2 as Et.EtXlPageOrientation,
  left: -4131,
  center: -4108,
  right: -4152,
  top: -4160,
} as const;

/** "#RRGGBB" as the BGR number the object model takes for colours. */
export function bgr(hex: string): number {
  const h = hex.replace(/^#/, "");
  const r = parseInt(h.slice(0, 2), 16);
  const g = parseInt(h.slice(2, 4), 16);
  const b = parseInt(h.slice(4, 6), 16);
  return r + g * 256 + b * 65536;
}

/** The BGR number as "#RRGGBB". */
export function hexOf(color: number): string {
  const r = color & 0xff;
  const g = (color >> 8) & 0xff;
  const b = (color >> 16) & 0xff;
  return `#${[r, g, b].map((x) => x.toString(16).padStart(2, "0")).join("").toUpperCase()}`;
}
