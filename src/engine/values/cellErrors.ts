/** Excel error values as they arrive from a sheet or a CSV export. */
const EXCEL_ERRORS = new Set(["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#BUSY!", "#GETTING_DATA"]);

export function isExcelErrorText(s: string): boolean {
  return EXCEL_ERRORS.has(s.trim().toUpperCase());
}
