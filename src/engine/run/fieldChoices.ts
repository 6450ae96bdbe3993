/**
 * The user's choices about fields, given by name (the field's key, its zh-CN or en-US title, or a header spelling):
 * the column that holds a field (`--map 是否副卡=卡类型`, the pane's mapping) and one value for the whole sheet
 * (`--assume 是否补贴未到期中途取消后重办=否`, the pane's checkbox). Each is checked before a run: an unknown field,
 * a column that is not in the header or a value the field cannot read stops it.
 */
import type { ColumnOverrides } from "../evaluate/table";
import { readCell } from "../evaluate/readFields";
import type { FieldDef, PartDef, SchemeDocument } from "../scheme/schema";
import { normalizeHeader } from "../values/normalizeText";
import type { RawCell } from "../values/parseNumber";
import { CellProblem } from "../values/problem";
import { RunProblem } from "./messages";

/** `name=value` items → pairs (the value may itself hold `=`). */
export function parseFieldAssignments(items: readonly string[]): [string, string][] {
  return items.map((item) => {
    const eq = item.indexOf("=");
    if (eq <= 0) throw new RunProblem("BAD_ASSIGNMENT", { value: item });
    return [item.slice(0, eq).trim(), item.slice(eq + 1).trim()];
  });
}

/** The field a person names by its key, either title or a header spelling. */
export function fieldByName(scheme: SchemeDocument, part: PartDef, name: string): FieldDef {
  const wanted = normalizeHeader(name);
  const f = part.fields.find((x) => [x.key, x.title["zh-CN"], x.title["en-US"], ...x.headers].some((s) => normalizeHeader(s) === wanted));
  if (!f) throw new RunProblem("UNKNOWN_FIELD", { scheme: scheme.id, field: name, fields: part.fields.map((x) => x.title["zh-CN"]).join("、") });
  return f;
}

/** Values assumed for the whole sheet, by field key; each is read as its field reads a cell, or refused. */
export function assumedValues(scheme: SchemeDocument, part: PartDef, pairs: Iterable<[string, RawCell]>): Record<string, RawCell> {
  const out: Record<string, RawCell> = {};
  for (const [name, value] of pairs) {
    const f = fieldByName(scheme, part, name);
    const read = readCell(f, value);
    if (read === null || read instanceof CellProblem) throw new RunProblem("ASSUMED_INVALID", { field: f.title, value: String(value ?? "") });
    out[f.key] = value;
  }
  return out;
}

/** Columns chosen for fields, by field key; a column must be in the header (by its text, or a 0-based index). */
export function chosenColumns(scheme: SchemeDocument, part: PartDef, headers: RawCell[], pairs: Iterable<[string, string | number]>): ColumnOverrides {
  const out: ColumnOverrides = {};
  const texts = headers.map((h) => (h === null || h === undefined ? "" : String(h)));
  for (const [name, column] of pairs) {
    const f = fieldByName(scheme, part, name);
    if (typeof column === "string" && column.trim() === "") throw new RunProblem("BAD_ASSIGNMENT", { value: `${name}=` });
    const found = typeof column === "number" ? column >= 0 && column < texts.length : texts.some((h) => normalizeHeader(h) === normalizeHeader(column));
    if (!found) throw new RunProblem("UNKNOWN_COLUMN", { column: String(column), field: f.title, found: texts.filter((h) => h.trim() !== "").join("、") });
    out[f.key] = column;
  }
  return out;
}
