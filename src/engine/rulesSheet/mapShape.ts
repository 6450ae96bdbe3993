import { BlockShape } from "./layout";
import { isPlainObject, Json, listTag, mergeLetters, scalarCell, scalarLetter, Tag } from "./tags";

export interface MapColumn {
  key: string;
  tag: Tag;
}

export interface MapRow {
  keys: RulesKeyCell[];
  values: Map<string, Json>;
}

type RulesKeyCell = string;

export interface MapShape {
  kind: Extract<BlockShape, "map" | "maprows" | "mapobj">;
  depth: 1;
  columns: MapColumn[];
  rows: MapRow[];
}

/** Inner keys become column keys `a.b:tag`, so they may not hold the separators. */
const SAFE_KEY = /^[^.:#\n][^.:\n]*$/;

/** Scalar and list leaves of an object, dotted; null when something cannot sit in one row. */
function flatLeaves(obj: Record<string, Json>, prefix: string, out: Map<string, { value: Json; letter: Tag }>): boolean {
  for (const [k, v] of Object.entries(obj)) {
    if (!SAFE_KEY.test(k)) return false;
    const key = prefix + k;
    const letter = scalarLetter(v);
    if (letter) out.set(key, { value: v, letter });
    else if (Array.isArray(v)) {
      const lt = v.length ? listTag(v) : null;
      if (!lt) return false;
      out.set(key, { value: v, letter: lt });
    } else if (isPlainObject(v) && Object.keys(v).length) {
      if (!flatLeaves(v, key + ".", out)) return false;
    } else return false;
  }
  return true;
}

function columnsOf(rows: Map<string, { value: Json; letter: Tag }>[]): MapColumn[] | null {
  const order: string[] = [];
  const letters = new Map<string, Tag[]>();
  for (const r of rows)
    for (const [k, l] of r) {
      if (!letters.has(k)) {
        order.push(k);
        letters.set(k, []);
      }
      letters.get(k)!.push(l.letter);
    }
  const cols: MapColumn[] = [];
  for (const k of order) {
    const ls = letters.get(k)!;
    const lists = ls.filter((l) => l.startsWith("l"));
    if (lists.length && (lists.length !== ls.length || new Set(lists).size > 1)) return null;
    cols.push({ key: k, tag: lists.length ? lists[0] : mergeLetters(ls) });
  }
  return cols;
}

/** How a map is drawn as a table, with its rows; null when it cannot be (it is then written as JSON text). */
export function mapShapeOf(map: Record<string, Json>): MapShape | null {
  const entries = Object.entries(map);
  if (entries.every(([, v]) => scalarLetter(v) !== null)) {
    const tag = entries.length ? mergeLetters(entries.map(([, v]) => scalarLetter(v)!)) : "s";
    return { kind: "map", depth: 1, columns: [{ key: "value", tag }], rows: entries.map(([k, v]) => ({ keys: [keyCell(k)], values: new Map([["value", v]]) })) };
  }
  if (entries.every(([, v]) => Array.isArray(v) && v.length > 0 && v.every(isPlainObject))) {
    const leaves: Map<string, { value: Json; letter: Tag }>[] = [];
    const keys: string[] = [];
    for (const [k, arr] of entries)
      for (const el of arr as Record<string, Json>[]) {
        const m = new Map<string, { value: Json; letter: Tag }>();
        if (!flatLeaves(el, "", m)) return null;
        leaves.push(m);
        keys.push(k);
      }
    const columns = columnsOf(leaves);
    if (!columns) return null;
    return { kind: "maprows", depth: 1, columns, rows: leaves.map((m, i) => ({ keys: [keyCell(keys[i])], values: new Map([...m].map(([k, l]) => [k, l.value])) })) };
  }
  if (entries.every(([, v]) => isPlainObject(v) && Object.keys(v).length > 0)) {
    const leaves: Map<string, { value: Json; letter: Tag }>[] = [];
    for (const [, v] of entries) {
      const m = new Map<string, { value: Json; letter: Tag }>();
      if (!flatLeaves(v as Record<string, Json>, "", m)) return null;
      leaves.push(m);
    }
    const columns = columnsOf(leaves);
    if (!columns) return null;
    return { kind: "mapobj", depth: 1, columns, rows: leaves.map((m, i) => ({ keys: [keyCell(entries[i][0])], values: new Map([...m].map(([k, l]) => [k, l.value])) })) };
  }
  return null;
}

const keyCell = (k: string): string => scalarCell(k) as string;
