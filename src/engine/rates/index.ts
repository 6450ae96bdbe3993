export { ratesModel } from "./build";
export { applyRates } from "./apply";
export type { RatesApplied, RatesProblem } from "./apply";
export type { ColumnKind, RateCell, RateColumn, RateNumber, RateSection, RateTable, RatesModel } from "./model";
