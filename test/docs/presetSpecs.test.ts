import { existsSync } from "fs";
import { join } from "path";
import { evaluateWithVersions, EvaluationResult } from "../../src/engine";
import { getPreset, presetIds } from "../../src/schemes";
import { inputCell, PRESET_DOCS, readSpecExamples, SpecExample } from "../support/presetSpec";
import { checkGroups, checkRows } from "./specCompare";

// Every worked example of every preset's specification page (docs/presets/<id>.md) is run through the engine and
// compared with the values the page gives. The pages' values are worked out by hand from the source rule.

function run(id: string, ex: SpecExample): EvaluationResult {
  const scheme = getPreset(id)!;
  const table = { headers: ex.input.header, rows: ex.input.rows.map((r) => r.map(inputCell)) };
  return evaluateWithVersions(scheme, table, { part: ex.part, params: ex.params });
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
