import { evaluate, EvaluateOptions } from "../evaluate/evaluate";
import { EvaluationResult } from "../evaluate/result";
import { InputTable } from "../evaluate/table";
import { loadScheme } from "../scheme/validate";
import { PartDef, SchemeDocument, VersionDef } from "../scheme/schema";
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

/** a segment with what computed it: its version's document and its rows */
type Computed = Segment & { doc: SchemeDocument; sub: InputTable };

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
  const days = rowDays(part, table, options.columns, options.assume);
  const buckets = new Map<number, number[]>(); // version index (-1 = base) → row indexes
  days.forEach((d, i) => {
    const v = d === null ? -1 : versions.findIndex((x) => d >= x.from && d <= x.to);
    if (!buckets.has(v)) buckets.set(v, []);
    buckets.get(v)!.push(i);
  });
  const rowNumbers = table.rowNumbers ?? table.rows.map((_, i) => i + 2);
  const order = [...buckets.keys()].sort((a, b) => (a === -1 ? Infinity : versions[a].from) - (b === -1 ? Infinity : versions[b].from));
  const spansVersions = order.length > 1;
  const checks = spansVersions ? duplicateChecks(part) : [];
  const segments: Computed[] = order.map((v) => {
    const rowIndex = buckets.get(v)!;
    const doc = v === -1 ? scheme : versions[v].scheme;
    const sub: InputTable = { headers: table.headers, rows: rowIndex.map((i) => table.rows[i]), rowNumbers: rowIndex.map((i) => rowNumbers[i]), columnLetters: table.columnLetters, rowMarks: table.rowMarks && rowIndex.map((i) => table.rowMarks![i]) };
    const def = versions[v]?.version;
    const use: VersionUse = def ? { title: def.title, from: def.from, to: def.to, rows: rowIndex.length, base: false } : { title: BASE_TITLE, rows: rowIndex.length, base: true };
    return { use, result: evaluate(doc, sub, checks.length ? { ...options, keepDuplicateKeys: true } : options), rowIndex, doc, sub };
  });
  if (!segments.length) return evaluate(scheme, table, options);
  // a duplicate check looks at the whole table: a row repeating a key that an earlier row of another version has is
  // a repeat too; the versions that have such rows are computed again knowing them (their groups may change)
  if (checks.length) {
    const repeats = repeatsAcrossVersions(segments, checks, table.rows.length);
    repeats.forEach((crossDuplicates, s) => {
      const seg = segments[s];
      seg.result = evaluate(seg.doc, seg.sub, { ...options, crossDuplicates });
    });
  }
  const spans = segments.length > 1;
  const shownPart = spans
    ? { ...part, levels: part.levels.map((l) => ({ ...l, keys: [...l.keys, { name: VERSION_KEY, expr: "null", title: VERSION_KEY_TITLE }] })) }
    : segments[0].result.part;
  const headers = table.headers.map((h) => (h === null || h === undefined ? "" : String(h)));
  // the result keeps each segment's outcome, not the documents and row lists that computed it
  const outcomes: Segment[] = segments.map(({ use, result, rowIndex }) => ({ use, result, rowIndex }));
  return new VersionedResult(shownPart, outcomes, headers, rowNumbers, outcomes.map((s) => s.use), { columnLetters: table.columnLetters, rowSheets: table.rowSheets, rowLabels: table.rowLabels });
}

/** the names of the part's duplicate checks over rows (a check over groups is left to each version) */
function duplicateChecks(part: PartDef): string[] {
  return part.steps.filter((st) => st.kind === "duplicate" && st.scope === "row").map((st) => st.name);
}

/**
 * For each segment (by index), the rows that are the first of their key within the segment but come after a row
 * of another segment with the same key, in sheet order: step name → local row → that earlier row (table index).
 */
function repeatsAcrossVersions(segments: Computed[], checks: string[], rows: number): Map<number, Map<string, Map<number, number>>> {
  const where = new Int32Array(rows * 2);
  segments.forEach((seg, s) =>
    seg.rowIndex.forEach((global, local) => {
      where[2 * global] = s;
      where[2 * global + 1] = local;
    }),
  );
  const out = new Map<number, Map<string, Map<number, number>>>();
  for (const check of checks) {
    const keysOf = segments.map((seg) => seg.result.state.duplicateKeys.get(check) ?? null);
    const firstRow = new Map<string, number>();
    const seenIn = segments.map(() => new Set<string>());
    for (let g = 0; g < rows; g++) {
      const s = where[2 * g];
      const local = where[2 * g + 1];
      const key = keysOf[s]?.[local] ?? null;
      if (key === null || seenIn[s].has(key)) continue;
      seenIn[s].add(key);
      const first = firstRow.get(key);
      if (first === undefined) firstRow.set(key, g);
      else {
        let bySegment = out.get(s);
        if (!bySegment) out.set(s, (bySegment = new Map()));
        let rowsOf = bySegment.get(check);
        if (!rowsOf) bySegment.set(check, (rowsOf = new Map()));
        rowsOf.set(local, first);
      }
    }
  }
  return out;
}
