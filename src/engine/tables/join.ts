/**
 * Joining a table kept on its own sheet to the main table's rows by keys: each main row takes the joined values
 * of the rows with its key. No partner row, or partner rows that disagree, is a finding on the row (never a guess
 * and never a crash); a joined row no main row has is kept as a row of its own, as the stacked layout would hold it
 * (a consultant with a target and no order still owes the advance back), with a warning.
 */
import type { FieldDef, JoinedTableDef, PartDef } from "../scheme/schema";
import type { RawCell } from "../values/parseNumber";
import { mapColumns } from "../evaluate/mapColumns";
import { readCell } from "../evaluate/readFields";
import { isBlankCell } from "../input/locateTable";
import { CellProblem } from "../values/problem";
import { columnLetter } from "../evaluate/table";
import { normalizeCategory } from "../values/normalizeText";
import { RunProblem } from "../run/messages";
import { addColumn, AssemblingGrid, markRow } from "./grid";
import type { FlatTable } from "./melt";

/** A joined table as found: its sheet and its rows (a wide one already long), its own sub-part. */
export interface FoundTable extends FlatTable {
  def: JoinedTableDef;
  sheet: string;
  /** the part cut down to the table's keys and fields */
  part: PartDef;
}

/** What a join did, for the column report and the sheets Jili writes. */
export interface JoinUse {
  table: string;
  title: JoinedTableDef["title"];
  sheet: string;
  /** the key fields used, one per entry of `keys` */
  keys: string[];
  /** the joined fields the table has a column for, and that column's header */
  fields: { key: string; header: string }[];
  /** main rows without a partner, partner groups that disagree, rows only in this table */
  unmatched: number;
  conflicts: number;
  sideOnly: number;
}

/** A key as compared: read as its field reads it; text as a category is matched (full-width Ｄ is D, C6). */
const keyText = (f: FieldDef, raw: RawCell): string => {
  if (isBlankCell(raw)) return "";
  const v = readCell(f, raw);
  const text = v instanceof CellProblem || v === null ? String(raw) : v.toString();
  return normalizeCategory(text);
};

/** The key fields both tables hold, one per entry; a missing entry stops the run naming the table and sheet. */
function chooseKeys(part: PartDef, def: JoinedTableDef, mainHas: (k: string) => boolean, sideHas: (k: string) => boolean, sheet: string): string[] {
  return def.keys.map((alternatives) => {
    const key = alternatives.find((k) => mainHas(k) && sideHas(k));
    if (key === undefined) {
      const titles = (l: "zh-CN" | "en-US") => alternatives.map((k) => part.fields.find((f) => f.key === k)?.title[l] ?? k).join(l === "zh-CN" ? "或" : " or ");
      throw new RunProblem("JOIN_KEYS_MISSING", { sheet, table: def.title, keys: { "zh-CN": titles("zh-CN"), "en-US": titles("en-US") } });
    }
    return key;
  });
}

/** Joins `side` into `grid` (in place), returning what was done; null when the sheet holds none of the fields sought. */
export function joinTable(part: PartDef, grid: AssemblingGrid, side: FoundTable): JoinUse | null {
  const fieldOf = (k: string) => part.fields.find((f) => f.key === k)!;
  const mainMap = mapColumns(part, grid.headers).index;
  const sideMap = mapColumns(side.part, side.headers).index;
  const keys = chooseKeys(part, side.def, (k) => mainMap.has(k), (k) => sideMap.has(k), side.sheet);
  const joined = side.def.fields.filter((k) => sideMap.has(k)).map((k) => ({ key: k, header: String(side.headers[sideMap.get(k)!] ?? "").trim(), from: sideMap.get(k)! }));
  // a sheet with the keys but none of the fields still sought (the main sheet had the rest) has nothing to give
  if (side.def.fields.length && !joined.length) return null;
  const textOf = (line: RawCell[], cols: Map<string, number>) => keys.map((k) => keyText(fieldOf(k), line[cols.get(k)!])).join("\u0001");
  const shown = (text: string) => text.split("\u0001").join(" / ");
  const partners = new Map<string, number[]>();
  const keyless: number[] = [];
  const blankKey = (t: string) => t.split("\u0001").some((p) => p === "");
  side.rows.forEach((line, r) => {
    const t = textOf(line, sideMap);
    if (blankKey(t)) return void keyless.push(r);
    const list = partners.get(t);
    if (list) list.push(r);
    else partners.set(t, [r]);
  });
  const at = joined.map((j) => addColumn(grid, j.header, `${side.sheet}!${columnLetter(j.from)}`));
  // a main row with no partner row is refused: what a field's absence means is said of a missing column, not of a
  // person missing from the table (a consultant absent from the advances sheet was not advanced target × 800);
  // only a roster (no fields) merely warns
  const optional = side.def.fields.length === 0;
  const use: JoinUse = { table: side.def.id, title: side.def.title, sheet: side.sheet, keys, fields: joined.map(({ key, header }) => ({ key, header })), unmatched: 0, conflicts: 0, sideOnly: 0 };
  const valuesOf = (rows: number[], key: string): { values: RawCell[]; conflict: string | null; unreadable: string[] } => {
    const values: RawCell[] = [];
    const unreadable: string[] = [];
    let conflict: string | null = null;
    joined.forEach((j) => {
      const seen = new Map<string, { raw: RawCell; row: number }>();
      for (const r of rows) {
        const raw = side.rows[r][j.from];
        if (isBlankCell(raw)) continue;
        if (readCell(fieldOf(j.key), raw) instanceof CellProblem) unreadable.push(`${columnLetter(j.from)}${side.rowNumbers[r]} ${j.header}: ${String(raw)}`);
        const t = keyText(fieldOf(j.key), raw);
        if (!seen.has(t)) seen.set(t, { raw, row: side.rowNumbers[r] });
      }
      const distinct = [...seen.values()];
      if (distinct.length > 1 && conflict === null) conflict = `${key} · ${j.header}: ${distinct.map((d) => `${String(d.raw)} (${d.row})`).join(" ≠ ")}`;
      values.push(distinct.length === 1 ? distinct[0].raw : null);
    });
    return { values, conflict, unreadable };
  };
  /** the joined values of a partner group into row i, or the finding that stops them */
  const fill = (i: number, rows: number[], key: string) => {
    const { values, conflict, unreadable } = valuesOf(rows, key);
    for (const u of unreadable) markRow(grid, i, { status: "note", code: "JOIN_PARTNER_CELL", detail: side.sheet, value: u });
    if (conflict !== null) markRow(grid, i, { status: "invalid", code: "JOIN_CONFLICT", detail: side.sheet, value: conflict });
    else values.forEach((v, k) => (grid.rows[i][at[k]] = v));
  };
  /** the blank key cells of a joined row as the sheet shows them (`A3 销售顾问`); a wide table's week has no cell */
  const blankKeyCells = (r: number) =>
    keys
      .filter((k) => keyText(fieldOf(k), side.rows[r][sideMap.get(k)!]) === "")
      .map((k) => {
        const c = sideMap.get(k)!;
        const header = String(side.headers[c] ?? "").trim() || fieldOf(k).title["zh-CN"];
        return side.def.wide?.across === k ? header : `${columnLetter(c)}${side.rowNumbers[r]} ${header}`;
      })
      .join(" / ");
  const met = new Set<string>();
  const mainCount = grid.rows.length;
  for (let i = 0; i < mainCount; i++) {
    const t = textOf(grid.rows[i], mainMap);
    const rows = blankKey(t) ? undefined : partners.get(t);
    if (!rows) {
      use.unmatched++;
      markRow(grid, i, { status: optional ? "warning" : "invalid", code: "JOIN_NO_PARTNER", detail: side.sheet, value: shown(t) || "—" });
      continue;
    }
    met.add(t);
    fill(i, rows, shown(t));
  }
  // rows of the joined table that no main row has: rows of their own, on the joined table's sheet
  const alone = [...partners].filter(([t]) => !met.has(t)).map(([t, rows]) => ({ t, rows }));
  for (const r of keyless) alone.push({ t: "", rows: [r] });
  alone.sort((a, b) => a.rows[0] - b.rows[0]);
  for (const { t, rows } of alone) {
    const line: RawCell[] = new Array(grid.headers.length).fill(null);
    // every field the joined sheet holds that the main table has a column for (its name beside its 工号), keys first
    for (const [k, col] of sideMap) if (mainMap.has(k)) line[mainMap.get(k)!] = side.rows[rows[0]][col];
    keys.forEach((k) => (line[mainMap.get(k)!] = side.rows[rows[0]][sideMap.get(k)!]));
    grid.rows.push(line);
    grid.rowNumbers.push(side.rowNumbers[rows[0]]);
    grid.rowSheets.push(side.sheet);
    const i = grid.rows.length - 1;
    use.sideOnly++;
    if (t === "") markRow(grid, i, { status: "invalid", code: "JOIN_KEY_BLANK", detail: side.sheet, value: blankKeyCells(rows[0]) });
    else {
      fill(i, rows, shown(t));
      // a roster's people without rows are what a roster is for; other tables' lone rows are worth a look
      if (joined.length) markRow(grid, i, { status: "warning", code: "JOIN_NO_MAIN_ROW", detail: side.sheet, value: shown(t) });
    }
  }
  use.conflicts = [...partners.values()].filter((rows) => valuesOf(rows, "").conflict !== null).length;
  return use;
}
