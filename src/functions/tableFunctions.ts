import { BilingualText, evaluateWithVersions, EvaluationResult, findHeaderRow, InputTable } from "./engineFacade";
import { Cell, matrixOf } from "./args";
import { bilingual, CallError, cellError } from "./excelError";
import { Result } from "./rowFunctions";
import { chooseScheme, SchemeChoice } from "./schemeChoice";

/**
 * Rows given as a range, with headers as a separate row or as the range's first row; else the part's field order.
 * Evaluated as the CLI and the pane evaluate (dated versions included), so a cell shows what a run would pay.
 */
function runTable(choice: SchemeChoice, values: unknown, headers?: unknown): { result: EvaluationResult; offset: number } {
  const { doc: scheme, part, params } = choice;
  const evaluate = (d: typeof scheme, table: InputTable): EvaluationResult => {
    const result = evaluateWithVersions(d, table, { part: part.id, params });
    // a parameter the cell or the pane gave that cannot be read stops the call, as it stops a run (PARAM_PROBLEM)
    const [first] = result.paramProblems;
    if (first) throw new CallError({ "zh-CN": `参数 ${first.param}：${first.text["zh-CN"]}`, "en-US": `Parameter ${first.param}: ${first.text["en-US"]}` });
    return result;
  };
  const rows = matrixOf(values);
  const headerRow = matrixOf(headers)[0];
  if (headerRow && headerRow.length) return { result: evaluate(scheme, { headers: headerRow, rows, rowNumbers: rows.map((_, i) => i + 1) }), offset: 0 };
  const guess = findHeaderRow(rows.slice(0, 1), part);
  if (guess && guess.requiredMatched > 0) {
    const body = rows.slice(1);
    return { result: evaluate(scheme, { headers: rows[0], rows: body, rowNumbers: body.map((_, i) => i + 2) }), offset: 1 };
  }
  const fieldHeaders: Cell[] = part.fields.map((f) => f.title["zh-CN"]);
  return { result: evaluate(scheme, { headers: fieldHeaders, rows, rowNumbers: rows.map((_, i) => i + 1) }), offset: 0 };
}

/** A row's reasons in both languages. */
function reasonsOf(r: { reasons: { message: BilingualText }[] }): BilingualText {
  return { "zh-CN": r.reasons.map((x) => x.message["zh-CN"]).join("；"), "en-US": r.reasons.map((x) => x.message["en-US"]).join("; ") };
}

/**
 * A scheme's named output for each row of a range: a row output, or the row's group total (e.g. the person's bonus).
 * The scheme is a preset, a document, or the workbook's own (chooseScheme); `part` and `params` as chooseScheme reads them.
 */
export function rewardRows(scheme: unknown, output: unknown, values: unknown, headers?: unknown, partArg?: unknown, params?: unknown): Result[] {
  const choice = chooseScheme(scheme, partArg, params);
  const { doc, part } = choice;
  const name = String(output ?? "").trim();
  const rowDef = (part.outputs.row ?? []).find((o) => o.name === name || o.title["zh-CN"] === name || o.title["en-US"] === name);
  const levelEntry = Object.entries(part.outputs).find(([scope, defs]) => scope !== "row" && defs.some((o) => o.name === name || o.title["zh-CN"] === name || o.title["en-US"] === name));
  if (!rowDef && !levelEntry) {
    const known = Object.values(part.outputs).flat().map((o) => o.name).join(", ");
    throw new CallError({ "zh-CN": `方案 ${doc.id}（${part.id}）没有输出「${name}」；可用：${known}`, "en-US": `Scheme ${doc.id} (${part.id}) has no output "${name}"; available: ${known}` });
  }
  const { result, offset } = runTable(choice, values, headers);
  const out: Result[] = new Array(offset).fill("");
  if (rowDef) {
    for (const r of result.rows()) {
      const c = r.outputs[rowDef.name];
      if (r.status === "invalid") out.push(cellError(reasonsOf(r)));
      // a row waiting for something (a parameter not set) is #N/A with the reason, never a number it does not have yet
      else if (r.status === "pending") out.push(cellError(reasonsOf(r), "#N/A"));
      else if (c.pending && c.value === null) out.push(cellError({ "zh-CN": `待定 ${c.pending}`, "en-US": `pending ${c.pending}` }, "#N/A"));
      else out.push(c.value === null ? "" : (c.value as Result));
    }
    return out;
  }
  const [levelId, defs] = levelEntry!;
  const def = defs.find((o) => o.name === name || o.title["zh-CN"] === name || o.title["en-US"] === name)!;
  const groups = result.groups(levelId);
  const map = result.groupOfRows(levelId);
  const statuses = result.rows();
  for (let i = 0; i < result.rowCount; i++) {
    if (statuses[i].status === "pending") {
      out.push(cellError(reasonsOf(statuses[i]), "#N/A"));
      continue;
    }
    const c = groups[map[i]].outputs[def.name];
    out.push(c.pending && c.value === null ? cellError({ "zh-CN": `待定 ${c.pending}`, "en-US": `pending ${c.pending}` }, "#N/A") : ((c.value ?? "") as Result));
  }
  return out;
}

/** Why each row is excluded, invalid or pending (zh-CN / en-US); "" when the row is fine. */
export function checkRows(scheme: unknown, values: unknown, headers?: unknown, partArg?: unknown, params?: unknown): Result[] {
  const { result, offset } = runTable(chooseScheme(scheme, partArg, params), values, headers);
  const out: Result[] = new Array(offset).fill("");
  for (const r of result.rows()) {
    if (r.status === "ok") out.push("");
    else out.push(`${r.status}: ${r.reasons.map((x) => `${x.code} ${bilingual(x.message)}`).join("; ")}`);
  }
  return out;
}
