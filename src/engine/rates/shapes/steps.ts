/**
 * The tables each step kind shows: tiers for progressive, the lookup table, slab bands, grade bands, weights, split
 * percentages, rank awards. Numbers of a step that no such table holds (a ratio's points and cap, a flat rate, a
 * lookup's default) come after, one row each, so that every number a clerk may change is in some table.
 */
import type { DescribeContext } from "../../describe/context";
import { exprWords } from "../../describe/exprWords";
import { keyWord } from "../../rulesSheet/labels";
import type { StepOf } from "../../steps/kind";
import { kindOf } from "../../steps";
import type { StepDef as Step } from "../../scheme/schema";
import type { DocPath } from "../docPath";
import { startsWith, valueAt } from "../docPath";
import type { RateTable } from "../model";
import { numberPaths } from "../numberPaths";
import { bandsTable } from "./bands";
import { fixedRowsTable } from "./fixedRows";
import { lookupTable } from "./lookup";
import { positionsTable } from "./rank";
import { tiersByTable, tierTable } from "./tiers";

type Builder = (step: Step, path: DocPath, ctx: DescribeContext) => RateTable[];

const zh = (ctx: DescribeContext, a: string, b: string) => (ctx.lang === "zh-CN" ? a : b);
const stepTitle = (step: Step, ctx: DescribeContext) => step.title?.[ctx.lang] ?? ctx.title(step.name);
const yn = (b: boolean, ctx: DescribeContext) => zh(ctx, b ? "是" : "否", b ? "yes" : "no");

const BUILDERS: Partial<Record<Step["kind"], Builder>> = {
  progressive(step, path, ctx) {
    const s = step as StepOf<"progressive">;
    if (s.tiersBy) return [tiersByTable(s, [...path, "tiersBy", "tables"], ctx)];
    return s.tiers ? [tierTable(s, [...path, "tiers"], ctx)] : [];
  },
  lookup(step, path, ctx) {
    const s = step as StepOf<"lookup">;
    // a table kept in a parameter is shown with the parameters
    if (typeof (s.table as { param?: unknown }).param === "string") return [];
    const t = lookupTable(s.table, s.input, stepTitle(step, ctx), [...path, "table"], ctx);
    return t ? [t] : [];
  },
  slab(step, path, ctx) {
    const s = step as StepOf<"slab">;
    if (!Array.isArray(s.bands)) return [];
    const label = s.mode === "rate" ? zh(ctx, "比率", "Rate") : stepTitle(step, ctx);
    return [bandsTable(s.bands, label, [...path, "bands"], ctx.lang)];
  },
  grade(step, path, ctx) {
    const s = step as StepOf<"grade">;
    const rows = s.bands.map((b, i) => ({
      label: b.label,
      values: [
        { path: [...path, "bands", i, "min"], value: b.min },
        { path: [...path, "bands", i, "inclusive"], value: yn(b.inclusive, ctx) },
      ],
    }));
    return [fixedRowsTable("bands", { label: zh(ctx, "等级", "Grade"), kind: "fixed" }, [{ label: zh(ctx, "至少", "At least"), kind: "number" }, { label: zh(ctx, "含等于", "Inclusive"), kind: "yesno" }], rows, [...path, "bands"])];
  },
  weighted(step, path, ctx) {
    const s = step as StepOf<"weighted">;
    const rows = s.items.map((it, i) => ({ label: exprWords(it.input, ctx), values: [{ path: [...path, "items", i, "weight"], value: it.weight }] }));
    return [fixedRowsTable("items", { label: zh(ctx, "项目", "Item"), kind: "fixed" }, [{ label: zh(ctx, "权重", "Weight"), kind: "number" }], rows, [...path, "items"])];
  },
  split(step, path, ctx) {
    const s = step as StepOf<"split">;
    const rows = s.parts.map((p, i) => ({ label: p.title?.[ctx.lang] ?? ctx.title(p.name), values: [{ path: [...path, "parts", i, "percent"], value: p.percent }] }));
    return [fixedRowsTable("parts", { label: zh(ctx, "部分", "Part"), kind: "fixed" }, [{ label: zh(ctx, "百分比", "Percent"), kind: "number" }], rows, [...path, "parts"])];
  },
  rank(step, path, ctx) {
    const s = step as StepOf<"rank">;
    if (!("positions" in s.award)) return [];
    return [positionsTable(s.award.positions, zh(ctx, "奖励", "Award"), [...path, "award", "positions"], ctx.lang)];
  },
};

/** A path inside a step said in words: 奖励 · 至少 (a list item as 第2项). */
function pathWords(rel: DocPath, ctx: DescribeContext): string {
  return rel.map((p) => (typeof p === "number" ? zh(ctx, `第${p + 1}项`, `#${p + 1}`) : keyWord(p, ctx.lang))).join(" · ");
}

/** The step's tables, then its other numbers one per row. */
export function stepTables(step: Step, path: DocPath, ctx: DescribeContext, doc: unknown): RateTable[] {
  const tables = BUILDERS[step.kind]?.(step, path, ctx) ?? [];
  const rest = numberPaths(step, [], new Set(kindOf(step).structural))
    .map((rel) => [...path, ...rel])
    .filter((p) => !tables.some((t) => startsWith(p, t.path)));
  if (rest.length) {
    const rows = rest.map((p) => ({ label: pathWords(p.slice(path.length), ctx), values: [{ path: p, value: valueAt(doc, p) as number }] }));
    tables.push(fixedRowsTable("values", { label: zh(ctx, "项目", "Item"), kind: "fixed" }, [{ label: zh(ctx, "数值", "Value"), kind: "number" }], rows, path));
  }
  return tables;
}
