// The Office.js members the simulation implements, per type, and the error any other member throws.

/** Every member the simulation implements, per Office.js type. Anything else is rejected. */
export const SURFACE = {
  RequestContext: ["workbook", "sync"],
  Workbook: ["worksheets", "application", "getActiveCell", "comments", "protection", "functions"],
  // worksheet functions (ExcelApi 1.2): DATE only, which tells the workbook's date system
  Functions: ["date"],
  "FunctionResult<number>": ["load", "value", "error"],
  Application: ["suspendApiCalculationUntilNextSync", "suspendScreenUpdatingUntilNextSync"],
  WorksheetCollection: ["getActiveWorksheet", "getItem", "getItemOrNullObject", "add", "load", "items"],
  Worksheet: ["load", "name", "id", "visibility", "isNullObject", "getUsedRange", "getUsedRangeOrNullObject", "getRange", "getRangeByIndexes", "getRanges", "notes", "charts", "freezePanes", "protection", "activate", "delete", "pageLayout", "horizontalPageBreaks"],
  Range: [
    "load",
    "values",
    "numberFormat",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
    "rowHidden",
    "address",
    "isNullObject",
    "format",
    "getIntersectionOrNullObject",
    "getSpecialCellsOrNullObject",
    "getMergedAreasOrNullObject",
    "getTables",
    "copyFrom",
    "select",
    "merge",
    "clear",
    "dataValidation",
  ],
  // drop-down lists (ExcelApi 1.8): a list rule and clearing it
  DataValidation: ["rule", "clear"],
  RangeFormat: ["columnWidth", "useStandardWidth", "fill", "font", "wrapText", "horizontalAlignment", "verticalAlignment", "borders", "autofitRows"],
  RangeFill: ["load", "color", "clear"],
  RangeFont: ["bold", "italic", "size", "color"],
  RangeBorderCollection: ["getItem"],
  RangeBorder: ["style"],
  RangeAreas: ["load", "address", "isNullObject", "format"],
  RangeAreasFormat: ["fill"],
  TableScopedCollection: ["getCount", "getFirst"],
  "ClientResult<number>": ["value"],
  Table: ["load", "name", "getRange"],
  NoteCollection: ["load", "items", "add", "getItemOrNullObject"],
  Note: ["load", "content", "isNullObject", "delete"],
  CommentCollection: ["load", "items", "add"],
  Comment: ["content", "delete"],
  ChartCollection: ["add"],
  Chart: ["name", "title", "legend", "series", "setPosition"],
  ChartTitle: ["text"],
  ChartLegend: ["visible"],
  ChartSeriesCollection: ["getItemAt"],
  ChartSeries: ["setXAxisValues"],
  WorksheetFreezePanes: ["freezeRows"],
  // sheet protection (ExcelApi 1.2: protect and unprotect without a password) and workbook structure protection (ExcelApi 1.7, read only)
  WorksheetProtection: ["load", "protected", "protect", "unprotect"],
  WorkbookProtection: ["load", "protected"],
  // print settings of the statements sheet (ExcelApi 1.9)
  PageLayout: ["orientation", "paperSize", "zoom", "centerHorizontally", "setPrintMargins", "headersFooters"],
  HeaderFooterGroup: ["defaultForAllPages"],
  HeaderFooter: ["centerFooter"],
  PageBreakCollection: ["add"],
  PageBreak: [],
  // the globals the task pane reads (src/taskpane/index.tsx, officePorts())
  Excel: ["run"],
  Office: ["onReady", "context"],
  "Office.context": ["document", "displayLanguage", "requirements"],
  "Office.context.document": ["settings"],
  "Office.context.requirements": ["isSetSupported"],
  Settings: ["get", "set", "remove", "saveAsync"],
} as const;

export type ApiType = keyof typeof SURFACE;

/** Thrown for any member outside SURFACE; `code` is what Office gives for an API the host lacks. */
export class ApiNotImplemented extends Error {
  readonly code = "ApiNotFound";
  constructor(readonly api: string) {
    super(`The Excel simulation does not implement ${api} (add it to src/preview/excelSim/)`);
    this.name = "ApiNotImplemented";
  }
}
