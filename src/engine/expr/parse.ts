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

/** Longest expression text and deepest expression tree a scheme may hold: rules are short, attacks are not. */
export const MAX_EXPR_LENGTH = 2000;
export const MAX_EXPR_DEPTH = 256;

/** Depth of the tree, without recursion (a hostile tree must not overflow the stack while being measured). */
function depthOf(root: Ast): number {
  let max = 0;
  const stack: [Ast, number][] = [[root, 1]];
  while (stack.length) {
    const [node, d] = stack.pop() as [Ast, number];
    if (d > max) max = d;
    for (const key of ["left", "right", "argument", "test", "consequent", "alternate", "object", "property", "callee"]) {
      const child = node[key] as Ast | undefined;
      if (child && typeof child === "object") stack.push([child, d + 1]);
    }
    for (const key of ["arguments", "elements", "body"]) {
      const list = node[key] as Ast[] | undefined;
      if (Array.isArray(list)) for (const c of list) if (c) stack.push([c, d + 1]);
    }
  }
  return max;
}

/** Parses an expression text; throws ExprError with the parser's message on bad syntax or on a runaway size. */
export function parseExpr(text: string): Ast {
  const hit = cache.get(text);
  if (hit) return hit;
  if (text.length > MAX_EXPR_LENGTH) throw new ExprError("EXPR_TOO_COMPLEX", `an expression may hold at most ${MAX_EXPR_LENGTH} characters`);
  let ast: Ast;
  try {
    ast = jsep(text);
  } catch (e) {
    throw new ExprError("EXPR_SYNTAX", `cannot parse "${text}": ${(e as Error).message}`);
  }
  if (depthOf(ast) > MAX_EXPR_DEPTH) throw new ExprError("EXPR_TOO_COMPLEX", `an expression may nest at most ${MAX_EXPR_DEPTH} levels`);
  cache.set(text, ast);
  return ast;
}
