import { existsSync } from "fs";
import { join } from "path";
import { evaluateWithVersions, EvaluationResult, GroupResult, OutputCell, RowResult } from "../../src/engine";
import { getPreset, presetIds } from "../../src/schemes";
import { inputCell, PRESET_DOCS, readSpecExamples, SpecExample, SpecTable } from "../support/presetSpec";

// Every worked example of every preset's specification page (docs/presets/<id>.md) is run through the engine and
// compared with the values the page gives. The pages' values are worked out by hand from the source rule.

const SPECIAL = new Set(["row", "status", "codes", "warnings", "notes", "complete"]);
const SPECIAL_ROW_KEYS = new Set(["row"]);

function run(id: string, ex: SpecExample): EvaluationResult {
  const scheme = getPreset(id)!;
  const table = { headers: ex.input.header, rows: ex.input.rows.map((r) => r.map(inputCell)) };
  return evaluateWithVersions(scheme, table, { part: ex.part, params: ex.params });
}

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

function checkRows(result: EvaluationResult, table: SpecTable): void {
  const at = table.header.indexOf("row");
  expect(at).toBeGreaterThanOrEqual(0);
  for (const cells of table.rows) {
    const row = result.row(Number(cells[at]) - 1);
    for (const [column, want, got] of compareLine(table.header, cells, row, SPECIAL_ROW_KEYS)) expect({ row: cells[at], column, value: got }).toEqual({ row: cells[at], column, value: want });
  }
}

function checkGroups(result: EvaluationResult, level: string, table: SpecTable): void {
  const groups = result.groups(level);
  const keyNames = table.header.filter((h) => !SPECIAL.has(h) && groups.some((g) => h in g.key));
  for (const cells of table.rows) {
    const key = Object.fromEntries(keyNames.map((k) => [k, cells[table.header.indexOf(k)]]));
    const group = groups.find((g) => keyNames.every((k) => g.key[k] === key[k]));
    expect({ level, key, found: group !== undefined }).toEqual({ level, key, found: true });
    for (const [column, want, got] of compareLine(table.header, cells, group!, new Set(keyNames))) expect({ key, column, value: got }).toEqual({ key, column, value: want });
  }
}

describe.each(presetIds().filter((id) => existsSync(join(PRESET_DOCS, `${id}.md`))))("%s: worked examples of docs/presets", (id) => {
  const examples = readSpecExamples(id);

  test("the page has worked examples, each with input and something to check", () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
    for (const ex of examples) {
      expect({ title: ex.title, inputRows: ex.input.rows.length > 0 }).toEqual({ title: ex.title, inputRows: true });
      expect({ title: ex.title, checks: (ex.rows ? 1 : 0) + ex.groups.length > 0 }).toEqual({ title: ex.title, checks: true });
    }
  });

  test.each(examples.map((ex) => [ex.title, ex] as const))("%s", (_title, ex) => {
    const result = run(id, ex);
    expect(result.paramProblems).toEqual([]);
    expect(result.mapping.missingRequired).toEqual([]);
    if (ex.rows) checkRows(result, ex.rows);
    for (const g of ex.groups) checkGroups(result, g.level, g.table);
  });
});

test("every preset has its specification page", () => {
  const missing = presetIds().filter((id) => !existsSync(join(PRESET_DOCS, `${id}.md`)));
  expect(missing).toEqual([]);
});
