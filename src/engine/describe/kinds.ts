/**
 * Each step kind said in words: one sentence, or a few lines of a small table, per step that decides something a
 * payee would ask about (who counts, at what rate, by which grade). Steps that only carry values between others
 * (an untitled sum, an untitled expression) say nothing. The map is typed over every kind: a new kind must say
 * how it is described.
 */
import type { KindName, StepOf } from "../steps/kind";
import type { Tier } from "../scheme/schema";
import type { z } from "zod";
import { DescribeContext, numberText } from "./context";
import { exprWords } from "./exprWords";
import { addExprFacts, addNumber, Facts } from "./facts";

type Describer<K extends KindName> = (step: StepOf<K>, ctx: DescribeContext, facts: Facts) => string[];

const STATUS: Record<string, readonly [string, string]> = {
  excluded: ["不计奖励", "not counted"],
  invalid: ["视为无效，须更正", "invalid, to be corrected"],
  pending: ["待定", "pending"],
  warning: ["仅提示，不影响金额", "a warning only, the amount is unchanged"],
  note: ["注明，不影响金额", "noted, the amount is unchanged"],
};

const AGG: Record<string, readonly [string, string]> = {
  count: ["计数", "count of"],
  sum: ["合计", "the sum of"],
  mean: ["平均", "the mean of"],
  weightedMean: ["加权平均", "the weighted mean of"],
  min: ["最小", "the least"],
  max: ["最大", "the greatest"],
  single: ["", ""],
  any: ["任一", "any"],
  all: ["全部", "all"],
  countDistinct: ["不同值个数", "distinct values of"],
};

const zhOr = (ctx: DescribeContext, zh: string, en: string) => (ctx.lang === "zh-CN" ? zh : en);
const titleOf = (step: { name: string; title?: { "zh-CN": string; "en-US": string } }, ctx: DescribeContext) => step.title?.[ctx.lang] ?? ctx.title(step.name);
const unitOf = (u: { "zh-CN": string; "en-US": string } | undefined, ctx: DescribeContext) => (u ? u[ctx.lang] : "");

/** Tiers as words: 1–5 户，每户 20 元；第 6 户起，每户 40 元. */
function tierWords(tiers: z.infer<typeof Tier>[], ctx: DescribeContext, facts: Facts, countUnit: string, unit: string): string {
  let from = 1;
  const parts = tiers.map((t) => {
    addNumber(facts, t.rate);
    if (t.upTo !== undefined) addNumber(facts, t.upTo);
    const rate = `${numberText(t.rate)}${unit ? ` ${unit}` : ""}`;
    const text =
      t.upTo !== undefined
        ? zhOr(ctx, `${from}–${t.upTo} ${countUnit}，每${countUnit || "个"} ${rate}`, `${from}–${t.upTo} ${countUnit}: ${rate} each`)
        : zhOr(ctx, `第 ${from} ${countUnit}起，每${countUnit || "个"} ${rate}`, `from the ${ordinal(from)} on: ${rate} each`);
    if (t.upTo !== undefined) {
      addNumber(facts, t.upTo + 1);
      from = t.upTo + 1;
    }
    return text;
  });
  return parts.join(zhOr(ctx, "；", "; "));
}

/** The values of the field a table is keyed by that the table does not list: what its `*` row stands for. */
function otherValues(input: string, listed: string[], ctx: DescribeContext): string[] {
  const field = ctx.fieldBehind(input.trim());
  return (field?.values ?? []).map((v) => v.value).filter((v) => !listed.includes(v));
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th, 21st. */
function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}

function keyWords(key: string, input: string, listed: string[], ctx: DescribeContext, facts: Facts): string {
  if (key !== "*") {
    facts.terms.add(key);
    return key;
  }
  const others = otherValues(input, listed, ctx);
  for (const o of others) facts.terms.add(o);
  const list = others.join(zhOr(ctx, "、", ", "));
  return others.length ? zhOr(ctx, `其他（${list}）`, `others (${list})`) : zhOr(ctx, "其他", "others");
}

/** A lookup table flattened: 到期目标客户 1；非到期目标客户 0.5. */
function tableLines(table: unknown, path: string[], ctx: DescribeContext, facts: Facts, out: string[]): void {
  if (table === null || typeof table !== "object") {
    if (typeof table === "number") addNumber(facts, table);
    out.push(`${path.join(" / ")}${zhOr(ctx, "：", ": ")}${table === null ? zhOr(ctx, "未设定", "not set") : typeof table === "number" ? numberText(table) : String(table)}`);
    return;
  }
  for (const [k, v] of Object.entries(table as Record<string, unknown>)) {
    if (k !== "*") facts.terms.add(k);
    tableLines(v, [...path, k === "*" ? zhOr(ctx, "其他", "others") : k], ctx, facts, out);
  }
}

function described(step: { name: string; title?: { "zh-CN": string; "en-US": string } }, ctx: DescribeContext, body: string): string {
  return `${titleOf(step, ctx)}${zhOr(ctx, "：", ": ")}${body}`;
}

export const DESCRIBERS: { readonly [K in KindName]: Describer<K> } = {
  rule(step, ctx, facts) {
    facts.codes.add(step.code);
    if (step.status === "excluded") facts.exclusions.add(step.code);
    addExprFacts(facts, step.when, ctx.scheme);
    return [`${step.message[ctx.lang]}${zhOr(ctx, `：${STATUS[step.status][0]}`, `: ${STATUS[step.status][1]}`)}`];
  },
  duplicate(step, ctx, facts) {
    facts.codes.add(step.code);
    if (step.status === "excluded") facts.exclusions.add(step.code);
    return [`${step.message[ctx.lang]}${zhOr(ctx, `：${STATUS[step.status][0]}`, `: ${STATUS[step.status][1]}`)}`];
  },
  expr(step, ctx, facts) {
    // an untitled step that is an output (an award) is said under its output's title; others only carry values
    addExprFacts(facts, step.expr, ctx.scheme);
    if (!step.title && ctx.title(step.name) === step.name) return [];
    return [described(step, ctx, exprWords(step.expr, ctx))];
  },
  lookup(step, ctx, facts) {
    if (step.missing) facts.codes.add(step.missing.code);
    const inputs = step.input.map((i) => exprWords(i, ctx)).join(zhOr(ctx, "、", ", "));
    const table = step.table as Record<string, unknown>;
    if (typeof table.param === "string" && Object.keys(table).length === 1) {
      const param = ctx.param(table.param);
      return [described(step, ctx, zhOr(ctx, `按${inputs}查参数「${param}」`, `by ${inputs}, from the parameter ${param}`))];
    }
    const lines: string[] = [];
    tableLines(step.table, [], ctx, facts, lines);
    return [described(step, ctx, zhOr(ctx, `按${inputs}：`, `by ${inputs}:`)), ...lines.map((l) => `  ${l}`)];
  },
  flatRate(step, ctx, facts) {
    if (typeof step.rate === "number") addNumber(facts, step.rate);
    else addExprFacts(facts, step.rate, ctx.scheme);
    const rate = typeof step.rate === "number" ? numberText(step.rate) : exprWords(step.rate, ctx);
    return [described(step, ctx, `${exprWords(step.quantity, ctx)} × ${rate}${unitOf(step.unit, ctx) ? ` ${unitOf(step.unit, ctx)}` : ""}`)];
  },
  slab(step, ctx, facts) {
    const input = exprWords(step.input, ctx);
    if (!Array.isArray(step.bands)) return [described(step, ctx, zhOr(ctx, `按${input}分段（参数「${ctx.param(step.bands.param)}」）`, `by ${input}, in the bands of ${ctx.param(step.bands.param)}`))];
    const lines = step.bands.map((b) => {
      addNumber(facts, b.from);
      addNumber(facts, b.to);
      if (typeof b.value === "number") addNumber(facts, b.value);
      else facts.terms.add(b.value);
      // a band holds its lower bound and not its upper one unless it says otherwise (steps/slab/bands.ts)
      const lo = b.from === undefined ? "" : `${b.fromInclusive === false ? ">" : "≥"} ${numberText(b.from)}`;
      const hi = b.to === undefined ? "" : `${b.toInclusive === true ? "≤" : "<"} ${numberText(b.to)}`;
      return `  ${[lo, hi].filter(Boolean).join(zhOr(ctx, " 且 ", " and "))}${zhOr(ctx, "：", ": ")}${typeof b.value === "number" ? numberText(b.value) : b.value}`;
    });
    return [described(step, ctx, zhOr(ctx, `按${input}：`, `by ${input}:`)), ...lines];
  },
  progressive(step, ctx, facts) {
    const countUnit = unitOf(step.countUnit, ctx);
    const unit = unitOf(step.unit, ctx);
    if (step.tiers) return [described(step, ctx, tierWords(step.tiers, ctx, facts, countUnit, unit))];
    const by = step.tiersBy!;
    const listed = Object.keys(by.tables).filter((k) => k !== "*");
    return [
      described(step, ctx, zhOr(ctx, `按${exprWords(by.input, ctx)}：`, `by ${exprWords(by.input, ctx)}:`)),
      ...Object.entries(by.tables).map(([k, tiers]) => `  ${keyWords(k, by.input, listed, ctx, facts)}${zhOr(ctx, "：", ": ")}${tierWords(tiers, ctx, facts, countUnit, unit)}`),
    ];
  },
  weighted(step, ctx, facts) {
    const items = step.items.map((i) => {
      addNumber(facts, i.weight);
      return `${exprWords(i.input, ctx)} × ${numberText(i.weight)}`;
    });
    return [described(step, ctx, items.join(" + "))];
  },
  ratio(step, ctx, facts) {
    addNumber(facts, step.points);
    addExprFacts(facts, step.target, ctx.scheme);
    const base = step.target ? `${exprWords(step.actual, ctx)} ÷ ${exprWords(step.target, ctx)} × ${numberText(step.points)}` : `${exprWords(step.actual, ctx)} × ${numberText(step.points)}`;
    if (!step.bonus) return [described(step, ctx, base)];
    addNumber(facts, step.bonus.atLeast);
    addNumber(facts, step.bonus.points);
    const at = `${step.bonus.inclusive ? "≥" : ">"} ${numberText(step.bonus.atLeast)}`;
    return [described(step, ctx, `${base}${zhOr(ctx, `；${at} 时另加 ${numberText(step.bonus.points)}`, `; ${numberText(step.bonus.points)} more at ${at}`)}`)];
  },
  grade(step, ctx, facts) {
    const bands = step.bands.map((b) => {
      facts.terms.add(b.label);
      addNumber(facts, b.min);
      return `${b.label} ${b.inclusive ? "≥" : ">"} ${numberText(b.min)}`;
    });
    return [described(step, ctx, `${exprWords(step.input, ctx)}${zhOr(ctx, "：", ": ")}${bands.join(zhOr(ctx, "；", "; "))}`)];
  },
  check(step, ctx, facts) {
    const tests = step.conditions.map((c) => {
      facts.codes.add(c.code);
      addExprFacts(facts, c.test, ctx.scheme);
      return exprWords(c.test, ctx);
    });
    return [described(step, ctx, tests.join(zhOr(ctx, "；", "; ")))];
  },
  split(step, ctx, facts) {
    const parts = step.parts.map((p) => {
      addNumber(facts, p.percent);
      return `${p.title?.[ctx.lang] ?? ctx.title(p.name)} ${numberText(p.percent)}%`;
    });
    return [described(step, ctx, `${exprWords(step.base, ctx)}${zhOr(ctx, " 分为 ", " split as ")}${parts.join(zhOr(ctx, "、", ", "))}`)];
  },
  aggregate(step, ctx, facts) {
    if (step.conflict) facts.codes.add(step.conflict.code);
    if (!step.title) return [];
    addExprFacts(facts, step.where, ctx.scheme);
    const of = step.of ? exprWords(step.of, ctx) : "";
    const op = AGG[step.op];
    const what = step.op === "count" ? zhOr(ctx, "计数", "the count of rows") : `${zhOr(ctx, op[0], op[1])} ${of}`;
    const where = step.where ? zhOr(ctx, `（${exprWords(step.where, ctx)}）`, ` (where ${exprWords(step.where, ctx)})`) : "";
    return [described(step, ctx, `${what}${where}`)];
  },
  rank(step, ctx, facts) {
    if (step.tieWarning) facts.codes.add(step.tieWarning);
    if (step.forfeit) facts.codes.add(step.forfeit.note);
    const by = step.by.map((b) => `${exprWords(b.expr, ctx)}${b.direction === "desc" ? zhOr(ctx, "（高者在前）", " (highest first)") : zhOr(ctx, "（低者在前）", " (lowest first)")}`).join(zhOr(ctx, "，再按", ", then "));
    const a = step.award;
    let award: string;
    if ("positions" in a) {
      a.positions.forEach((p) => addNumber(facts, p));
      award = a.positions.map((p, k) => zhOr(ctx, `第 ${k + 1} 名 ${numberText(p)}`, `place ${k + 1}: ${numberText(p)}`)).join(zhOr(ctx, "；", "; "));
    } else if ("top" in a) {
      addNumber(facts, a.top);
      addNumber(facts, a.amount);
      award = zhOr(ctx, `前 ${a.top} 名`, `the top ${a.top}`);
    } else {
      addNumber(facts, a.bottom);
      addNumber(facts, a.amount);
      award = zhOr(ctx, `末 ${a.bottom} 名`, `the bottom ${a.bottom}`);
    }
    const ties = step.ties === "shareRank" ? zhOr(ctx, "并列者同名次", "ties share the place") : zhOr(ctx, "并列按表中先后", "ties go by sheet order");
    return [described(step, ctx, zhOr(ctx, `按${by}排名；${award}；${ties}`, `ranked by ${by}; ${award}; ${ties}`))];
  },
  share(step, ctx) {
    return [described(step, ctx, zhOr(ctx, `${exprWords(step.pool, ctx)} 按 ${exprWords(step.weight, ctx)} 分摊`, `${exprWords(step.pool, ctx)} shared by ${exprWords(step.weight, ctx)}`))];
  },
  window(step, ctx, facts) {
    for (const n of [step.first, step.last, step.length]) addNumber(facts, n);
    addExprFacts(facts, step.atLeast, ctx.scheme);
    if (step.periodTest) facts.codes.add(step.periodTest.code);
    if (step.ratioTest) {
      facts.codes.add(step.ratioTest.code);
      addExprFacts(facts, step.ratioTest.atLeast, ctx.scheme);
    }
    return [
      described(
        step,
        ctx,
        zhOr(
          ctx,
          `第 ${step.first}–${step.last} 期内连续 ${step.length} 期，${exprWords(step.value, ctx)} 平均 ≥ ${exprWords(step.atLeast, ctx)}`,
          `${step.length} consecutive periods within periods ${step.first}–${step.last}, ${exprWords(step.value, ctx)} averaging ≥ ${exprWords(step.atLeast, ctx)}`,
        ),
      ),
    ];
  },
};
