// The row table of a statement: its columns (row, chosen inputs, row outputs, status, explanation) and each row's cells.
import { Lang } from "../../i18n/messages";
import { EvaluationResult } from "../../evaluate/result";
import { FieldDef } from "../../scheme/schema";
import { CellOut, FillPlan } from "../fillPlan";
import { inputFormat } from "./inputs";
import { STATEMENT_LABELS } from "./labels";
import { StatementColumn } from "./model";

export interface RowTable {
  columns: StatementColumn[];
  /** the cells of data row i, one per column */
  cells(i: number): CellOut[];
}

/**
 * The columns and cells of the rows behind each amount: the fill plan's own output, status and explanation
 * columns, so a row reads on its statement as it does in the filled sheet.
 */
export function rowTable(result: EvaluationResult, plan: FillPlan, inputs: Map<string, CellOut[]>, inputFields: FieldDef[], lang: Lang): RowTable {
  const L = STATEMENT_LABELS[lang];
  const scale = result.scheme.rounding.scale;
  const outputCols = plan.columns.filter((c) => c.kind === "output");
  const statusCol = plan.columns.find((c) => c.kind === "status");
  const explanationCol = plan.columns.find((c) => c.kind === "explanation");
  const rowDefs = result.part.outputs.row ?? [];
  const columns: StatementColumn[] = [
    { kind: "row", key: "row", title: L.row, numberFormat: "0" },
    ...inputFields.map((f): StatementColumn => ({ kind: "input", key: f.key, title: f.title[lang], numberFormat: inputFormat(f, scale) })),
    ...outputCols.map((c): StatementColumn => ({ kind: "output", key: c.name, title: rowDefs.find((d) => d.name === c.name)?.title[lang] ?? c.name, numberFormat: c.numberFormat ?? null })),
    { kind: "status", key: "status", title: L.status, numberFormat: null },
    { kind: "explanation", key: "explanation", title: L.explanation, numberFormat: null },
  ];
  const cells = (i: number): CellOut[] =>
    columns.map((c) => {
      if (c.kind === "row") return result.rowNumbers[i];
      if (c.kind === "input") return inputs.get(c.key)![i];
      if (c.kind === "output") return outputCols.find((o) => o.name === c.key)!.values[i] ?? null;
      if (c.kind === "status") return statusCol?.values[i] ?? result.rowStatus(i);
      return explanationCol ? (explanationCol.values[i] ?? "") : (result.row(i, true).explanation?.[lang] ?? "");
    });
  return { columns, cells };
}
