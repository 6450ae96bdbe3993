/**
 * Comparing a run's results with the tables of a worked example of docs/presets/<id>.md (Rows and Groups): shared
 * by test/docs/presetSpecs.test.ts, which runs every example as the page gives it, and the tests of tables kept on
 * sheets of their own (test/engine/tables), which run the same examples split over several sheets.
 */
import type { EvaluationResult, GroupResult, OutputCell, RowResult } from "../../src/engine";
import type { SpecTable } from "../support/presetSpec";

const SPECIAL = new Set(["row", "status", "codes", "warnings", "notes", "complete"]);
const SPECIAL_ROW_KEYS = new Set(["row"]);

function codeList(text: string): string[] {
  return text
    .split(",")
    .map((c) => c.trim())
    .filter((c) => c !== "")
    .sort();
}

/**
 * An output cell against the page's text: a number matches the exact value or the value as shown (a score kept
 * exact, 32/3, is shown 10.67); a text output matches as text (a place "2"); `pending[:CODE]` matches a waiting
 * output. Returns the expected text when it matches, else what the cell holds.
 */
function outputAgainst(cell: OutputCell | undefined, want: string): unknown {
  if (!cell) return "(no such output)";
  if (want.startsWith("pending")) {
    const got = cell.pending ? (want.includes(":") ? `pending:${cell.pending}` : "pending") : `not pending (${cell.value})`;
    return got;
  }
  const { value, text } = cell;
  if (typeof value === "number" && /^-?\d+(\.\d+)?$/.test(want)) return value === Number(want) || Number(text) === Number(want) ? want : value;
  if (typeof value === "boolean") return String(value) === want ? want : value;
  return value === want ? want : value;
}

/** [column, expected, actual] for every non-blank expected cell of one line. */
function compareLine(header: string[], cells: string[], found: RowResult | GroupResult, skip: Set<string>): [string, unknown, unknown][] {
  const out: [string, unknown, unknown][] = [];
  header.forEach((h, c) => {
    const want = cells[c];
    if (want === "" && h !== "codes" && h !== "warnings" && h !== "notes") return;
    if (skip.has(h)) return;
    if (h === "status") out.push([h, want, found.status]);
    else if (h === "complete") out.push([h, want, "complete" in found ? (found.complete ? "yes" : "no") : "(row)"]);
    else if (h === "codes") out.push([h, codeList(want), found.reasons.map((r) => r.code).sort()]);
    else if (h === "warnings") out.push([h, codeList(want), found.warnings.map((r) => r.code).sort()]);
    else if (h === "notes") out.push([h, codeList(want), "notes" in found ? found.notes.map((r) => r.code).sort() : []]);
    else out.push([h, want, outputAgainst(found.outputs[h], want)]);
  });
  return out;
}

/**
 * Every line of a Rows table against the result's rows. `indexOf` turns the page's row (1 = the first data row)
 * into the result's 0-based index, undefined for a row the caller left out (default: the page's row − 1).
 * Returns how many lines were checked.
 */
export function checkRows(result: EvaluationResult, table: SpecTable, indexOf: (pageRow: number) => number | undefined = (r) => r - 1): number {
  const at = table.header.indexOf("row");
  expect(at).toBeGreaterThanOrEqual(0);
  let checked = 0;
  for (const cells of table.rows) {
    const index = indexOf(Number(cells[at]));
    if (index === undefined) continue;
    checked++;
    const row = result.row(index);
    for (const [column, want, got] of compareLine(table.header, cells, row, SPECIAL_ROW_KEYS)) expect({ row: cells[at], column, value: got }).toEqual({ row: cells[at], column, value: want });
  }
  return checked;
}

/** Every line of a Groups table against the level's groups, found by their key columns. */
export function checkGroups(result: EvaluationResult, level: string, table: SpecTable): void {
  const groups = result.groups(level);
  const keyNames = table.header.filter((h) => !SPECIAL.has(h) && groups.some((g) => h in g.key));
  for (const cells of table.rows) {
    const key = Object.fromEntries(keyNames.map((k) => [k, cells[table.header.indexOf(k)]]));
    const group = groups.find((g) => keyNames.every((k) => g.key[k] === key[k]));
    expect({ level, key, found: group !== undefined }).toEqual({ level, key, found: true });
    for (const [column, want, got] of compareLine(table.header, cells, group!, new Set(keyNames))) expect({ key, column, value: got }).toEqual({ key, column, value: want });
  }
}
