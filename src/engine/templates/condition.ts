/**
 * One condition of the form as an expression of the scheme. A picked condition (column, operator, value) is written
 * out; a typed one is read by the engine's own parser and compiler, so its errors are the ones the scheme would
 * raise, given back as typed problems. Typed conditions name columns by their headers (`是否副卡 or 月租 == 0`); the
 * scheme names fields by key, so the text is written again with the keys.
 */
import type { Ast } from "../expr/parse";
import { parseExpr } from "../expr/parse";
import { compileExpr } from "../expr/compile";
import { ExprError } from "../scheme/errors";
import { parseNumber } from "../values/parseNumber";
import { parseDate } from "../values/parseDate";
import { CellProblem } from "../values/problem";
import type { BilingualText } from "../scheme/schema";
import { ColumnNames, type Wanted } from "./columns";
import type { SlotKind, ConditionValue, PickOp } from "./form";
import { problem, type FormProblem, type FormProblemCode } from "./messages";

export interface BuiltCondition {
  expr: string;
  /** the condition in words, for the exclusion's message */
  said: BilingualText;
}

const KIND_WORDS: Record<SlotKind, BilingualText> = {
  text: { "zh-CN": "文字", "en-US": "text" },
  category: { "zh-CN": "文字", "en-US": "text" },
  number: { "zh-CN": "数字", "en-US": "a number" },
  money: { "zh-CN": "金额", "en-US": "an amount" },
  bool: { "zh-CN": "是/否", "en-US": "yes/no" },
  date: { "zh-CN": "日期", "en-US": "a date" },
  datetime: { "zh-CN": "日期时间", "en-US": "a date and time" },
  month: { "zh-CN": "月份", "en-US": "a month" },
};

export const OP_WORDS: Record<PickOp, BilingualText> = {
  yes: { "zh-CN": "为「是」", "en-US": "is yes" },
  no: { "zh-CN": "为「否」", "en-US": "is no" },
  eq: { "zh-CN": "等于", "en-US": "equals" },
  ne: { "zh-CN": "不等于", "en-US": "is not" },
  gt: { "zh-CN": "大于", "en-US": "is above" },
  ge: { "zh-CN": "大于或等于", "en-US": "is at least" },
  lt: { "zh-CN": "小于", "en-US": "is below" },
  le: { "zh-CN": "小于或等于", "en-US": "is at most" },
  before: { "zh-CN": "早于", "en-US": "is before" },
  from: { "zh-CN": "不早于", "en-US": "is on or after" },
  blank: { "zh-CN": "为空", "en-US": "is blank" },
};

const COMPARE: Partial<Record<PickOp, string>> = { eq: "==", ne: "!=", gt: ">", ge: ">=", lt: "<", le: "<=", before: "<", from: ">=" };

/** YYYY-MM-DD of a date typed as 2016-1-1, 2016/01/01 or 2016.1.1; null when it is no date */
export function isoDate(text: string): string | null {
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text.trim());
  if (!m) return null;
  const iso = `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
  return typeof parseDate(iso) === "number" ? iso : null;
}

/** the exact decimal text of a number typed in the form, or null */
export function numberText(text: string): string | null {
  const n = parseNumber(text.trim());
  return n === null || n instanceof CellProblem ? null : n.value.toFixed();
}

function both(zh: string, en: string): BilingualText {
  return { "zh-CN": zh, "en-US": en };
}

function pick(c: Extract<ConditionValue, { kind: "pick" }>, index: number, names: ColumnNames): BuiltCondition | FormProblem {
  const at = { kind: "condition" as const, index };
  const row = index + 1;
  const column = c.column.trim();
  if (!column) return problem("COND_EMPTY", at, { row });
  const value = c.value.trim();
  const said = (v: string) => both(`${column} ${OP_WORDS[c.op]["zh-CN"]}${v ? ` ${v}` : ""}`, `${column} ${OP_WORDS[c.op]["en-US"]}${v ? ` ${v}` : ""}`);
  const keyFor = (want: Wanted): string | FormProblem => {
    const got = names.use(column, want);
    return "key" in got ? got.key : problem("COND_TYPE_CONFLICT", at, { value: column, what: KIND_WORDS[got.conflict] });
  };
  if (c.op === "yes" || c.op === "no" || c.op === "blank") {
    const key = keyFor(c.op === "blank" ? "any" : "bool");
    if (typeof key !== "string") return key;
    return { expr: c.op === "yes" ? key : c.op === "no" ? `not ${key}` : `isBlank(${key})`, said: said("") };
  }
  if (!value) return problem("COND_VALUE", at, { row, value: "", what: KIND_WORDS[c.op === "before" || c.op === "from" ? "date" : "number"] });
  const op = COMPARE[c.op] as string;
  // dates: the operators for dates, and any comparison with a column chosen as a date
  const dated = c.op === "before" || c.op === "from" || names.kindOf(column) === "date" || names.kindOf(column) === "datetime";
  if (dated) {
    const iso = isoDate(value);
    if (!iso) return problem("COND_VALUE", at, { row, value, what: both("日期（如 2016-01-01）", "a date (such as 2016-01-01)") });
    const key = keyFor("date");
    return typeof key === "string" ? { expr: `${key} ${op} date("${iso}")`, said: said(iso) } : key;
  }
  const num = numberText(value);
  if (c.op !== "eq" && c.op !== "ne" && num === null) return problem("COND_VALUE", at, { row, value, what: KIND_WORDS.number });
  // equality with a number reads the column as numbers (月租 == 0); with anything else, as text (卡类型 == 副卡)
  const asNumber = num !== null && names.kindOf(column) !== "category" && names.kindOf(column) !== "text";
  const key = keyFor(asNumber ? "number" : "text");
  if (typeof key !== "string") return key;
  return { expr: `${key} ${op} ${asNumber ? num : JSON.stringify(value)}`, said: said(value) };
}

const EXPR_CODES: Record<ExprError["code"], FormProblemCode> = {
  EXPR_SYNTAX: "COND_SYNTAX",
  EXPR_TOO_COMPLEX: "COND_SYNTAX",
  UNKNOWN_NAME: "COND_UNKNOWN_COLUMN",
  UNKNOWN_FUNCTION: "COND_UNKNOWN_FUNCTION",
  BAD_ARGUMENTS: "COND_ARGUMENTS",
  UNSUPPORTED_SYNTAX: "COND_UNSUPPORTED",
  FORWARD_REFERENCE: "COND_UNSUPPORTED",
  WRONG_SCOPE: "COND_UNSUPPORTED",
};

const DATE_ARGS = new Set(["day", "month", "quarter", "year", "weekday", "daysBetween", "monthsBetween", "addMonths", "addDays"]);
const NUMBER_ARGS = new Set(["round", "min", "max", "abs", "floor", "ceil"]);
const LOGIC = new Set(["and", "or", "&&", "||"]);
const COMPARISON = new Set(["==", "!=", "<", "<=", ">", ">="]);

/** what a node is, as far as the other side of a comparison can tell */
function kindOfNode(n: Ast): Wanted {
  if (n.type === "Literal") return typeof n.value === "boolean" ? "bool" : typeof n.value === "number" ? "number" : typeof n.value === "string" ? "text" : "any";
  if (n.type === "CallExpression" && (n.callee as Ast).name === "date") return "date";
  return "any";
}

/** every column a typed condition names, with the type its place implies (first a parse and compile, so the tree is sound) */
function uses(root: Ast): { name: string; want: Wanted }[] {
  const out: { name: string; want: Wanted }[] = [];
  const walk = (n: Ast, want: Wanted): void => {
    switch (n.type) {
      case "Identifier":
        out.push({ name: n.name as string, want });
        return;
      case "BinaryExpression": {
        const op = n.operator as string;
        const [l, r] = [n.left as Ast, n.right as Ast];
        if (LOGIC.has(op)) return (walk(l, "bool"), walk(r, "bool"));
        if (COMPARISON.has(op)) return (walk(l, kindOfNode(r)), walk(r, kindOfNode(l)));
        if (op === "in") return walk(l, "text");
        return (walk(l, "number"), walk(r, "number"));
      }
      case "UnaryExpression":
        return walk(n.argument as Ast, n.operator === "-" || n.operator === "+" ? "number" : "bool");
      case "ConditionalExpression":
        return (walk(n.test as Ast, "bool"), walk(n.consequent as Ast, "any"), walk(n.alternate as Ast, "any"));
      case "CallExpression": {
        const name = (n.callee as Ast).name as string;
        const argWant: Wanted = DATE_ARGS.has(name) ? "date" : NUMBER_ARGS.has(name) ? "number" : name === "not" ? "bool" : "any";
        for (const a of n.arguments as Ast[]) walk(a, argWant);
        return;
      }
      case "ArrayExpression":
        for (const e of n.elements as Ast[]) if (e) walk(e, "any");
        return;
      default:
        return;
    }
  };
  walk(root, "bool");
  return out;
}

/** the tree written out again, each column header replaced by its field key */
function print(n: Ast, key: (header: string) => string): string {
  const p = (x: Ast) => print(x, key);
  switch (n.type) {
    case "Literal":
      return String(n.raw);
    case "Identifier":
      return key(n.name as string);
    case "BinaryExpression":
      return `(${p(n.left as Ast)} ${n.operator as string} ${p(n.right as Ast)})`;
    case "UnaryExpression":
      return n.operator === "not" ? `not (${p(n.argument as Ast)})` : `${n.operator as string}(${p(n.argument as Ast)})`;
    case "ConditionalExpression":
      return `(${p(n.test as Ast)} ? ${p(n.consequent as Ast)} : ${p(n.alternate as Ast)})`;
    case "CallExpression":
      return `${(n.callee as Ast).name as string}(${(n.arguments as Ast[]).map(p).join(", ")})`;
    case "ArrayExpression":
      return `[${(n.elements as Ast[]).map(p).join(", ")}]`;
    default:
      throw new ExprError("UNSUPPORTED_SYNTAX", `${n.type} is not allowed in a scheme expression`);
  }
}

/**
 * Checks a typed condition alone (as it is typed): the parser's and compiler's errors, a name that is no column of
 * the sheet (when the sheet's headers are known). Returns the problems, none when it reads.
 */
export function checkConditionText(text: string, sheetHeaders: readonly string[] | null, index = 0): FormProblem[] {
  const at = { kind: "condition" as const, index };
  if (!text.trim()) return [problem("COND_EMPTY", at, { row: index + 1 })];
  const unknown: string[] = [];
  let params = false;
  try {
    // any name compiles here; the names are checked against the sheet below, in the sheet's words
    compileExpr(text, {
      name: (n) => {
        if (sheetHeaders && !sheetHeaders.includes(n)) unknown.push(n);
        return () => null;
      },
      param: () => {
        params = true;
        return () => null;
      },
    });
  } catch (e) {
    if (e instanceof ExprError) return [problem(EXPR_CODES[e.code], at, {}, e.message)];
    throw e;
  }
  if (params) return [problem("COND_NAME", at, { value: "params" })];
  return unknown.map((value) => problem("COND_UNKNOWN_COLUMN", at, { value }));
}

function typed(c: Extract<ConditionValue, { kind: "text" }>, index: number, names: ColumnNames, sheetHeaders: readonly string[] | null): BuiltCondition | FormProblem {
  const first = checkConditionText(c.text, sheetHeaders, index);
  if (first.length) return first[0];
  const root = parseExpr(c.text);
  const keys = new Map<string, string>();
  for (const u of uses(root)) {
    const got = names.use(u.name, u.want);
    if (!("key" in got)) return problem("COND_TYPE_CONFLICT", { kind: "condition", index }, { value: u.name, what: KIND_WORDS[got.conflict] });
    keys.set(u.name, got.key);
  }
  const text = c.text.trim();
  return { expr: print(root, (h) => keys.get(h) as string), said: both(text, text) };
}

/** The condition as a scheme expression over the fields `names` gives out, or the problem that stops it. */
export function buildCondition(c: ConditionValue, index: number, names: ColumnNames, sheetHeaders: readonly string[] | null): BuiltCondition | FormProblem {
  return c.kind === "pick" ? pick(c, index, names) : typed(c, index, names, sheetHeaders);
}
