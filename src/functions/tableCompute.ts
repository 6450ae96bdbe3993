/*
 * The pure half of REWARD and CHECK: evaluate the table of a TableJob and map its rows to cells. It reads no state of
 * the shared runtime (the job carries the scheme and parameters chosen there), so it runs alike in the engine worker
 * (src/taskpane/worker/workerHost.ts) and inline (Node, jsdom, WPS, or no worker).
 */
import { spill } from "./args";
import { BilingualText, evaluateWithVersions, EvaluationResult, findHeaderRow, InputTable, PartDef } from "./engineFacade";
import { bilingual, CallError, cellError } from "./excelError";
import { Result } from "./rowFunctions";
import type { TableJob } from "./tableJob";

/**
 * Evaluated as the CLI and the pane evaluate (dated versions included), so a cell shows what a run would pay. Headers
 * come apart, or as the range's first row when it names a required field, else in the part's field order.
 */
function runTable(job: TableJob, part: PartDef): { result: EvaluationResult; offset: number } {
  const evaluate = (table: InputTable): EvaluationResult => {
    const result = evaluateWithVersions(job.scheme, table, { part: part.id, params: job.params });
    // a parameter the cell or the pane gave that cannot be read stops the call, as it stops a run (PARAM_PROBLEM)
    const [first] = result.paramProblems;
    if (first) throw new CallError({ "zh-CN": `参数 ${first.param}：${first.text["zh-CN"]}`, "en-US": `Parameter ${first.param}: ${first.text["en-US"]}` });
    return result;
  };
  const { rows } = job;
  if (job.headers) return { result: evaluate({ headers: job.headers, rows, rowNumbers: rows.map((_, i) => i + 1) }), offset: 0 };
  const guess = findHeaderRow(rows.slice(0, 1), part);
  if (guess && guess.requiredMatched > 0) {
    const body = rows.slice(1);
    return { result: evaluate({ headers: rows[0], rows: body, rowNumbers: body.map((_, i) => i + 2) }), offset: 1 };
  }
  const fieldHeaders = part.fields.map((f) => f.title["zh-CN"]);
  return { result: evaluate({ headers: fieldHeaders, rows, rowNumbers: rows.map((_, i) => i + 1) }), offset: 0 };
}

/** A row's reasons in both languages. */
function reasonsOf(r: { reasons: { message: BilingualText }[] }): BilingualText {
  return { "zh-CN": r.reasons.map((x) => x.message["zh-CN"]).join("；"), "en-US": r.reasons.map((x) => x.message["en-US"]).join("; ") };
}

const pendingCell = (code: string) => cellError({ "zh-CN": `待定 ${code}`, "en-US": `pending ${code}` }, "#N/A");

/** REWARD: the output for each row, a row output or the row's group total; a row that cannot be paid is an error cell. */
function rewardCells(job: TableJob, part: PartDef): Result[] {
  const { scope, name } = job.output!;
  const { result, offset } = runTable(job, part);
  const out: Result[] = new Array(offset).fill("");
  const rows = result.rows();
  if (scope === "row") {
    for (const r of rows) {
      const c = r.outputs[name];
      if (r.status === "invalid") out.push(cellError(reasonsOf(r)));
      // a row waiting for something (a parameter not set) is #N/A with the reason, never a number it does not have yet
      else if (r.status === "pending") out.push(cellError(reasonsOf(r), "#N/A"));
      else if (c.pending && c.value === null) out.push(pendingCell(c.pending));
      else out.push(c.value === null ? "" : (c.value as Result));
    }
    return out;
  }
  const groups = result.groups(scope);
  const groupOf = result.groupOfRows(scope);
  for (let i = 0; i < result.rowCount; i++) {
    if (rows[i].status === "pending") {
      out.push(cellError(reasonsOf(rows[i]), "#N/A"));
      continue;
    }
    const c = groups[groupOf[i]].outputs[name];
    out.push(c.pending && c.value === null ? pendingCell(c.pending) : ((c.value ?? "") as Result));
  }
  return out;
}

/** CHECK: why each row is excluded, invalid or pending (zh-CN / en-US); "" when the row is fine. */
function checkCells(job: TableJob, part: PartDef): Result[] {
  const { result, offset } = runTable(job, part);
  const out: Result[] = new Array(offset).fill("");
  for (const r of result.rows()) {
    if (r.status === "ok") out.push("");
    else out.push(`${r.status}: ${r.reasons.map((x) => `${x.code} ${bilingual(x.message)}`).join("; ")}`);
  }
  return out;
}

/** One result per row of the job's range (a call that cannot run throws CallError). */
export function computeTable(job: TableJob): Result[] {
  const part = job.scheme.parts.find((p) => p.id === job.part);
  if (!part) throw new Error(`the scheme ${job.scheme.id} has no part ${job.part}`);
  return job.fn === "REWARD" ? rewardCells(job, part) : checkCells(job, part);
}

/** The job's results as a column to spill; a call that cannot run is one error cell (as calls.ts makes it). */
export function tableColumn(job: TableJob): unknown[][] {
  try {
    return spill(computeTable(job));
  } catch (e) {
    return errorColumn(e);
  }
}

/** A failed call as its one error cell: a CallError says why; anything else is a bug and says so. */
export function errorColumn(e: unknown): unknown[][] {
  if (e instanceof CallError) return [[cellError(e.text, e.code)]];
  const message = e instanceof Error ? e.message : String(e);
  return [[cellError({ "zh-CN": `内部错误：${message}`, "en-US": `Internal error: ${message}` })]];
}
