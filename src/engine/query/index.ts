/** Rule tables of a scheme for the cell functions, chosen as the evaluation chooses them. */
export { fieldOfExpr, findStep, OTHER_KEY, progressiveTiers, tableForKey } from "./presetTables";
export type { FoundStep } from "./presetTables";
