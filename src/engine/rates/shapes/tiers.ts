/**
 * Progressive tiers as a table a clerk reads: 岗位 | 户数从 | 户数到 | 每户奖励（元）. 户数从 is written by Jili and
 * checked (the first tier starts at 1, each next one the unit after the previous 到); 到 left blank is the open top
 * tier. A tier is added or removed by inserting or deleting a row.
 */
import type { DescribeContext } from "../../describe/context";
import type { StepOf } from "../../steps/kind";
import { isBlank, isRateProblem, problem, readChoice, readNumber, required } from "../cells";
import type { DocPath } from "../docPath";
import { setAt } from "../docPath";
import type { RateCell, RateColumn, RateNumber, RateProblem, RateTable } from "../model";
import { keyColumn } from "./keyColumn";

interface Tier {
  upTo?: number;
  rate: number;
}

function tierColumns(step: StepOf<"progressive">, ctx: DescribeContext): RateColumn[] {
  const zh = ctx.lang === "zh-CN";
  const cu = step.countUnit?.[ctx.lang] ?? "";
  const unit = step.unit?.[ctx.lang] ?? "";
  return [
    { label: zh ? `${cu}数从` : `From${cu ? ` (${cu})` : ""}`, kind: "fixed" },
    { label: zh ? `${cu}数到` : `To${cu ? ` (${cu})` : ""}`, kind: "number", blank: zh ? "不封顶" : "no limit" },
    { label: zh ? `每${cu || "个"}奖励${unit ? `（${unit}）` : ""}` : `Each${unit ? ` (${unit})` : ""}`, kind: "number" },
  ];
}

/** The tier cells of a list as numbers with their paths: 到 and the rate (从 is derived). */
function tierNumbers(tiers: Tier[], firstRow: number, offset: number, path: DocPath, key: string): RateNumber[] {
  const out: RateNumber[] = [];
  let from = 1;
  tiers.forEach((t, i) => {
    const rowLabel = `${key ? `${key} ` : ""}${from}–${t.upTo ?? ""}`;
    if (t.upTo !== undefined) out.push({ row: firstRow + i, col: offset + 1, path: [...path, i, "upTo"], value: t.upTo, rowLabel });
    out.push({ row: firstRow + i, col: offset + 2, path: [...path, i, "rate"], value: t.rate, rowLabel });
    if (t.upTo !== undefined) from = t.upTo + 1;
  });
  return out;
}

/** The rows of one tier list from its first unit: [from, upTo, rate]. */
function tierRows(tiers: Tier[]): RateCell[][] {
  let from = 1;
  return tiers.map((t) => {
    const row: RateCell[] = [from, t.upTo ?? null, t.rate];
    if (t.upTo !== undefined) from = t.upTo + 1;
    return row;
  });
}

/**
 * Reads [from, upTo, rate] cells at `offset` into a tier, checking 从 against the tier before it (`prevUpTo`; null when
 * the row before could not be read, or was an open tier: its problem is reported, this row's 从 is not checked against a guess).
 */
function readTier(row: RateCell[], r: number, offset: number, cols: RateColumn[], prevUpTo: number | undefined | null, problems: RateProblem[]): Tier | null {
  const [fromCol, toCol, rateCol] = cols;
  const upTo = readNumber(row[offset + 1], [r, offset + 1], toCol);
  const rate = readNumber(row[offset + 2], [r, offset + 2], rateCol);
  const from = readNumber(row[offset], [r, offset], fromCol);
  const found = [upTo, rate, from].filter(isRateProblem);
  if (rate === null) found.push(required([r, offset + 2], rateCol));
  problems.push(...found);
  const bad = found.length > 0;
  const expected = prevUpTo === undefined || prevUpTo === null ? 1 : prevUpTo + 1;
  if (prevUpTo !== null && !isRateProblem(from) && from !== null && from !== expected) {
    problems.push(
      problem(r, offset, "RATE_FROM_MISMATCH", {
        "zh-CN": `「${fromCol.label}」应为 ${expected}（${prevUpTo === undefined ? "第一档从 1 起" : `上一档到 ${prevUpTo}`}），不是 ${from}；改档位请改「${toCol.label}」`,
        "en-US": `${fromCol.label} should be ${expected} (${prevUpTo === undefined ? "the first tier starts at 1" : `the tier before ends at ${prevUpTo}`}), not ${from}; change ${toCol.label} to move a tier`,
      }),
    );
  }
  if (bad) return null;
  return upTo === null ? { rate: rate as number } : { upTo: upTo as number, rate: rate as number };
}

/** `tiers` of a progressive step: one list. */
export function tierTable(step: StepOf<"progressive">, path: DocPath, ctx: DescribeContext): RateTable {
  const cols = tierColumns(step, ctx);
  return {
    id: "tiers",
    columns: cols,
    rows: tierRows(step.tiers ?? []),
    growable: true,
    path,
    numbers: tierNumbers(step.tiers ?? [], 0, 0, path, ""),
    apply(doc, rows) {
      const problems: RateProblem[] = [];
      const tiers: Tier[] = [];
      let failed = false;
      rows.forEach((row, r) => {
        // after an open tier (no 到) there is no 从 to expect: the validator says that tier needs its 到
        const t = readTier(row, r, 0, cols, failed ? null : tiers.length ? (tiers[tiers.length - 1].upTo ?? null) : undefined, problems);
        failed = t === null;
        if (t) tiers.push(t);
      });
      setAt(doc, path, tiers);
      return { problems, rowPaths: rows.map((_, r) => [...path, r]) };
    },
  };
}

/** `tiersBy.tables` of a progressive step: one list per key (role), the key in the first column. */
export function tiersByTable(step: StepOf<"progressive">, path: DocPath, ctx: DescribeContext): RateTable {
  const tables = step.tiersBy!.tables;
  const key = keyColumn(step.tiersBy!.input, Object.keys(tables), ctx);
  const cols = [key.column, ...tierColumns(step, ctx)];
  return {
    id: "tiersBy",
    columns: cols,
    rows: Object.entries(tables).flatMap(([k, tiers]) => tierRows(tiers).map((row) => [key.show(k), ...row])),
    growable: true,
    path,
    numbers: Object.entries(tables).reduce<RateNumber[]>((acc, [k, tiers]) => {
      const first = acc.length ? Math.max(...acc.map((n) => n.row)) + 1 : 0;
      return [...acc, ...tierNumbers(tiers, first, 1, [...path, k], key.show(k))];
    }, []),
    apply(doc, rows) {
      const problems: RateProblem[] = [];
      const out: Record<string, Tier[]> = {};
      const failed = new Set<string>();
      const rowPaths: (DocPath | null)[] = [];
      rows.forEach((row, r) => {
        const text = readChoice(row[0], [r, 0], cols[0]);
        if (isRateProblem(text) || text === null) {
          problems.push(isRateProblem(text) ? text : required([r, 0], cols[0]));
          rowPaths.push(null);
          return;
        }
        const k = key.keyOf(text);
        const list = (out[k] ??= []);
        const t = readTier(row, r, 1, cols.slice(1), failed.has(k) ? null : list.length ? (list[list.length - 1].upTo ?? null) : undefined, problems);
        rowPaths.push([...path, k, list.length]);
        if (t) {
          list.push(t);
          failed.delete(k);
        } else failed.add(k);
      });
      if (!rows.some((row) => !isBlank(row[0]))) problems.push(required([0, 0], cols[0]));
      setAt(doc, path, out);
      return { problems, rowPaths };
    },
  };
}
