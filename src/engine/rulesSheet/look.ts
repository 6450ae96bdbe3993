/**
 * How the rules sheet looks, for every face that writes one (the CLI's workbook, the add-in's sheet): fills per row
 * kind, grey markers in column A, a white bold title on dark blue, bold block and label rows, column widths.
 * Colours are RGB hex without `#`; each face writes them in its host's notation.
 */
import type { RowKind } from "./layout";

export const RULES_SHEET_LOOK = {
  fills: { title: "1F4E79", block: "DDEBF7", labels: "F2F2F2" } as Partial<Record<RowKind, string>>,
  titleFont: "FFFFFF",
  markerGrey: "808080",
  keysGrey: "A6A6A6",
  /** widths in Excel characters: markers (A), labels (B), values (C onwards, `valueColumns` of them) */
  widths: { markers: 26, labels: 30, values: 18 },
  valueColumns: 14,
} as const;
