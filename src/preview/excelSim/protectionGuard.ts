// Excel's refusal of changes to a protected sheet or to a protected workbook structure: the change is undone.
import type { SimBook } from "./book";
import type { Op } from "./context";
import type { SimSheet } from "./sheet";

/** Applies one change; undone and refused when it touches a protected sheet, or the sheet list of a protected structure. */
export function applyGuarded(book: SimBook, op: Op): void {
  const locked = book.sheets.filter((s) => s.protected);
  if (op.unguarded || (!locked.length && !book.structureProtected)) return op.apply();
  const saved = locked.map((s) => ({ sheet: s, state: sheetState(s) }));
  const names = book.sheets.map((s) => `${s.id}\u0000${s.name}`).join("\u0001");
  const list = [...book.sheets];
  const deleted = list.map((s) => s.deleted);
  const active = book.active;
  const undo = () => {
    for (const { sheet, state } of saved) Object.assign(sheet, clone(state));
    book.sheets = list;
    list.forEach((s, i) => (s.deleted = deleted[i]));
    book.active = active;
  };
  op.apply();
  const touched = saved.find(({ sheet, state }) => !sameState(sheetState(sheet), state));
  const restructured = book.structureProtected && book.sheets.map((s) => `${s.id}\u0000${s.name}`).join("\u0001") !== names;
  if (touched || restructured) {
    undo();
    const what = touched ? `the sheet ${touched.sheet.name} is protected` : "the workbook structure is protected";
    throw Object.assign(new Error(`Excel simulation: ${what}`), { code: "AccessDenied" });
  }
}

/** What a sheet holds (cells, formats, notes, layout …), to tell whether a change touched it. */
function sheetState(sheet: SimSheet): Record<string, unknown> {
  const state: Record<string, unknown> = { ...sheet };
  delete state.name;
  delete state.id;
  return clone(state);
}

/** A deep copy of maps, sets, arrays and plain objects (made here, not with structuredClone, so that it stays of this realm). */
function clone<T>(v: T): T {
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, clone(x)])) as T;
  if (v instanceof Set) return new Set([...v].map(clone)) as T;
  if (Array.isArray(v)) return v.map(clone) as T;
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clone(x)])) as T;
  return v;
}

function plain(v: unknown): unknown {
  if (v instanceof Map) return [...v.entries()].map(([k, x]) => [k, plain(x)]);
  if (v instanceof Set) return [...v].map(plain);
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}

function sameState(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return JSON.stringify(plain(a)) === JSON.stringify(plain(b));
}
