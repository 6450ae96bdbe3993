/**
 * A lookup table (by customer type; by grade and role) as a long table: one column per key, then the value —
 * 等级 | 岗位 | 奖励（元）. Keys are drop-downs of the values their field allows; a blank value is 「未设定」 (the
 * run says pending for rows that need it, as the document's null does). Tables of uneven depth are not drawn here.
 */
import type { DescribeContext } from "../../describe/context";
import { isRateProblem, problem, readChoice, readNumber, readText, required } from "../cells";
import type { DocPath } from "../docPath";
import { setAt } from "../docPath";
import type { RateCell, RateProblem, RateTable } from "../model";
import { keyColumn, KeyColumn } from "./keyColumn";

type Leaf = number | string | null;
type Nested = { [k: string]: Leaf | Nested };

/** Every leaf with its keys, or null when leaves sit at other depths than `depth`. */
function flatten(node: Nested, depth: number, keys: string[] = []): { keys: string[]; value: Leaf }[] | null {
  const out: { keys: string[]; value: Leaf }[] = [];
  for (const [k, v] of Object.entries(node)) {
    const here = [...keys, k];
    if (v !== null && typeof v === "object") {
      if (here.length >= depth) return null;
      const inner = flatten(v, depth, here);
      if (!inner) return null;
      out.push(...inner);
    } else {
      if (here.length !== depth) return null;
      out.push({ keys: here, value: v });
    }
  }
  return out;
}

/** The keys seen at each depth, in order. */
function keysAt(leaves: { keys: string[] }[], depth: number): string[][] {
  return Array.from({ length: depth }, (_, d) => [...new Set(leaves.map((l) => l.keys[d]))]);
}

export function lookupTable(table: unknown, inputs: (string | null)[], valueLabel: string, path: DocPath, ctx: DescribeContext): RateTable | null {
  if (!table || typeof table !== "object") return null;
  const depth = inputs.length;
  const leaves = flatten(table as Nested, depth);
  if (!leaves || leaves.length === 0) return null;
  const numeric = leaves.every((l) => typeof l.value === "number" || l.value === null);
  const keyCols: KeyColumn[] = keysAt(leaves, depth).map((ks, d) => keyColumn(inputs[d], ks, ctx));
  const zh = ctx.lang === "zh-CN";
  const valueCol = { label: valueLabel, kind: numeric ? ("number" as const) : ("text" as const), blank: zh ? "未设定" : "not set" };
  const columns = [...keyCols.map((k) => k.column), valueCol];
  return {
    id: "table",
    columns,
    rows: leaves.map((l) => [...l.keys.map((k, d) => keyCols[d].show(k)), l.value] as RateCell[]),
    growable: true,
    path,
    numbers: leaves.flatMap((l, row) => (typeof l.value === "number" ? [{ row, col: depth, path: [...path, ...l.keys], value: l.value, rowLabel: l.keys.map((k, d) => keyCols[d].show(k)).join(" / ") }] : [])),
    apply(doc, rows) {
      const problems: RateProblem[] = [];
      const out: Nested = {};
      const rowPaths: (DocPath | null)[] = [];
      const seen = new Map<string, number>();
      rows.forEach((row, r) => {
        const keys: string[] = [];
        keyCols.forEach((kc, d) => {
          const t = readChoice(row[d], [r, d], kc.column);
          if (isRateProblem(t)) problems.push(t);
          else if (t === null) problems.push(required([r, d], kc.column));
          else keys.push(kc.keyOf(t));
        });
        // a table of text values may also hold numbers (a mixed table): a number cell stays a number, not its text
        const cell = row[depth];
        const v = numeric ? readNumber(cell, [r, depth], valueCol) : typeof cell === "number" ? cell : readText(cell);
        if (isRateProblem(v)) problems.push(v);
        if (keys.length < depth || isRateProblem(v)) return void rowPaths.push(null);
        const id = JSON.stringify(keys);
        if (seen.has(id)) {
          problems.push(problem(r, 0, "RATE_KEY_TWICE", { "zh-CN": `「${keys.join(" / ")}」在第 ${seen.get(id)! + 1} 行已有，一项只能写一行`, "en-US": `"${keys.join(" / ")}" is already in row ${seen.get(id)! + 1} of this table; one row each` }));
          return void rowPaths.push(null);
        }
        seen.set(id, r);
        let node = out;
        for (const k of keys.slice(0, -1)) node = (node[k] ??= {}) as Nested;
        node[keys[depth - 1]] = v as Leaf;
        rowPaths.push([...path, ...keys]);
      });
      setAt(doc, path, out);
      return { problems, rowPaths };
    },
  };
}
