/**
 * An expression said in words, for the scheme's description: names by their titles, parameters by their values,
 * operators as a clerk reads them (「卡类型 为 副卡 且 月租 > 0」, "card type is 副卡 and monthly fee > 0"). The
 * expression language is small (engine/expr), so every node it parses has words; a call keeps its function name.
 */
import { parseExpr, type Ast } from "../expr/parse";
import type { DescribeContext } from "./context";
import { numberText } from "./context";

const OPS: Record<string, readonly [zh: string, en: string]> = {
  "==": ["为", "is"],
  "!=": ["不是", "is not"],
  "<": ["<", "<"],
  "<=": ["≤", "≤"],
  ">": [">", ">"],
  ">=": ["≥", "≥"],
  and: ["且", "and"],
  "&&": ["且", "and"],
  or: ["或", "or"],
  "||": ["或", "or"],
  in: ["属于", "in"],
  "+": ["+", "+"],
  "-": ["−", "−"],
  "*": ["×", "×"],
  "/": ["÷", "÷"],
};

const CALLS: Record<string, readonly [zh: string, en: string]> = {
  isBlank: ["为空", "is blank"],
  coalesce: ["", ""],
};

/** Binding strength of each operator (jsep's): a weaker child is said in brackets, so (a − b) × c stays what it is. */
const PRECEDENCE: Record<string, number> = { or: 1, "||": 1, and: 2, "&&": 2, "==": 6, "!=": 6, "<": 7, "<=": 7, ">": 7, ">=": 7, in: 7, "+": 9, "-": 9, "*": 10, "/": 10 };

function strength(n: Ast): number {
  if (n.type === "BinaryExpression") return PRECEDENCE[n.operator as string] ?? 0;
  if (n.type === "ConditionalExpression") return 0;
  return 100;
}

export function exprWords(text: string, ctx: DescribeContext): string {
  const zh = ctx.lang === "zh-CN";
  const say = (n: Ast): string => {
    switch (n.type) {
      case "Literal":
        return typeof n.value === "number" ? numberText(n.value) : n.value === null ? (zh ? "空" : "blank") : typeof n.value === "boolean" ? (n.value ? (zh ? "是" : "yes") : zh ? "否" : "no") : String(n.value);
      case "Identifier":
        return ctx.title(n.name as string);
      case "MemberExpression": {
        const obj = n.object as Ast;
        const prop = n.property as Ast;
        if (obj.type === "Identifier" && obj.name === "params" && prop.type === "Identifier") return ctx.param(prop.name as string);
        return `${say(obj)}.${say(prop)}`;
      }
      case "UnaryExpression": {
        const arg = say(n.argument as Ast);
        if (n.operator === "not" || n.operator === "!") return zh ? `非（${arg}）` : `not (${arg})`;
        return `${n.operator === "-" ? "−" : n.operator}${arg}`;
      }
      case "BinaryExpression": {
        const op = OPS[n.operator as string];
        const words = op ? op[zh ? 0 : 1] : (n.operator as string);
        const own = PRECEDENCE[n.operator as string] ?? 0;
        // the right side binds tighter when equal: a − (b − c), a ÷ (b × c) keep their brackets
        const side = (child: Ast, right: boolean) => {
          const text = say(child);
          const s = strength(child);
          return s < own || (right && s === own) ? `(${text})` : text;
        };
        return `${side(n.left as Ast, false)} ${words} ${side(n.right as Ast, true)}`;
      }
      case "ConditionalExpression":
        return zh
          ? `若 ${say(n.test as Ast)} 则 ${say(n.consequent as Ast)}，否则 ${say(n.alternate as Ast)}`
          : `if ${say(n.test as Ast)} then ${say(n.consequent as Ast)}, else ${say(n.alternate as Ast)}`;
      case "ArrayExpression":
        return (n.elements as Ast[]).map(say).join(zh ? "、" : ", ");
      case "CallExpression": {
        const callee = (n.callee as Ast).name as string;
        const args = (n.arguments as Ast[]).map(say);
        if (callee === "isBlank") return `${args[0]} ${CALLS.isBlank[zh ? 0 : 1]}`;
        if (callee === "coalesce") return args.join(zh ? "（或）" : " (or) ");
        return `${callee}(${args.join(", ")})`;
      }
      default:
        return "…";
    }
  };
  return say(parseExpr(text));
}
