/**
 * The parameters a company sets (rates, amounts, dates, a table of amounts by level) as the rates' first section:
 * one row per single value — 参数 | 值 — and a table per table-valued parameter, keyed by the inputs of the lookup that
 * reads it. A blank value is 「未设定」: rows that need it stay pending (MASKED_PARAMETER), never a zero.
 */
import type { DescribeContext } from "../../describe/context";
import type { SchemeDocument } from "../../scheme/schema";
import type { StepOf } from "../../steps/kind";
import type { ColumnKind, RateCell, RateTable } from "../model";
import { bandsTable } from "./bands";
import { fixedRowsTable } from "./fixedRows";
import { lookupTable } from "./lookup";

const KIND: Record<string, ColumnKind> = { number: "number", money: "number", rate: "percent", date: "date", text: "text", bool: "yesno" };

/** The inputs of the first lookup that reads the parameter as its table. */
function inputsOf(scheme: SchemeDocument, key: string): string[] | null {
  for (const part of scheme.parts) {
    for (const step of part.steps) {
      if (step.kind !== "lookup") continue;
      const t = (step as StepOf<"lookup">).table as { param?: string };
      if (t && t.param === key) return (step as StepOf<"lookup">).input;
    }
  }
  return null;
}

function depthOf(v: unknown): number {
  let d = 0;
  let node = v;
  while (node && typeof node === "object" && !Array.isArray(node)) {
    d++;
    node = Object.values(node)[0];
  }
  return d;
}

export function paramTables(scheme: SchemeDocument, ctx: DescribeContext): RateTable[] {
  const zh = ctx.lang === "zh-CN";
  const tables: RateTable[] = [];
  const singles = scheme.params.map((p, i) => ({ p, i })).filter(({ p }) => p.type in KIND);
  // one column per kind would be unreadable: single values go in groups of one kind each, in document order
  const groups = new Map<ColumnKind, typeof singles>();
  for (const s of singles) groups.set(KIND[s.p.type], [...(groups.get(KIND[s.p.type]) ?? []), s]);
  for (const [kind, list] of groups) {
    const rows = list.map(({ p, i }) => {
      const v = p.value;
      const shown: RateCell = typeof v === "boolean" ? (zh ? (v ? "是" : "否") : v ? "yes" : "no") : v === undefined ? null : (v as RateCell);
      return { label: p.title[ctx.lang], values: [{ path: ["params", i, "value"], value: shown, blankOk: true, nullWhenBlank: v === null }] };
    });
    const valueLabel = { number: zh ? "数值" : "Value", percent: zh ? "比率" : "Rate", date: zh ? "日期" : "Date", text: zh ? "文字" : "Text", yesno: zh ? "是/否" : "Yes/no" }[kind as "number"] ?? (zh ? "值" : "Value");
    tables.push(fixedRowsTable(`params-${kind}`, { label: zh ? "参数" : "Parameter", kind: "fixed" }, [{ label: valueLabel, kind, blank: zh ? "未设定" : "not set" }], rows, ["params"]));
  }
  scheme.params.forEach((p, i) => {
    const path = ["params", i, "value"];
    if (p.type === "table") {
      const inputs = inputsOf(scheme, p.key) ?? Array.from({ length: depthOf(p.value) }, () => null);
      const t = lookupTable(p.value, inputs, p.title[ctx.lang], path, ctx);
      if (t) tables.push({ ...t, id: `param-${p.key}`, caption: p.title[ctx.lang] });
    } else if (p.type === "bands") {
      const t = bandsTable(Array.isArray(p.value) ? p.value : [], zh ? "分值" : "Points", path, ctx.lang);
      const original = p.value;
      tables.push({
        ...t,
        id: `param-${p.key}`,
        caption: p.title[ctx.lang],
        // no rows and no value before: still not set (pending), not an empty list
        apply: (doc, rows) => (rows.length === 0 && !Array.isArray(original) ? { problems: [], rowPaths: [] } : t.apply(doc, rows)),
      });
    }
  });
  return tables;
}
