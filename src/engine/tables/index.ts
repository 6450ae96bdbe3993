export { assembleTable } from "./assemble";
export type { AssembleOptions, TableLinks } from "./assemble";
export { fillForMainSheet } from "./fillRows";
export type { SheetFill } from "./fillRows";
export { mainTableScore, mainPartOf } from "./mainPart";
export { readAcross } from "./wideHeader";
export type { JoinUse } from "./join";
export type { AssemblyMark } from "./grid";
