import { Cell, matrixOf } from "./args";
import type { SchemeDocument } from "./engineFacade";
import { CallError } from "./excelError";
import { chooseScheme } from "./schemeChoice";

/** Which output a REWARD cell shows: a row output, or the total of the row's group at a level (e.g. the person's). */
export interface OutputRef {
  /** "row", or the id of a level of the part */
  scope: string;
  name: string;
}

/**
 * A REWARD or CHECK call made ready to compute: plain data (it may cross to the engine worker), with everything that
 * needs the shared runtime's state already decided — the scheme (the workbook's is the pane's), the part, the typed
 * parameters and the output. What is left (evaluate the table, map its rows to cells) is pure: tableCompute.ts.
 */
export interface TableJob {
  fn: "REWARD" | "CHECK";
  scheme: SchemeDocument;
  /** the part's id */
  part: string;
  params: Record<string, unknown>;
  /** REWARD's output; null for CHECK */
  output: OutputRef | null;
  /** the range's rows as Excel passed them (the first may be the header row) */
  rows: Cell[][];
  /** the header row given apart; null: the range's first row, or else the part's field order */
  headers: Cell[] | null;
}

const named = (name: string) => (o: { name: string; title: { "zh-CN": string; "en-US": string } }) => o.name === name || o.title["zh-CN"] === name || o.title["en-US"] === name;

/** The main thread's half of REWARD: the scheme chosen, the output looked up (an unknown one stops the call here). */
export function rewardJob(scheme: unknown, output: unknown, values: unknown, headers?: unknown, part?: unknown, params?: unknown): TableJob {
  const choice = chooseScheme(scheme, part, params);
  const { doc, part: def } = choice;
  const name = String(output ?? "").trim();
  const scope = Object.keys(def.outputs).sort((a, b) => Number(b === "row") - Number(a === "row")).find((s) => (def.outputs[s] ?? []).some(named(name)));
  if (scope === undefined) {
    const known = Object.values(def.outputs).flat().map((o) => o.name).join(", ");
    throw new CallError({ "zh-CN": `方案 ${doc.id}（${def.id}）没有输出「${name}」；可用：${known}`, "en-US": `Scheme ${doc.id} (${def.id}) has no output "${name}"; available: ${known}` });
  }
  const ref = { scope, name: def.outputs[scope]!.find(named(name))!.name };
  return { fn: "REWARD", scheme: doc, part: def.id, params: choice.params, output: ref, ...table(values, headers) };
}

/** The main thread's half of CHECK: the scheme chosen. */
export function checkJob(scheme: unknown, values: unknown, headers?: unknown, part?: unknown, params?: unknown): TableJob {
  const choice = chooseScheme(scheme, part, params);
  return { fn: "CHECK", scheme: choice.doc, part: choice.part.id, params: choice.params, output: null, ...table(values, headers) };
}

/** The range's rows and the header row given apart, as plain rows of cells. */
function table(values: unknown, headers: unknown): { rows: Cell[][]; headers: Cell[] | null } {
  const headerRow = matrixOf(headers)[0];
  return { rows: matrixOf(values), headers: headerRow && headerRow.length ? headerRow : null };
}
