/// <reference types="wps-jsapi" />
// Compile-time checks of Jili's ET view (et.ts) against wps-jsapi's declarations: `npx tsc` fails when a member Jili
// calls is missing from Et.*, takes arguments the declaration does not accept, or gives back another type than the
// declaration's `RHS`. Nothing here runs.
import type * as V from "./et";

type Args<F> = F extends (...a: infer A) => unknown ? A : never;
/** what a declared method gives back: its trailing `RHS` parameter (COM's [out, retval]) */
type Rhs<F> = Required<Args<F>> extends [...unknown[], infer L] ? L : never;
type Assert<T extends true> = T;

/** our arguments are accepted by the declaration */
type Takes<Ours, Decl> = Ours extends (...a: infer A) => unknown ? (A extends Args<Decl> ? true : false) : false;
/** a method whose declared result (RHS) is the declared counterpart `C` of our view's type, or `any` */
type Gives<Decl, C> = [Rhs<Decl>] extends [C] ? true : false;
/** a scalar result or property: ours fits the declared type */
type Fits<Ours, Decl> = [Ours] extends [Decl] ? true : false;
/** a member of T declared with type C (or `any`) */
type Declares<T, K extends keyof T, C> = [T[K]] extends [C] ? true : false;
/** a member the declarations type wrongly (a VARIANT declared `number`): it must at least exist */
type Exists<T, K> = K extends keyof T ? true : false;

export type RangeChecks = [
  Assert<Fits<V.EtRange["Row"], Et.EtRange["Row"]>>,
  Assert<Fits<V.EtRange["Column"], Et.EtRange["Column"]>>,
  Assert<Fits<V.EtRange["Count"], Et.EtRange["Count"]>>,
  Assert<Declares<Et.EtRange, "Rows", Et.EtRange>>,
  Assert<Declares<Et.EtRange, "Columns", Et.EtRange>>,
  Assert<Declares<Et.EtRange, "EntireRow", Et.EtRange>>,
  Assert<Declares<Et.EtRange, "MergeArea", Et.EtRange>>,
  Assert<Declares<Et.EtRange, "Interior", Et.EtInterior>>,
  Assert<Declares<Et.EtRange, "Font", Et.EtFont>>,
  Assert<Declares<Et.EtRange, "Borders", Et.EtBorders>>,
  Assert<Declares<Et.EtRange, "ListObject", Et.EtListObject>>,
  Assert<Declares<Et.EtRange, "Comment", Et.EtComment>>,
  Assert<Declares<Et.EtRange, "Validation", Et.EtValidation>>,
  Assert<Takes<V.EtValidation["Add"], Et.EtValidation["Add"]>>,
  Assert<Takes<V.EtValidation["Delete"], Et.EtValidation["Delete"]>>,
  Assert<Exists<Et.EtRange, "Value2">>,
  Assert<Exists<Et.EtRange, "Formula">>,
  Assert<Fits<V.EtRange["NumberFormat"], Et.EtRange["NumberFormat"]>>,
  Assert<Fits<V.EtRange["Hidden"], Et.EtRange["Hidden"]>>,
  Assert<Fits<V.EtRange["MergeCells"], Et.EtRange["MergeCells"]>>,
  Assert<Fits<V.EtRange["ColumnWidth"], Et.EtRange["ColumnWidth"]>>,
  Assert<Fits<V.EtRange["HorizontalAlignment"], Et.EtRange["HorizontalAlignment"]>>,
  Assert<Fits<V.EtRange["VerticalAlignment"], Et.EtRange["VerticalAlignment"]>>,
  Assert<Fits<V.EtRange["WrapText"], Et.EtRange["WrapText"]>>,
  Assert<Takes<V.EtRange["Item"], Et.EtRange["Item"]>>,
  Assert<Gives<Et.EtRange["Item"], Et.EtRange>>,
  Assert<Takes<V.EtRange["Address"], Et.EtRange["Address"]>>,
  Assert<Fits<ReturnType<V.EtRange["Address"]>, Rhs<Et.EtRange["Address"]>>>,
  Assert<Takes<V.EtRange["Select"], Et.EtRange["Select"]>>,
  Assert<Takes<V.EtRange["Merge"], Et.EtRange["Merge"]>>,
  Assert<Takes<V.EtRange["AutoFit"], Et.EtRange["AutoFit"]>>,
  Assert<Takes<V.EtRange["AddComment"], Et.EtRange["AddComment"]>>,
  Assert<Exists<Et.EtRange, "UseStandardWidth">>,
  Assert<Takes<V.EtRange["ClearContents"], Et.EtRange["ClearContents"]>>,
  Assert<Takes<V.EtRange["ClearFormats"], Et.EtRange["ClearFormats"]>>,
  Assert<Gives<Et.EtRange["AddComment"], Et.EtComment>>,
];

export type FormatChecks = [
  Assert<Fits<V.EtInterior["Color"], Et.EtInterior["Color"]>>,
  Assert<Fits<V.EtInterior["Pattern"], Et.EtInterior["Pattern"]>>,
  Assert<Fits<V.EtFont["Bold"], Et.EtFont["Bold"]>>,
  Assert<Fits<V.EtFont["Italic"], Et.EtFont["Italic"]>>,
  Assert<Fits<V.EtFont["Size"], Et.EtFont["Size"]>>,
  Assert<Fits<V.EtFont["Color"], Et.EtFont["Color"]>>,
  Assert<Fits<V.EtBorder["LineStyle"], Et.EtBorder["LineStyle"]>>,
  Assert<Takes<V.EtBorders["Item"], Et.EtBorders["Item"]>>,
  // declared `Item(Index?, RHS?: EtBorder): void`
  Assert<Gives<Et.EtBorders["Item"], Et.EtBorder>>,
  Assert<Takes<V.EtComment["Text"], Et.EtComment["Text"]>>,
  Assert<Fits<ReturnType<V.EtComment["Text"]>, Rhs<Et.EtComment["Text"]>>>,
  Assert<Takes<V.EtComment["Delete"], Et.EtComment["Delete"]>>,
  Assert<Fits<V.EtComments["Count"], Et.EtComments["Count"]>>,
  Assert<Takes<V.EtComments["Item"], Et.EtComments["Item"]>>,
  Assert<Gives<Et.EtComments["Item"], Et.EtComment>>,
  Assert<Fits<V.EtListObject["Name"], Et.EtListObject["Name"]>>,
  Assert<Declares<Et.EtListObject, "Range", Et.EtRange>>,
];

export type SheetChecks = [
  Assert<Fits<V.EtWorksheet["Name"], Et.EtWorksheet["Name"]>>,
  Assert<Fits<V.EtWorksheet["Index"], Et.EtWorksheet["Index"]>>,
  Assert<Exists<Et.EtWorksheet, "UsedRange">>,
  Assert<Exists<Et.EtWorksheet, "ProtectContents">>,
  Assert<Exists<Et.EtWorksheet, "Visible">>,
  Assert<Declares<Et.EtWorksheet, "Cells", Et.EtRange>>,
  Assert<Declares<Et.EtWorksheet, "Comments", Et.EtComments>>,
  Assert<Declares<Et.EtWorksheet, "PageSetup", Et.EtPageSetup>>,
  Assert<Declares<Et.EtWorksheet, "HPageBreaks", Et.EtHPageBreaks>>,
  Assert<Takes<V.EtHPageBreaks["Add"], Et.EtHPageBreaks["Add"]>>,
  Assert<Takes<V.EtWorksheet["Range"], Et.EtWorksheet["Range"]>>,
  Assert<Gives<Et.EtWorksheet["Range"], Et.EtRange>>,
  Assert<Takes<V.EtWorksheet["Activate"], Et.EtWorksheet["Activate"]>>,
  Assert<Takes<V.EtWorksheet["Protect"], Et.EtWorksheet["Protect"]>>,
  Assert<Takes<V.EtWorksheet["Unprotect"], Et.EtWorksheet["Unprotect"]>>,
  Assert<Takes<V.EtWorksheet["Delete"], Et.EtWorksheet["Delete"]>>,
  Assert<Fits<V.EtPageSetup["Orientation"], Et.EtPageSetup["Orientation"]>>,
  Assert<Fits<V.EtPageSetup["PaperSize"], Et.EtPageSetup["PaperSize"]>>,
  Assert<Fits<V.EtPageSetup["Zoom"], Et.EtPageSetup["Zoom"]>>,
  Assert<Fits<V.EtPageSetup["FitToPagesWide"], Et.EtPageSetup["FitToPagesWide"]>>,
  Assert<Fits<V.EtPageSetup["FitToPagesTall"], Et.EtPageSetup["FitToPagesTall"]>>,
  Assert<Fits<V.EtPageSetup["CenterHorizontally"], Et.EtPageSetup["CenterHorizontally"]>>,
  Assert<Fits<V.EtPageSetup["CenterFooter"], Et.EtPageSetup["CenterFooter"]>>,
  Assert<Fits<V.EtPageSetup["LeftMargin"], Et.EtPageSetup["LeftMargin"]>>,
  Assert<Fits<V.EtPageSetup["RightMargin"], Et.EtPageSetup["RightMargin"]>>,
  Assert<Fits<V.EtPageSetup["TopMargin"], Et.EtPageSetup["TopMargin"]>>,
  Assert<Fits<V.EtPageSetup["BottomMargin"], Et.EtPageSetup["BottomMargin"]>>,
  Assert<Fits<V.EtPageSetup["HeaderMargin"], Et.EtPageSetup["HeaderMargin"]>>,
  Assert<Fits<V.EtPageSetup["FooterMargin"], Et.EtPageSetup["FooterMargin"]>>,
];

export type BookChecks = [
  Assert<Fits<V.EtSheets["Count"], Et.EtSheets["Count"]>>,
  Assert<Takes<V.EtSheets["Item"], Et.EtSheets["Item"]>>,
  // declared `Item(Index?, RHS?: any)` and `Add(…, RHS?: any)`: a worksheet in the documentation
  Assert<Gives<Et.EtSheets["Item"], Et.EtWorksheet>>,
  Assert<Takes<V.EtSheets["Add"], Et.EtSheets["Add"]>>,
  Assert<Gives<Et.EtSheets["Add"], Et.EtWorksheet>>,
  Assert<Fits<V.EtWindow["SplitRow"], Et.EtWindow["SplitRow"]>>,
  Assert<Fits<V.EtWindow["SplitColumn"], Et.EtWindow["SplitColumn"]>>,
  Assert<Fits<V.EtWindow["FreezePanes"], Et.EtWindow["FreezePanes"]>>,
  Assert<Declares<Et.EtWorkbook, "Sheets", Et.EtSheets>>,
  Assert<Exists<Et.EtWorkbook, "ActiveSheet">>,
  Assert<Exists<Et.EtWorkbook, "Date1904">>,
  Assert<Fits<V.EtWorkbook["ProtectStructure"], Et.EtWorkbook["ProtectStructure"]>>,
  Assert<Declares<Et.EtApplication, "ActiveWorkbook", Et.EtWorkbook>>,
  Assert<Declares<Et.EtApplication, "ActiveCell", Et.EtRange>>,
  Assert<Declares<Et.EtApplication, "ActiveWindow", Et.EtWindow>>,
  Assert<Exists<Et.EtApplication, "ScreenUpdating">>,
  Assert<Exists<Et.EtApplication, "DisplayAlerts">>,
];
