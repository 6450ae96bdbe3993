/**
 * A worked example of docs/presets/<id>.md laid out as a team keeps it when a part declares a joined table: the
 * Input table without the joined table's field columns on the main sheet, and the joined table's key columns and
 * field columns on a sheet of its own, one row per distinct key. A row of the Input that held only the key and the
 * joined values (the stacked layout's target or savings row) has nothing left for the main sheet and is left out;
 * the Rows table's row numbers are moved accordingly.
 *
 * An example is not split (and says why) when its Input has no column for some key, holds none of the table's
 * fields, has a row with a blank key, or has a key group whose rows give two values for one field.
 */
import { mapColumns } from "../../../src/engine";
import type { PartDef, RawCell } from "../../../src/engine";
import type { JoinedTableDef } from "../../../src/engine/scheme/schema";
import { inputCell, SpecExample } from "../../support/presetSpec";

export interface Sheet {
  name: string;
  cells: RawCell[][];
}

export interface SplitExample {
  main: Sheet;
  side: Sheet;
  /** the field key used for each entry of the table's keys */
  keys: string[];
  /** the page's data row (1-based) → the main sheet's data row index (0-based), undefined for a row left out */
  indexOf: (pageRow: number) => number | undefined;
  /** data rows of the Input left out of the main sheet */
  leftOut: number;
  /** keys of the joined sheet that no row of the main sheet has (rows of their own) */
  alone: number;
}

const blank = (c: RawCell) => c === null || c === undefined || String(c).trim() === "";

/** The sheet a joined table is kept on: a roster under a name it is found by, any other under its title. */
export function sideSheetName(def: JoinedTableDef): string {
  return def.sheetNames[0] ?? def.title["zh-CN"];
}

export function splitExample(part: PartDef, def: JoinedTableDef, ex: SpecExample, mainName = "数据"): SplitExample | { skip: string } {
  const header = ex.input.header;
  const rows = ex.input.rows.map((r) => r.map(inputCell));
  const index = mapColumns(part, header).index;
  const keys: string[] = [];
  for (const alternatives of def.keys) {
    const key = alternatives.find((k) => index.has(k));
    if (key === undefined) return { skip: `no column for ${alternatives.join(" / ")}` };
    keys.push(key);
  }
  const keyCols = keys.map((k) => index.get(k)!);
  const keyOf = (line: RawCell[]) => keyCols.map((c) => String(line[c]).trim()).join("\u0001");
  const fieldCols = def.fields.filter((k) => index.has(k)).map((k) => index.get(k)!);
  if (def.fields.length && !fieldCols.length) return { skip: `no column for ${def.fields.join(" / ")}` };
  const groups = new Map<string, RawCell[]>();
  for (const [i, line] of rows.entries()) {
    if (keyCols.some((c) => blank(line[c]))) return { skip: `data row ${i + 1} has a blank key` };
    const key = keyOf(line);
    const values = groups.get(key) ?? fieldCols.map(() => null as RawCell);
    for (const [j, c] of fieldCols.entries()) {
      if (blank(line[c])) continue;
      if (values[j] !== null && String(values[j]).trim() !== String(line[c]).trim()) return { skip: `the rows of ${key.replace("\u0001", " / ")} give ${values[j]} and ${line[c]} for ${header[c]}` };
      values[j] = line[c];
    }
    groups.set(key, values);
  }
  const sideHeader = [...keyCols, ...fieldCols].map((c) => header[c]);
  const sideRows = [...groups].map(([key, values]) => [...key.split("\u0001"), ...values]);
  const fieldSet = new Set(fieldCols);
  const keySet = new Set(keyCols);
  const mainCols = header.map((_, c) => c).filter((c) => !fieldSet.has(c));
  const kept: number[] = [];
  rows.forEach((line, i) => {
    const onlyJoined = fieldCols.some((c) => !blank(line[c])) && mainCols.every((c) => keySet.has(c) || blank(line[c]));
    if (!onlyJoined) kept.push(i);
  });
  const newIndex = new Map(kept.map((old, i) => [old + 1, i]));
  const mainKeys = new Set(kept.map((i) => keyOf(rows[i])));
  return {
    main: { name: mainName, cells: [mainCols.map((c) => header[c]), ...kept.map((i) => mainCols.map((c) => rows[i][c]))] },
    side: { name: sideSheetName(def), cells: [sideHeader, ...sideRows] },
    keys,
    indexOf: (pageRow) => newIndex.get(pageRow),
    leftOut: rows.length - kept.length,
    alone: [...groups.keys()].filter((k) => !mainKeys.has(k)).length,
  };
}

/** The example's Input as one sheet, as the page gives it. */
export function wholeSheet(ex: SpecExample, name: string): Sheet {
  return { name, cells: [ex.input.header, ...ex.input.rows.map((r) => r.map(inputCell))] };
}
