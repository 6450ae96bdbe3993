import jsep from "jsep";
import { ExprError } from "../scheme/errors";

// word operators for people who write conditions in plain language: `卡类型 != "副卡" and 月租 > 0`
jsep.addBinaryOp("or", 1);
jsep.addBinaryOp("and", 2);
jsep.addBinaryOp("in", 7);
jsep.addUnaryOp("not");
// bitwise operators have no meaning here; dropping them gives a clear syntax error instead of surprises
for (const op of ["|", "^", "&", "<<", ">>", ">>>", "%", "==="]) jsep.removeBinaryOp(op);
jsep.removeUnaryOp("~");

export type Ast = jsep.Expression;

const cache = new Map<string, Ast>();

/** Parses an expression text; throws ExprError with the parser's message on bad syntax. */
export function parseExpr(text: string): Ast {
  const hit = cache.get(text);
  if (hit) return hit;
  let ast: Ast;
  try {
    ast = jsep(text);
  } catch (e) {
    throw new ExprError("EXPR_SYNTAX", `cannot parse "${text}": ${(e as Error).message}`);
  }
  cache.set(text, ast);
  return ast;
}
