/** What both faces check before and while they run a scheme on a sheet, with one set of codes and messages. */
export { RUN_MESSAGES, RunProblem, runMessage } from "./messages";
export type { RunProblemCode, RunVars } from "./messages";
export { isMaskedParam, parseParamAssignments, parseParamText, unsetParams } from "./params";
export { runChecked } from "./checkedRun";
export type { CheckedRun, RunInput } from "./checkedRun";
export { locateInWorkbook, locateOnSheet } from "./locate";
export type { SheetGrid } from "./locate";
export { assumedValues, chosenColumns, fieldByName, parseFieldAssignments } from "./fieldChoices";
