// The XML of one cell of a statements workbook: numbers and booleans as values, text by its shared-string index.
import { CellOut } from "../../engine";
import { PartSink, TextSink } from "../xlsx/partSink";
import { StringTable } from "./stringTable";

const QUOTE = Buffer.from(`"`, "latin1");
const EMPTY_END = Buffer.from(`/>`, "latin1");
const NUMBER_OPEN = Buffer.from(`><v>`, "latin1");
const BOOLEAN_OPEN = Buffer.from(` t="b"><v>`, "latin1");
const SHARED_OPEN = Buffer.from(` t="s"><v>`, "latin1");
const VALUE_CLOSE = Buffer.from(`</v></c>`, "latin1");

/**
 * A cell after its reference (`<c r="B7` written already): `style` a cellXfs index (0: none written; `styleAttrs`
 * keeps each ` s="3"` as bytes for a sheet written row by row). An empty value leaves a cell with its style only.
 */
export function writeCellAfterRef(out: PartSink, value: CellOut, style: number, strings: StringTable, styleAttrs?: Map<number, Buffer>): void {
  out.bytes(QUOTE);
  if (style) {
    let attr = styleAttrs?.get(style);
    if (attr === undefined) {
      attr = Buffer.from(` s="${style}"`, "latin1");
      styleAttrs?.set(style, attr);
    }
    out.bytes(attr);
  }
  if (value === null || value === undefined || value === "") {
    out.bytes(EMPTY_END);
    return;
  }
  if (typeof value === "number" && Number.isFinite(value)) {
    out.bytes(NUMBER_OPEN);
    out.text(String(value));
  } else if (typeof value === "boolean") {
    out.bytes(BOOLEAN_OPEN);
    out.digits(value ? 1 : 0);
  } else {
    // NaN and ±Infinity have no place in <v>: written as the text a reader would show
    out.bytes(SHARED_OPEN);
    out.digits(strings.id(String(value)));
  }
  out.bytes(VALUE_CLOSE);
}

/** `ref` such as B7: the cell as text (the summary sheet's few cells). */
export function cellXml(ref: string, value: CellOut, style: number, strings: StringTable): string {
  const out = new TextSink();
  out.text(`<c r="${ref}`);
  writeCellAfterRef(out, value, style, strings);
  return String(out);
}
