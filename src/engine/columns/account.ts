/**
 * Every column accounted for: after the header is found, each field the scheme reads is matched (a column),
 * derived (from other columns), assumed (one value for the whole sheet), defaulted (a stated default), absent (the
 * source says what that means, or only a label), missing (required) or needed (a step reads it and nothing stands
 * in for it); each sheet column is used or listed as unused, with the field it looks like when its header or its
 * values suggest one.
 */
import { isOwnedHeader } from "../report/labels";
import type { ColumnMapping } from "../evaluate/mapColumns";
import { columnLetter } from "../evaluate/table";
import type { TableAccount } from "../tables/account";
import type { BilingualText, FieldDef, PartDef } from "../scheme/schema";
import type { RawCell } from "../values/parseNumber";
import { FieldUse, fieldUses } from "./fieldUse";
import { lookalikeColumns } from "./lookalike";

export type FieldState = "matched" | "derived" | "assumed" | "defaulted" | "absent" | "missing" | "needed";

export interface ColumnRef {
  /** 0-based column */
  index: number;
  header: string;
  letter: string;
}

export interface FieldAccount {
  key: string;
  title: BilingualText;
  state: FieldState;
  /** its column (matched, or assumed with the column there: blank cells take the value) */
  column?: ColumnRef;
  /** the columns it is worked out from (derived) */
  sources?: ColumnRef[];
  /** the value assumed (for a matched field: the value its blank cells take), or the stated default, as text */
  value?: string;
  /** what the source says an absent column means */
  meaning?: BilingualText;
  /** the steps and level keys that read it */
  readBy: FieldUse[];
  /** unused columns that look like it (missing and needed fields) */
  lookalikes?: ColumnRef[];
  /** the parameters set for this run that switch on a check of it (so its absence can no longer mean "not checked") */
  switchedOnBy?: BilingualText[];
}

export interface UnusedColumn extends ColumnRef {
  /** the field key it looks like, when its header or values suggest one */
  proposal?: string;
}

export interface ColumnReport {
  fields: FieldAccount[];
  unused: UnusedColumn[];
  /** the tables joined from other sheets and a wide layout read long, when the table was put together (engine/tables) */
  tables?: TableAccount;
}

const text = (v: unknown) => (v === null || v === undefined ? "" : typeof v === "boolean" ? (v ? "是" : "否") : String(v));

/** A column, named where it is: its letter, or `贡献率!C` when the table was put together from several sheets. */
function ref(headers: RawCell[], places: readonly string[] | undefined, index: number): ColumnRef {
  return { index, header: text(headers[index]).trim(), letter: places?.[index] || columnLetter(index) };
}

function stateOf(f: FieldDef, mapping: ColumnMapping): FieldState {
  // a value confirmed for a field that has its column fills only that column's blank cells: the field is matched
  if (mapping.index.has(f.key)) return "matched";
  if (mapping.assumed.has(f.key)) return "assumed";
  if (mapping.derived.has(f.key)) return "derived";
  if (mapping.missingRequired.includes(f.key)) return "missing";
  if (mapping.needed.includes(f.key)) return "needed";
  if (f.ifColumnMissing || f.default !== undefined) return "defaulted";
  return "absent";
}

/**
 * The column report of one table. `rows` (a sample is enough) lets an unused column's values suggest a field;
 * `assume` gives the values assumed for the whole sheet.
 */
export function accountColumns(part: PartDef, headers: RawCell[], rows: RawCell[][], mapping: ColumnMapping, assume: Record<string, RawCell> = {}, columnPlaces?: readonly string[]): ColumnReport {
  const uses = fieldUses(part);
  const used = new Set<number>([...mapping.index.values(), ...[...mapping.derived.values()].flat()]);
  const unusedIdx = headers.map((_, i) => i).filter((i) => !used.has(i) && text(headers[i]).trim() !== "" && !isOwnedHeader(headers[i]));
  const fields = part.fields.map((f): FieldAccount => {
    const state = stateOf(f, mapping);
    const a: FieldAccount = { key: f.key, title: f.title, state, readBy: uses.get(f.key) ?? [] };
    const col = mapping.index.get(f.key);
    if (col !== undefined) a.column = ref(headers, columnPlaces, col);
    if (state === "derived") a.sources = (mapping.derived.get(f.key) ?? []).map((i) => ref(headers, columnPlaces, i));
    if (mapping.assumed.has(f.key)) a.value = text(assume[f.key]);
    if (state === "defaulted") a.value = text(f.ifColumnMissing ? f.ifColumnMissing.default : f.default);
    if (state === "absent" && f.absentMeans) a.meaning = f.absentMeans;
    if (state === "missing" || state === "needed") a.lookalikes = lookalikeColumns(f, unusedIdx, headers, rows).map((i) => ref(headers, columnPlaces, i));
    return a;
  });
  const proposals = new Map<number, string>();
  for (const f of part.fields) {
    if (mapping.index.has(f.key) || mapping.derived.has(f.key)) continue;
    for (const i of lookalikeColumns(f, unusedIdx, headers, rows)) if (!proposals.has(i)) proposals.set(i, f.key);
  }
  const unused = unusedIdx.map((i): UnusedColumn => {
    const p = proposals.get(i);
    return p ? { ...ref(headers, columnPlaces, i), proposal: p } : ref(headers, columnPlaces, i);
  });
  return { fields, unused };
}
