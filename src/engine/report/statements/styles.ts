// The named cell styles of a statement sheet and how each looks; both writers (exceljs, Office.js) map these.
export type StatementStyle = "title" | "info" | "section" | "header" | "cell" | "cellWrap" | "label" | "value" | "explainLabel" | "explain" | "totalLabel" | "totalValue" | "note" | "sign";

/** How a style looks; both writers (exceljs, Office.js) map exactly these properties. */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** font size in points (default 11) */
  size?: number;
  /** fill colour #RRGGBB */
  fill?: string;
  align?: "left" | "center" | "right";
  valign?: "top" | "center";
  wrap?: boolean;
  /** thin lines around and between every cell of the run */
  border?: boolean;
}

export const STATEMENT_STYLES: Record<StatementStyle, CellStyle> = {
  title: { bold: true, size: 14, align: "center" },
  info: { align: "left" },
  section: { bold: true, fill: "#F2F2F2", align: "left", border: true },
  header: { bold: true, fill: "#D9E1F2", align: "center", valign: "center", wrap: true, border: true },
  cell: { valign: "top", border: true },
  cellWrap: { valign: "top", wrap: true, align: "left", border: true },
  label: { align: "right" },
  value: { border: true },
  explainLabel: { align: "right", valign: "top" },
  explain: { wrap: true, valign: "top", align: "left", border: true },
  totalLabel: { bold: true, align: "right" },
  totalValue: { bold: true, fill: "#FFF2CC", border: true },
  note: { italic: true, align: "left" },
  sign: { align: "left" },
};
