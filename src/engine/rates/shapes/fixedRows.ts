/**
 * A table of fixed rows, each one element of a list the scheme names (a grade, a weighted item, a split part, a rank
 * position) or one number of the rule: a label Jili writes and checks, then the values a clerk may change. Rows
 * cannot be added or removed here: a new grade or item changes what other rules read, so it is a document change.
 */
import { checkFixed, isBlank, isRateProblem, problem, readDate, readNumber, readPercent, readText, readYesNo, required } from "../cells";
import type { DocPath } from "../docPath";
import { setAt } from "../docPath";
import type { RateCell, RateColumn, RateProblem, RateTable } from "../model";

/** One editable value of a row: the column, where it lives, what it holds now, whether blank is allowed. */
export interface RowValue {
  path: DocPath;
  value: RateCell;
  /** blank leaves the value absent (or null when `nullWhenBlank`) */
  blankOk?: boolean;
  nullWhenBlank?: boolean;
}

export interface FixedRow {
  label: string;
  values: RowValue[];
}

/** Reads one cell by its column's kind. */
export function readByKind(v: RateCell | undefined, at: [number, number], col: RateColumn): RateCell | RateProblem {
  switch (col.kind) {
    case "number":
      return readNumber(v, at, col);
    case "percent":
      return readPercent(v, at, col);
    case "yesno":
      return readYesNo(v, at, col);
    case "date":
      return readDate(v, at, col);
    default:
      return readText(v);
  }
}

function commonPrefix(paths: DocPath[]): DocPath | null {
  if (!paths.length) return null;
  const first = paths[0];
  let n = first.length;
  for (const p of paths) while (n > 0 && !p.slice(0, n).every((x, i) => x === first[i])) n--;
  return n ? first.slice(0, n) : null;
}

export function fixedRowsTable(id: string, labelCol: RateColumn, valueCols: RateColumn[], list: FixedRow[], path: DocPath, caption?: string): RateTable {
  const columns = [labelCol, ...valueCols];
  return {
    id,
    caption,
    columns,
    rows: list.map((r) => [r.label, ...r.values.map((v) => v.value)]),
    growable: false,
    path,
    numbers: list.flatMap((r, row) => r.values.flatMap((v, c) => (typeof v.value === "number" ? [{ row, col: c + 1, path: v.path, value: v.value, rowLabel: r.label }] : []))),
    apply(doc, rows) {
      const problems: RateProblem[] = [];
      if (rows.length !== list.length) {
        const at = Math.min(rows.length, list.length);
        problems.push(
          problem(at, 0, "RATE_ROWS_FIXED", {
            "zh-CN": `这张表应有 ${list.length} 行（${list.map((r) => r.label).join("、")}），现有 ${rows.length} 行；这里不能增删行`,
            "en-US": `This table should have ${list.length} rows (${list.map((r) => r.label).join(", ")}), not ${rows.length}; rows cannot be added or removed here`,
          }),
        );
        return { problems, rowPaths: rows.map(() => null) };
      }
      // rows sorted by a value column (a clerk sorting the weights) are still the same rows: each is read by its own
      // label when the labels are all there, once each; otherwise row by row, and a changed label is refused
      const labels = list.map((r) => String(r.label ?? "").trim());
      const given = rows.map((row) => (isBlank(row[0]) ? "" : String(row[0]).trim()));
      const byLabel = new Set(labels).size === labels.length && [...given].sort().join("\u0000") === [...labels].sort().join("\u0000");
      const order = rows.map((_, r) => (byLabel ? labels.indexOf(given[r]) : r));
      rows.forEach((row, r) => {
        const item = list[order[r]];
        const fixed = checkFixed(row[0], item.label, [r, 0], labelCol);
        if (fixed) problems.push(fixed);
        item.values.forEach((v, c) => {
          const read = readByKind(row[c + 1], [r, c + 1], valueCols[c]);
          if (isRateProblem(read)) return void problems.push(read);
          if (read === null && !v.blankOk) return void problems.push(required([r, c + 1], valueCols[c]));
          setAt(doc, v.path, read === null ? (v.nullWhenBlank ? null : undefined) : read);
        });
      });
      return { problems, rowPaths: order.map((i) => commonPrefix(list[i].values.map((v) => v.path))) };
    },
  };
}
