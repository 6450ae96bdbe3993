export { schemeToRulesSheet } from "./write";
export { rulesSheetToScheme } from "./read";
export type { RulesProblem, RulesReadResult } from "./read";
export { RULES_FORMAT, RULES_SHEET_NAME } from "./layout";
export type { RulesCell, RulesSheet, RowKind } from "./layout";
export { RULES_SHEET_LOOK } from "./look";
export { schemeToRulesBook, rulesBookToScheme, readStructure, renameRulesBook, viewNumberFormats, dropDownSource, isRulesView, RULES_STRUCTURE_FORMAT, RULES_STRUCTURE_SHEET, RULES_VIEW_LOOK, RULES_VIEW_SHEET } from "./view";
export type { CellBlock, RulesBook, RulesStructure, RulesView, ViewRowKind } from "./view";
