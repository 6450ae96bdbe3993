/**
 * Which sheet holds a part's main table when some of its fields live on other sheets: the fields of joined tables
 * are not asked of it, and a wide table's week (or month) columns stand for its value field.
 */
import type { PartDef } from "../scheme/schema";
import type { RawCell } from "../values/parseNumber";
import { findHeaderRow } from "../evaluate/findHeader";
import { readAcross } from "./wideHeader";

/** The part without the fields its joined tables hold. */
export function mainPartOf(part: PartDef): PartDef {
  const joined = new Set((part.tables ?? []).flatMap((t) => t.fields));
  if (!joined.size) return part;
  return { ...part, fields: part.fields.filter((f) => !joined.has(f.key)) };
}

/** A part cut down to one joined table's keys and fields. */
export function tablePartOf(part: PartDef, fields: readonly string[], keys: readonly (readonly string[])[]): PartDef {
  const wanted = new Set([...fields, ...keys.flat()]);
  return { ...part, fields: part.fields.filter((f) => wanted.has(f.key)).map((f) => ({ ...f, required: fields.includes(f.key) && f.required })), tables: undefined, wide: undefined };
}

/** How many of a header row's cells stand for a week or month of the part's wide table. */
function wideCount(part: PartDef, header: RawCell[]): number {
  if (!part.wide) return 0;
  const across = part.fields.find((f) => f.key === part.wide!.across);
  if (!across) return 0;
  return header.filter((h) => {
    const r = readAcross(across, h);
    return r !== null && r !== "unreadable";
  }).length;
}

/** Whether the grid's header row (for the main table) has columns standing for the wide table's weeks or months. */
export function hasWideColumns(cells: RawCell[][], part: PartDef): boolean {
  const g = findHeaderRow(cells, mainPartOf(part));
  return !!g && wideCount(part, cells[g.row] ?? []) > 0;
}

/** The score of a grid as the part's main table: required fields first; wide columns count as the value field. */
export function mainTableScore(cells: RawCell[][], part: PartDef): number {
  const main = mainPartOf(part);
  const g = findHeaderRow(cells, main);
  if (!g) return 0;
  const valueField = main.fields.find((f) => f.key === part.wide?.value);
  const wideBonus = valueField && wideCount(part, cells[g.row] ?? []) > 0 ? (valueField.required ? 1000 : 1) : 0;
  return g.requiredMatched * 1000 + g.matched + wideBonus;
}
