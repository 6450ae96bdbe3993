// The XML of one cell of a statements workbook: numbers and booleans as values, text by its shared-string index.
import { CellOut } from "../../engine";
import { StringTable } from "./stringTable";

/** `ref` such as B7; `style` a cellXfs index (0: none written). An empty value leaves a cell with its style only. */
export function cellXml(ref: string, value: CellOut, style: number, strings: StringTable): string {
  const s = style ? ` s="${style}"` : "";
  if (value === null || value === undefined || value === "") return `<c r="${ref}"${s}/>`;
  if (typeof value === "number") {
    // NaN and ±Infinity have no place in <v>: written as the text a reader would show
    return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : cellXml(ref, String(value), style, strings);
  }
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="s"><v>${strings.id(value)}</v></c>`;
}
