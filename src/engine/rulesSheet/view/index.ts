export { schemeToRulesBook, rulesView, howToEdit, blankHints, renameRulesBook, viewNumberFormats, VIEW_FORMATS, dropDownSource } from "./write";
export { rulesBookToScheme } from "./read";
export { readStructure } from "./structure";
export { HOW_TO_EDIT, isRulesView, RULES_STRUCTURE_FORMAT, RULES_STRUCTURE_SHEET, RULES_VIEW_LOOK, RULES_VIEW_SHEET } from "./layout";
export type { CellBlock, RulesBook, RulesStructure, RulesView, ViewRowKind } from "./layout";
