/**
 * Slab bands (by an amount or a score: ≥ 从 and < 到 → 值) as a table: 从 | 含从 | 到 | 含到 | 值. A blank 从 or 到 is
 * open on that side; a blank 含从 means the band holds its lower bound, a blank 含到 that it does not hold its upper
 * one (the slab's own rule). Bands are added or removed by inserting or deleting rows.
 */
import type { Lang } from "../../i18n/messages";
import { isBlank, isRateProblem, readNumber, readText, readYesNo, required } from "../cells";
import type { DocPath } from "../docPath";
import { setAt } from "../docPath";
import type { RateCell, RateColumn, RateProblem, RateTable } from "../model";

interface Band {
  from?: number;
  fromInclusive?: boolean;
  to?: number;
  toInclusive?: boolean;
  value: number | string;
}

const yn = (b: boolean | undefined, lang: Lang): RateCell => (b === undefined ? null : lang === "zh-CN" ? (b ? "是" : "否") : b ? "yes" : "no");

export function bandsTable(bands: Band[], valueLabel: string, path: DocPath, lang: Lang): RateTable {
  const zh = lang === "zh-CN";
  const numeric = bands.every((b) => typeof b.value === "number");
  const cols: RateColumn[] = [
    { label: zh ? "从" : "From", kind: "number", blank: zh ? "无下限" : "no lower bound" },
    { label: zh ? "含从" : "From incl.", kind: "yesno", blank: zh ? "是" : "yes" },
    { label: zh ? "到" : "To", kind: "number", blank: zh ? "无上限" : "no upper bound" },
    { label: zh ? "含到" : "To incl.", kind: "yesno", blank: zh ? "否" : "no" },
    { label: valueLabel, kind: numeric ? "number" : "text" },
  ];
  return {
    id: "bands",
    columns: cols,
    rows: bands.map((b) => [b.from ?? null, yn(b.fromInclusive, lang), b.to ?? null, yn(b.toInclusive, lang), b.value]),
    growable: true,
    path,
    numbers: bands.flatMap((b, row) => {
      const rowLabel = `${b.from ?? ""}–${b.to ?? ""}`;
      const at = (col: number, key: "from" | "to" | "value", v: unknown) => (typeof v === "number" ? [{ row, col, path: [...path, row, key], value: v, rowLabel }] : []);
      return [...at(0, "from", b.from), ...at(2, "to", b.to), ...at(4, "value", b.value)];
    }),
    apply(doc, rows) {
      const problems: RateProblem[] = [];
      const out: Band[] = [];
      const rowPaths: (DocPath | null)[] = [];
      rows.forEach((row, r) => {
        const from = readNumber(row[0], [r, 0], cols[0]);
        const fromInc = readYesNo(row[1], [r, 1], cols[1]);
        const to = readNumber(row[2], [r, 2], cols[2]);
        const toInc = readYesNo(row[3], [r, 3], cols[3]);
        // bands of text values may also hold numbers: a number cell stays a number, not its text
        const value = numeric ? readNumber(row[4], [r, 4], cols[4]) : typeof row[4] === "number" ? row[4] : readText(row[4]);
        const found = [from, fromInc, to, toInc, value].filter(isRateProblem);
        problems.push(...found);
        if (isBlank(row[4])) problems.push(required([r, 4], cols[4]));
        if (found.length || value === null) return void rowPaths.push(null);
        const band: Band = { value: value as number | string };
        if (from !== null) band.from = from as number;
        if (fromInc !== null) band.fromInclusive = fromInc as boolean;
        if (to !== null) band.to = to as number;
        if (toInc !== null) band.toInclusive = toInc as boolean;
        rowPaths.push([...path, out.length]);
        out.push(band);
      });
      setAt(doc, path, out);
      return { problems, rowPaths };
    },
  };
}
