import { isExcelErrorText } from "./cellErrors";
import { CellProblem } from "./problem";
import { RawCell } from "./parseNumber";
import { toHalfWidth } from "./normalizeText";

const YES = new Set(["是", "y", "yes", "true", "1", "√", "✓", "✔", "对", "有"]);
const NO = new Set(["否", "n", "no", "false", "0", "×", "x", "✗", "✘", "无", "不是"]);

/** Yes/no cells (C5): 是/否, Y/N, yes/no, TRUE/FALSE, 1/0, √/×. Blank is null (the caller applies a default). */
export function parseBool(raw: RawCell): boolean | CellProblem | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "boolean") return raw;
  if (typeof raw === "number") {
    if (raw === 1) return true;
    if (raw === 0) return false;
    return new CellProblem("INVALID_YES_NO", String(raw));
  }
  if (raw instanceof Date) return new CellProblem("INVALID_YES_NO", raw.toISOString());
  const s = toHalfWidth(raw).trim().toLowerCase();
  if (s === "") return null;
  if (isExcelErrorText(s)) return new CellProblem("EXCEL_ERROR", raw);
  if (YES.has(s)) return true;
  if (NO.has(s)) return false;
  return new CellProblem("INVALID_YES_NO", raw);
}
