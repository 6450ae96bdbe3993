/** Rank awards by position as a table: 名次 (written by Jili, 1, 2, 3 … and checked) | 奖励. Rows add or remove places. */
import type { Lang } from "../../i18n/messages";
import { isRateProblem, problem, readNumber, required } from "../cells";
import type { DocPath } from "../docPath";
import { setAt } from "../docPath";
import type { RateColumn, RateProblem, RateTable } from "../model";

export function positionsTable(positions: number[], amountLabel: string, path: DocPath, lang: Lang): RateTable {
  const zh = lang === "zh-CN";
  const cols: RateColumn[] = [{ label: zh ? "名次" : "Place", kind: "fixed" }, { label: amountLabel, kind: "number" }];
  return {
    id: "positions",
    columns: cols,
    rows: positions.map((a, i) => [i + 1, a]),
    growable: true,
    path,
    numbers: positions.map((value, row) => ({ row, col: 1, path: [...path, row], value, rowLabel: zh ? `第 ${row + 1} 名` : `place ${row + 1}` })),
    apply(doc, rows) {
      const problems: RateProblem[] = [];
      const out: number[] = [];
      rows.forEach((row, r) => {
        const place = readNumber(row[0], [r, 0], cols[0]);
        if (!isRateProblem(place) && place !== null && place !== r + 1) {
          problems.push(problem(r, 0, "RATE_PLACE_MISMATCH", { "zh-CN": `「${cols[0].label}」应为 ${r + 1}（按行的顺序），不是 ${place}`, "en-US": `${cols[0].label} should be ${r + 1} (rows in order), not ${place}` }));
        }
        const a = readNumber(row[1], [r, 1], cols[1]);
        if (isRateProblem(a)) problems.push(a);
        else if (a === null) problems.push(required([r, 1], cols[1]));
        else out.push(a);
      });
      setAt(doc, path, out);
      return { problems, rowPaths: rows.map((_, r) => [...path, r]) };
    },
  };
}
