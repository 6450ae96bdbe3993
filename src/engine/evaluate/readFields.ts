import { Dec, dec } from "../money/decimal";
import { FieldDef, PartDef } from "../scheme/schema";
import { parseBool } from "../values/parseBool";
import { parseDate, parseDateTime, parseMonth } from "../values/parseDate";
import { parseNumber, RawCell } from "../values/parseNumber";
import { CellProblem } from "../values/problem";
import { normalizeCategory } from "../values/normalizeText";
import { isExcelErrorText } from "../values/cellErrors";
import { isCleanText } from "../values/cleanText";
import { Pending, Temporal, Value } from "../values/value";
import { DerivationPending, DerivationProblem, DerivedCell, derivation } from "../columns/derive";
import { blankAwareFields, fieldUses } from "../columns/fieldUse";
import { ColumnMapping } from "./mapColumns";
import { emptyOutcome, FieldReader, OutcomeOf } from "./fieldReader";
import { Scope } from "./scope";
import { BoundedCache } from "./store";
import { EXCLUDED, INVALID, PENDING } from "./status";

type Reader = (raw: RawCell) => Value | CellProblem;

function categoryReader(f: FieldDef): Reader {
  const canon = new Map<string, string>();
  for (const v of f.values ?? []) {
    canon.set(normalizeCategory(v.value).toLowerCase(), v.value);
    for (const a of v.aliases ?? []) canon.set(normalizeCategory(a).toLowerCase(), v.value);
  }
  return (raw) => {
    if (raw === null || raw === undefined) return null;
    const s = normalizeCategory(raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw));
    if (s === "") return null;
    if (isExcelErrorText(s)) return new CellProblem("EXCEL_ERROR", s);
    const hit = canon.get(s.toLowerCase());
    if (hit !== undefined) return hit;
    if (f.closed) return new CellProblem(f.closed.code, String(raw));
    return s;
  };
}

/** `onNormalized` hears of number texts that needed cleaning (full-width, separators, currency), so rows can say so. */
function numberReader(f: FieldDef, onNormalized?: (raw: string) => void): Reader {
  const min = f.min === undefined ? undefined : dec(f.min);
  // C4: a rate field's plain numbers are fractions; a plain number above its maximum (100 % by default) is a typo
  const max = f.max === undefined ? (f.type === "rate" ? dec(1) : undefined) : dec(f.max);
  const rangeCode = f.rangeCode ?? "OUT_OF_RANGE";
  const rangeText = `${min === undefined ? "" : `≥ ${min.toFixed()}`}${min !== undefined && max !== undefined ? ", " : ""}${max === undefined ? "" : `≤ ${max.toFixed()}`}`;
  return (raw) => {
    const p = parseNumber(raw);
    if (p === null || p instanceof CellProblem) return p;
    if (p.normalized && typeof raw === "string") onNormalized?.(raw);
    const v: Dec = p.value;
    if (f.type === "integer" && !v.isInteger()) return new CellProblem("NOT_INTEGER", String(raw));
    if (max !== undefined && v.gt(max)) {
      if (f.type === "rate" && !p.percent && f.max === undefined) return new CellProblem("RATE_OUT_OF_RANGE", String(raw));
      return new CellProblem(rangeCode, `${String(raw)}|${rangeText}`);
    }
    if (min !== undefined && v.lt(min)) return new CellProblem(rangeCode, `${String(raw)}|${rangeText}`);
    return v;
  };
}

function textReader(): Reader {
  return (raw) => {
    if (raw === null || raw === undefined) return null;
    if (raw instanceof Date) return raw.toISOString().slice(0, 10);
    const text = typeof raw === "string" ? raw : String(raw);
    // an error value (#REF!, #N/A) is never a name or a label: it would credit a person called "#REF!"
    if (text.charCodeAt(0) === 35 /* # */ && isExcelErrorText(text)) return new CellProblem("EXCEL_ERROR", text.trim());
    if (isCleanText(text)) return text;
    const s = text.replace(/^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0\ufeff]+$/g, "");
    if (isExcelErrorText(s)) return new CellProblem("EXCEL_ERROR", s);
    return s === "" ? null : s;
  };
}

/** Reads one cell as the field's type, exactly as a sheet column is read (C4–C9). */
export function readCell(f: FieldDef, raw: RawCell, fixedYear?: number): Value | CellProblem {
  return cellReader(f, fixedYear)(raw);
}

/**
 * Readers by field, for the calls without a fixed year: a reader is pure (no onNormalized) and made from its field
 * alone, and a category's holds the table of its values and aliases, which was built again for every cell read
 * (a join's keys, a statement's input columns, a cell function's column).
 */
const readers = new WeakMap<FieldDef, Reader>();

/** The reader of a field's cells, made once a field (a category's table of values and aliases with it). */
export function cellReader(f: FieldDef, fixedYear?: number): Reader {
  if (fixedYear !== undefined) return readerFor(f, fixedYear);
  let r = readers.get(f);
  if (r === undefined) readers.set(f, (r = readerFor(f, undefined)));
  return r;
}

function readerFor(f: FieldDef, fixedYear: number | undefined, onNormalized?: (raw: string) => void): Reader {
  switch (f.type) {
    case "text":
      return textReader();
    case "category":
      return categoryReader(f);
    case "number":
    case "integer":
    case "money":
    case "rate":
      return numberReader(f, onNormalized);
    case "bool":
      return parseBool;
    case "date":
      return (raw) => {
        const d = parseDate(raw, fixedYear);
        return typeof d === "number" ? new Temporal("date", d) : d;
      };
    case "datetime":
      return (raw) => {
        const d = parseDateTime(raw, fixedYear);
        return typeof d === "number" ? new Temporal("datetime", d) : d;
      };
    case "month":
      return (raw) => {
        const d = parseMonth(raw);
        return typeof d === "number" ? new Temporal("month", d) : d;
      };
  }
}

/**
 * Distinct texts a field's reader remembers: a column's repeated texts (roles, 是/否, dates) show up among its first
 * few thousand, and a column of mostly distinct texts (amounts read past the coding trial) should not grow a Map
 * per row.
 */
const PARSED_TEXTS = 4096;

/** Columns repeat the same few texts (roles, 是/否, dates): parse each distinct text once. Values are immutable. */
function memoized(read: Reader): Reader {
  const memo = new BoundedCache<string, Value | CellProblem>(PARSED_TEXTS);
  return (raw) => {
    if (typeof raw !== "string") return read(raw);
    const hit = memo.get(raw);
    if (hit !== undefined) return hit;
    const v = read(raw);
    memo.set(raw, v);
    return v;
  };
}

/** A default written in the scheme (JSON) as a runtime value of the field's type. */
export function defaultValue(f: FieldDef, v: unknown): Value {
  if (v === null || v === undefined) return null;
  const r = readerFor(f, undefined)(v as RawCell);
  return r instanceof CellProblem ? null : r;
}

/** What a cell of a field whose column is not in the sheet does to its row: the same for every row. */
function missingColumnOutcome(f: FieldDef): OutcomeOf {
  const outcome = emptyOutcome();
  if (f.ifColumnMissing) {
    outcome.value = defaultValue(f, f.ifColumnMissing.default);
    if (f.ifColumnMissing.warning) outcome.warning = { code: f.ifColumnMissing.warning, field: f.key };
  } else if (f.required) {
    outcome.status = INVALID;
    outcome.mark = { code: "MISSING_COLUMN", field: f.key };
  } else if (f.default !== undefined) {
    // an optional column left out of the sheet means "every cell blank": blank cells take the default
    outcome.value = defaultValue(f, f.default);
  }
  return (_raw, into) => Object.assign(into, outcome);
}

/** What a cell of the field does to its row (C4–C9): its value, and why the row fails or is warned about. */
function cellOutcome(f: FieldDef, params: Map<string, Value>, blankIsUnknown = false): OutcomeOf {
  const yearParam = f.yearFrom ? params.get(f.yearFrom) : undefined;
  const fixedYear = yearParam instanceof Temporal ? new Date(yearParam.day * 86400000).getUTCFullYear() : undefined;
  const normalized = new Set<string>();
  const read = f.type === "text" ? readerFor(f, fixedYear) : memoized(readerFor(f, fixedYear, (text) => normalized.add(text)));
  // a short date (M-D) waits for the parameter that gives its year instead of being called unreadable
  const yearPending = yearParam instanceof Pending ? yearParam : null;
  const readsWithAYear = yearPending ? readerFor(f, 2000) : null;
  const fallback = f.default === undefined ? null : defaultValue(f, f.default);
  const missingCode = f.missingCode ?? "MISSING_VALUE";
  return (raw, o) => {
    o.value = null;
    o.status = 0;
    o.mark = null;
    o.warning = null;
    const v = read(raw);
    if (v instanceof CellProblem && yearPending && readsWithAYear && !(readsWithAYear(raw) instanceof CellProblem)) {
      o.status = PENDING;
      o.mark = { code: yearPending.code, param: yearPending.param, field: f.key };
      o.value = yearPending;
    } else if (v instanceof CellProblem) {
      const [value, detail] = v.detail.split("|");
      const status = f.closed && v.code === f.closed.code ? (f.closed.status === "excluded" ? EXCLUDED : INVALID) : INVALID;
      o.status = status;
      o.mark = { code: v.code, field: f.key, value, detail };
      o.value = status === EXCLUDED ? v.detail : null;
    } else if (v === null) {
      if (fallback !== null) o.value = fallback;
      // C5: a blank yes/no cell takes the field's stated default, and is invalid where none is stated (unless the
      // scheme says what a missing answer means: absentMeans); so is a blank cell of any field a step reads whose
      // blank the scheme does not ask about (a blank 部门 never passes an exclusion by department)
      else if (f.required || blankIsUnknown) {
        o.status = INVALID;
        o.mark = { code: f.required ? missingCode : f.type === "bool" ? "BLANK_YES_NO" : "BLANK_NEEDED", field: f.key };
      }
    } else {
      o.value = v;
      if (normalized.size && typeof raw === "string" && normalized.has(raw)) o.warning = { code: "NORMALIZED", field: f.key, value: raw };
      else if (f.type === "date" && v instanceof Temporal && typeof raw === "string" && raw.trim() !== v.toString()) {
        o.warning = { code: "NORMALIZED_DATE", field: f.key, value: raw.trim(), detail: v.toString() };
      }
    }
    return o;
  };
}

/** What a cell of an absent column does to its row when the column is needed: the row is invalid, naming it. */
function neededColumnOutcome(f: FieldDef): OutcomeOf {
  return (_raw, into) => Object.assign(into, { value: null, status: INVALID, mark: { code: "COLUMN_NEEDED", field: f.key }, warning: null });
}

/** A value assumed for the whole sheet, as the field's stated default (blank cells) or the absent column's value. */
function withAssumption(f: FieldDef, value: RawCell, present: boolean): FieldDef | CellProblem {
  const read = readerFor(f, undefined)(value);
  if (read instanceof CellProblem) return new CellProblem("ASSUMED_INVALID", String(value));
  return present ? { ...f, default: value as FieldDef["default"] } : { ...f, ifColumnMissing: { default: value as string | number | boolean | null } };
}

/** A derived field's cells: the derivation's result read as the field reads a cell; a source problem names it. */
function derivedOutcome(f: FieldDef, params: Map<string, Value>): OutcomeOf {
  // a derived cell is never blank by accident: no default stands in for a derivation that gave nothing
  const base = cellOutcome({ ...f, default: undefined }, params, true);
  return (raw, o) => {
    const cell = raw as unknown as DerivedCell;
    if (cell instanceof DerivationPending) return Object.assign(o, { value: cell.pending, status: PENDING, mark: { code: cell.pending.code, param: cell.pending.param, field: f.key }, warning: null });
    if (!(cell instanceof DerivationProblem)) return base(cell, o);
    return Object.assign(o, { value: null, status: INVALID, mark: { code: cell.code, field: f.key, value: cell.value, detail: cell.source, source: cell.sourceIndex }, warning: null });
  };
}

/** How one field is read: from its column, worked out from others, or for a column that is not there. */
/** A blank cell the scheme has no meaning for: a yes/no or category a step reads, with no default, no stated absence, no blank test. */
function blankIsUnknown(part: PartDef, f: FieldDef): boolean {
  if (f.default !== undefined || f.absentMeans) return false;
  if (f.type === "bool") return true;
  // a category (部门, 岗位, 客户类型) decides who is excluded or which rate applies; numbers, dates and texts may be
  // blank by design on the rows of a stacked sheet that are of another kind (a target row has no order time)
  if (f.type !== "category") return false;
  return (fieldUses(part).get(f.key) ?? []).length > 0 && !blankAwareFields(part).has(f.key);
}

function fieldReading(part: PartDef, f: FieldDef, mapping: ColumnMapping, params: Map<string, Value>, assume: Record<string, RawCell>): { outcome: OutcomeOf; column: number; derive?: (row: RawCell[]) => DerivedCell } {
  const column = mapping.index.get(f.key) ?? -1;
  let field: FieldDef = f;
  if (mapping.assumed.has(f.key)) {
    const assumed = withAssumption(f, assume[f.key], column >= 0);
    if (assumed instanceof CellProblem) return { outcome: (_raw, into) => Object.assign(into, { value: null, status: INVALID, mark: { code: assumed.code, field: f.key, value: assumed.detail }, warning: null }), column: -1 };
    field = assumed;
  }
  if (column >= 0) return { outcome: cellOutcome(field, params, blankIsUnknown(part, field)), column };
  const sources = mapping.derived.get(f.key);
  if (sources && !mapping.assumed.has(f.key)) return { outcome: derivedOutcome(f, params), column: -1, derive: derivation(f, sources, (s) => readerFor(s, undefined), params) };
  if (mapping.needed.includes(f.key)) return { outcome: neededColumnOutcome(f), column: -1 };
  return { outcome: missingColumnOutcome(field), column: -1 };
}

/**
 * Parses every field column into typed values (C4–C9). Unreadable and missing required cells make the row
 * invalid with the field and the cell text; nothing unreadable becomes 0, and no column a step needs is silently
 * absent. With `coding`, each distinct cell of a column is read once and the column is kept as codes (see Column).
 */
export function readFields(part: PartDef, rows: RawCell[][], mapping: ColumnMapping, scope: Scope, params: Map<string, Value>, coding = true, assume: Record<string, RawCell> = {}): void {
  const readings = part.fields.map((f) => fieldReading(part, f, mapping, params, assume));
  // a derived cell is worked out per row and is not numbered (its "raw" is the derivation's result)
  const readers = part.fields.map((f, k) => new FieldReader(readings[k].outcome, scope, coding && !readings[k].derive, f.type === "text" && readings[k].column >= 0));
  const columns = Int32Array.from(readings, (r) => r.column);
  const derived = readings.map((r) => r.derive ?? null);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let k = 0; k < readers.length; k++) {
      const derive = derived[k];
      readers[k].read(r, derive !== null ? (derive(row) as RawCell) : columns[k] < 0 ? undefined : row[columns[k]]);
    }
  }
  part.fields.forEach((f, k) => scope.columns.set(f.key, readers[k].column()));
}
