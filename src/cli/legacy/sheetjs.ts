// SheetJS CE loaded on first use: its megabyte of code takes 0.12 s to load, which an .xlsx or .csv run never needs.
import type * as XLSX from "@e965/xlsx";

let loaded: typeof XLSX | null = null;

export function sheetjs(): typeof XLSX {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require("@e965/xlsx") as typeof XLSX;
  return loaded;
}
