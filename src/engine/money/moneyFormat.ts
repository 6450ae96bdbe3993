// The Excel number format of money cells, so a sheet shows amounts the way moneyText writes them.

/** Grouped thousands and the scheme's decimals: #,##0.00 for scale 2, #,##0 for scale 0. */
export function moneyFormat(scale: number): string {
  return scale > 0 ? `#,##0.${"0".repeat(scale)}` : "#,##0";
}
