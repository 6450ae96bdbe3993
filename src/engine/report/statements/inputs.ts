// The data's input columns on a statement: each row's value as Jili read it, and which inputs go in the header.
import { Lang } from "../../i18n/messages";
import { Dec } from "../../money/decimal";
import { moneyFormat } from "../../money/moneyFormat";
import { EvaluationResult } from "../../evaluate/result";
import { cellReader } from "../../evaluate/readFields";
import { InputTable } from "../../evaluate/table";
import { FieldDef } from "../../scheme/schema";
import { RawCell } from "../../values/parseNumber";
import { CellProblem } from "../../values/problem";
import { Temporal, Value } from "../../values/value";
import { CellOut } from "../fillPlan";
import { textOf } from "./cellText";

/** An input cell as the statement shows it: the value as Jili read it (dates as text), or the cell as written. */
function inputCell(read: (raw: RawCell) => Value | CellProblem, raw: RawCell, lang: Lang): CellOut {
  if (raw === null || raw === undefined || raw === "") return "";
  const v = read(raw);
  if (v instanceof CellProblem || v === null) return raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw);
  if (v instanceof Dec) return v.toNumber();
  if (v instanceof Temporal) return v.toString();
  if (typeof v === "boolean") return lang === "zh-CN" ? (v ? "是" : "否") : v ? "yes" : "no";
  return String(v);
}

/** Distinct texts a column remembers while its cells are read (a column of names or phone numbers gains nothing). */
const TEXTS_KEPT = 4096;

/** Every row's value of each mapped field, as read, keyed by field. */
export function readInputs(result: EvaluationResult, table: InputTable, mapped: FieldDef[], lang: Lang): Map<string, CellOut[]> {
  const n = result.rowCount;
  const inputs = new Map<string, CellOut[]>();
  for (const f of mapped) {
    const col = result.mapping.index.get(f.key)!;
    const values: CellOut[] = new Array(n);
    // a text written again and again (a category, a post) read once
    const read = cellReader(f);
    const seen = new Map<string, CellOut>();
    for (let i = 0; i < n; i++) {
      const raw = table.rows[i]?.[col];
      if (typeof raw !== "string") {
        values[i] = inputCell(read, raw, lang);
        continue;
      }
      let v = seen.get(raw);
      if (v === undefined) {
        v = inputCell(read, raw, lang);
        if (seen.size < TEXTS_KEPT) seen.set(raw, v);
      }
      values[i] = v;
    }
    inputs.set(f.key, values);
  }
  return inputs;
}

/** The fields whose text is one value across each person's rows (岗位、工号 …): they go in the header, not a column. */
export function constantInputs(mapped: FieldDef[], inputs: Map<string, CellOut[]>, people: number[][], rowsOf: (g: number) => number[]): Set<string> {
  const constant = new Set<string>();
  for (const f of mapped) {
    const values = inputs.get(f.key)!;
    const same = people.every((gs) => {
      let first: string | undefined;
      for (const g of gs)
        for (const i of rowsOf(g)) {
          const t = textOf(values[i]);
          if (first === undefined) first = t;
          else if (t !== first) return false;
        }
      return true;
    });
    if (same) constant.add(f.key);
  }
  return constant;
}

/** At most `max` fields, required ones first, kept in field order. */
export function chooseInputs(fields: FieldDef[], max: number): FieldDef[] {
  if (fields.length <= max) return fields;
  const chosen = new Set<FieldDef>(fields.filter((f) => f.required).slice(0, max));
  for (const f of fields) if (chosen.size < max) chosen.add(f);
  return fields.filter((f) => chosen.has(f));
}

/** The Excel number format of an input column: money and rates are formatted, the rest shown as read. */
export function inputFormat(f: FieldDef, scale: number): string | null {
  if (f.type === "money") return moneyFormat(scale);
  if (f.type === "rate") return "0.00%";
  return null;
}
