import { ColumnReport, PersonTotalRun, RunStamp, RunStats } from "../engine";
import { Run } from "./run";

type Value = number | string | boolean | null;

/** The `--json` document (format `jili-cli/1`, documented in docs/cli.md). */
export interface JsonDocument {
  format: "jili-cli/1";
  command: "validate" | "fill" | "summary";
  file: string;
  sheet: string;
  headerRow: number;
  scheme: { id: string; title: { "zh-CN": string; "en-US": string } };
  part: string;
  rows: { row: number; sheet?: string; label?: string; status: string; codes: string[]; warnings: string[]; outputs: Record<string, Value>; pending?: Record<string, string> }[];
  groups: { level: string; key: Record<string, string>; status: string; complete: boolean; codes: string[]; warnings: string[]; rows: Record<string, number>; outputs: Record<string, Value>; pending?: Record<string, string> }[];
  /** the run's statistics and, under `columns`, how every field found its value and which columns were unused */
  stats: RunStats & { columns: ColumnReport };
  /** each person's total across the parts keyed by person (scheme.personTotal), the parts' sheets and the parts left out */
  personTotal?: PersonTotalRun;
  /** what the result was computed from: scheme, versions, a hash of the rules in force, sheet and row count */
  stamp?: RunStamp;
  out?: string;
}

function values(outputs: Record<string, { value: Value; pending?: string }>): { outputs: Record<string, Value>; pending?: Record<string, string> } {
  const o: Record<string, Value> = {};
  const pending: Record<string, string> = {};
  for (const [k, c] of Object.entries(outputs)) {
    o[k] = c.value;
    if (c.pending) pending[k] = c.pending;
  }
  return Object.keys(pending).length ? { outputs: o, pending } : { outputs: o };
}

export function jsonDocument(command: JsonDocument["command"], file: string, run: Run, out?: string): JsonDocument {
  const { result, plan, table, scheme } = run;
  const levels = result.levels.filter((l) => (table.part.outputs[l] ?? []).length > 0);
  const doc: JsonDocument = {
    format: "jili-cli/1",
    command,
    file,
    sheet: table.sheet,
    headerRow: table.headerRow + 1,
    scheme: { id: scheme.id, title: { "zh-CN": scheme.title["zh-CN"], "en-US": scheme.title["en-US"] } },
    part: table.part.id,
    rows: result.rows().map((r) => ({
      row: r.row,
      status: r.status,
      codes: r.reasons.map((x) => x.code),
      warnings: [...r.warnings, ...r.notes].map((x) => x.code),
      ...(r.sheet ? { sheet: r.sheet } : {}),
      ...(r.label ? { label: r.label } : {}),
      ...values(r.outputs),
    })),
    groups: levels.flatMap((l) =>
      result.groups(l).map((g) => ({ level: l, key: g.key, status: g.status, complete: g.complete, codes: g.reasons.map((x) => x.code), warnings: g.warnings.map((x) => x.code), rows: g.rows, ...values(g.outputs) })),
    ),
    stats: { ...plan.stats, columns: run.columns },
  };
  doc.stamp = run.stamp;
  if (run.personTotal) doc.personTotal = run.personTotal;
  if (out !== undefined) doc.out = out;
  return doc;
}
