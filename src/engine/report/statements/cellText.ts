// A statement cell's plain text, shared by the data (comparing inputs) and the layout (measuring widths).
import { CellOut } from "../fillPlan";

/** A cell's text, empty for no value. */
export function textOf(v: CellOut): string {
  return v === null || v === undefined ? "" : String(v);
}
