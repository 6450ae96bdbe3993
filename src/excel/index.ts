export type { CancelToken, CellMark, ColumnWrite, Conflict, FillOutcome, FillRequest, Progress, SavedRun, SheetSnapshot, WorkbookPort, WriteStats } from "./port";
export { PaneError, fromOfficeError } from "./errors";
export type { PaneErrorCode } from "./errors";
export { ExcelWorkbook, officeWorkbook } from "./excelWorkbook";
export type { ExcelDeps } from "./excelWorkbook";
export { MAX_REQUEST_BYTES } from "./payload";
export { SETTING } from "./settings";
export type { SettingsLike } from "./settings";
