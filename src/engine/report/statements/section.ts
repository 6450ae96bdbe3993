// One section of a statement: a summary group (one line of the summary sheet) with the rows behind it.
import { STATEMENT_LABELS } from "./labels";
import { StatementRow, StatementSection, StatementValue } from "./model";
import { StatementRun } from "./run";

/** Group g as a section: its heading keys, its rows, the values of its summary line and its explanation. */
export function section(run: StatementRun, g: number): StatementSection {
  const { result, lang, groups, summary, defs } = run;
  const L = STATEMENT_LABELS[lang];
  const group = groups[g];
  const line = summary.rows[g];
  const keyCount = run.level.keys.length;
  const rows = run.rowsOf(g).map((i): StatementRow => ({ row: result.rowNumbers[i], status: result.rowStatus(i), cells: run.table.cells(i) }));
  return {
    key: group.key,
    heading: run.keys.heading.map((k) => ({ title: k.title[lang], value: group.key[k.name] || L.blank })),
    summaryRow: g,
    rows,
    outputs: defs.map((d, j): StatementValue => {
      const v: StatementValue = { name: d.name, title: d.title[lang], value: line[keyCount + j], numberFormat: summary.numberFormats[keyCount + j] };
      const pending = group.outputs[d.name].pending;
      if (pending) v.pending = pending;
      return v;
    }),
    explanation: group.explanation?.[lang] ?? "",
    status: group.status,
    complete: group.complete,
  };
}
