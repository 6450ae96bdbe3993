export { ratesModel } from "./build";
export { applyRates } from "./apply";
export { numberLabel } from "./model";
export type { RatesApplied, RatesProblem } from "./apply";
export type { ColumnKind, RateCell, RateColumn, RateNumber, RateSection, RateTable, RatesModel } from "./model";
