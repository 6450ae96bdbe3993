import { evaluate, EvaluateOptions } from "../evaluate/evaluate";
import { EvaluationResult } from "../evaluate/result";
import { InputTable } from "../evaluate/table";
import { loadScheme } from "../scheme/validate";
import { SchemeDocument, VersionDef } from "../scheme/schema";
import { parseDate } from "../values/parseDate";
import { applyVersion } from "./applyVersion";
import { rowDays } from "./rowDays";
import { Segment, VERSION_KEY, VERSION_KEY_TITLE, VersionedResult, VersionUse } from "./versionedResult";

const BASE_TITLE = { "zh-CN": "基础版", "en-US": "base" };

interface Resolved {
  version: VersionDef | null;
  scheme: SchemeDocument;
  from: number;
  to: number;
}

const derived = new WeakMap<SchemeDocument, Resolved[]>();

/** The scheme of every version (validated when the scheme was loaded), cached per scheme object. */
function resolveVersions(scheme: SchemeDocument): Resolved[] {
  let out = derived.get(scheme);
  if (!out) {
    const day = (t: string | undefined, end: number) => (t ? (parseDate(t) as number) : end);
    out = (scheme.versions ?? []).map((v) => ({ version: v, scheme: loadScheme(applyVersion(scheme, v).document), from: day(v.from, -Infinity), to: day(v.to, Infinity) }));
    derived.set(scheme, out);
  }
  return out;
}

/**
 * Evaluates a table with a scheme that may hold dated versions: each row is computed by the version in force on its
 * date (from and to inclusive), rows outside every version by the scheme itself. Without versions this is `evaluate`.
 */
export function evaluateWithVersions(scheme: SchemeDocument, table: InputTable, options: EvaluateOptions = {}): EvaluationResult {
  if (!scheme.versions?.length) return evaluate(scheme, table, options);
  const part = options.part ? scheme.parts.find((p) => p.id === options.part) : scheme.parts[0];
  if (!part) return evaluate(scheme, table, options); // evaluate reports the unknown part
  const versions = resolveVersions(scheme);
  const days = rowDays(part, table, options.columns);
  const buckets = new Map<number, number[]>(); // version index (-1 = base) → row indexes
  days.forEach((d, i) => {
    const v = d === null ? -1 : versions.findIndex((x) => d >= x.from && d <= x.to);
    if (!buckets.has(v)) buckets.set(v, []);
    buckets.get(v)!.push(i);
  });
  const rowNumbers = table.rowNumbers ?? table.rows.map((_, i) => i + 2);
  const order = [...buckets.keys()].sort((a, b) => (a === -1 ? Infinity : versions[a].from) - (b === -1 ? Infinity : versions[b].from));
  const segments: Segment[] = order.map((v) => {
    const rowIndex = buckets.get(v)!;
    const doc = v === -1 ? scheme : versions[v].scheme;
    const sub: InputTable = { headers: table.headers, rows: rowIndex.map((i) => table.rows[i]), rowNumbers: rowIndex.map((i) => rowNumbers[i]), columnLetters: table.columnLetters };
    const def = versions[v]?.version;
    const use: VersionUse = def ? { title: def.title, from: def.from, to: def.to, rows: rowIndex.length, base: false } : { title: BASE_TITLE, rows: rowIndex.length, base: true };
    return { use, result: evaluate(doc, sub, options), rowIndex };
  });
  if (!segments.length) return evaluate(scheme, table, options);
  const spans = segments.length > 1;
  const shownPart = spans
    ? { ...part, levels: part.levels.map((l) => ({ ...l, keys: [...l.keys, { name: VERSION_KEY, expr: "null", title: VERSION_KEY_TITLE }] })) }
    : segments[0].result.part;
  const headers = table.headers.map((h) => (h === null || h === undefined ? "" : String(h)));
  return new VersionedResult(shownPart, segments, headers, rowNumbers, segments.map((s) => s.use));
}
