import { DataTable, locateOnSheet, RunProblem, runChecked, SchemeDocument } from "../../../src/engine";
import { getPreset, presetIds } from "../../../src/schemes";
import { inputCell, readSpecExamples, SpecExample } from "../../support/presetSpec";

// Issue 17's property: for every preset, take each worked example of its page (docs/presets), drop each column in
// turn and blank each yes/no cell in turn. No money output may change silently: either the run stops naming the
// field, or the row is invalid naming it, or the field's stated default (or the meaning the source gives its
// absence) applies and the column report says so.

type Outcome = { problem: RunProblem } | { money: (number | null)[][]; states: Map<string, string>; reasons: string[][] };

function moneyOutputs(scheme: SchemeDocument, partId: string): string[] {
  const part = scheme.parts.find((p) => p.id === partId)!;
  return (part.outputs.row ?? []).filter((o) => o.type === "money").map((o) => o.name);
}

function run(scheme: SchemeDocument, ex: SpecExample, header: string[], rows: (string | null)[][]): Outcome {
  let table: DataTable;
  try {
    table = locateOnSheet(scheme, { name: "数据", cells: [header, ...rows] }, { part: ex.part });
    const r = runChecked(scheme, { table, params: ex.params }, "zh-CN");
    const names = moneyOutputs(scheme, table.part.id);
    return {
      money: r.result.rows().map((row) => names.map((n) => (typeof row.outputs[n]?.value === "number" ? (row.outputs[n].value as number) : null))),
      states: new Map(r.columns.fields.map((f) => [f.key, f.state])),
      reasons: r.result.rows().map((row) => row.reasons.map((x) => `${x.code}:${x.field ?? ""}`)),
    };
  } catch (e) {
    if (e instanceof RunProblem) return { problem: e };
    throw e;
  }
}

const examples = presetIds().flatMap((id) => readSpecExamples(id).map((ex) => [id, ex] as const));

describe.each(examples.map(([id, ex]) => [`${id}: ${ex.title}`, id, ex] as const))("%s", (_name, id, ex) => {
  const scheme = getPreset(id)!;
  const header = ex.input.header;
  const rows = ex.input.rows.map((r) => r.map(inputCell));
  const base = run(scheme, ex, header, rows);

  test("each column dropped in turn: the run stops, rows turn invalid naming the field, or the report accounts for it", () => {
    if ("problem" in base) return; // an example about a refusal: nothing to compare against
    const part = scheme.parts.find((p) => p.id === (ex.part ?? scheme.parts[0].id))!;
    header.forEach((_, c) => {
      const dropped = run(scheme, ex, header.filter((_, i) => i !== c), rows.map((r) => r.filter((_, i) => i !== c)));
      if ("problem" in dropped) return expect(["MISSING_COLUMNS", "COLUMNS_NEEDED", "NO_HEADER", "UNKNOWN_PART"]).toContain(dropped.problem.code);
      if (JSON.stringify(dropped.money) === JSON.stringify(base.money)) return;
      // money changed: the dropped field must be said — defaulted/absent with a stated meaning, or rows invalid for it
      const field = part.fields.find((f) => base.states.get(f.key) === "matched" && dropped.states.get(f.key) !== "matched");
      const state = field ? dropped.states.get(field.key) : undefined;
      const namedInvalid = field && dropped.reasons.some((rs) => rs.some((r) => r.endsWith(`:${field.key}`)));
      const saidWhy = (state === "defaulted" && (field?.default !== undefined || field?.ifColumnMissing)) || (state === "absent" && !!field?.absentMeans) || state === "derived";
      expect({ column: header[c], field: field?.key, state, accounted: saidWhy || !!namedInvalid }).toEqual({ column: header[c], field: field?.key, state, accounted: true });
    });
  });

  test("each yes/no cell blanked in turn: the stated default applies, the meaning of a blank is stated, or the row is invalid naming the field", () => {
    if ("problem" in base) return;
    const part = scheme.parts.find((p) => p.id === (ex.part ?? scheme.parts[0].id))!;
    const boolCols = header.map((h, c) => [c, part.fields.find((f) => f.type === "bool" && [f.title["zh-CN"], ...f.headers].includes(h))] as const).filter(([, f]) => f);
    for (const [c, f] of boolCols) {
      rows.forEach((row, r) => {
        if (row[c] === null) return;
        const blanked = rows.map((x, i) => (i === r ? x.map((v, j) => (j === c ? null : v)) : x));
        const out = run(scheme, ex, header, blanked);
        if ("problem" in out) return;
        if (JSON.stringify(out.money[r]) === JSON.stringify(base.money[r])) return;
        const stated = f!.default !== undefined || !!f!.absentMeans;
        const named = out.reasons[r].some((x) => x.endsWith(`:${f!.key}`));
        expect({ cell: `${header[c]} row ${r + 1}`, accounted: stated || named }).toEqual({ cell: `${header[c]} row ${r + 1}`, accounted: true });
      });
    }
  });
});
