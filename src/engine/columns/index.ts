/** Every column accounted for: field use, derivations, the column report and its words. */
export { accountColumns } from "./account";
export type { ColumnRef, ColumnReport, FieldAccount, FieldState, UnusedColumn } from "./account";
export { fieldUses, isNeededField } from "./fieldUse";
export type { FieldUse } from "./fieldUse";
export { columnReportLines, neededFieldLines, readerName, resultNotes } from "./reportText";
