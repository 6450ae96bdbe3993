import { Dec } from "../money/decimal";
import { ExprError } from "../scheme/errors";
import { EvalFailure, Pending, Value } from "../values/value";
import { FUNCTIONS } from "./functions";
import { arith, compare, truthy } from "./operators";
import { Ast, parseExpr } from "./parse";

/** A compiled expression: the value for one entity (row or group) of the scope it was compiled for. */
export type Compiled = (entity: number) => Value;

/** Finds what a name means in the scope being compiled; throws ExprError when it means nothing. */
export interface NameResolver {
  name(name: string): Compiled;
  param(name: string): Compiled;
}

function constant(v: Value): Compiled {
  return () => v;
}

function literal(node: Ast): Compiled {
  const v = node.value;
  if (typeof v === "number") return constant(new Dec(String(node.raw)));
  if (typeof v === "string" || typeof v === "boolean" || v === null) return constant(v as Value);
  throw new ExprError("UNSUPPORTED_SYNTAX", `literal ${String(node.raw)}`);
}

function literalSet(node: Ast): Set<string> {
  if (node.type !== "ArrayExpression") throw new ExprError("UNSUPPORTED_SYNTAX", "`in` needs a list of text values: x in [\"a\", \"b\"]");
  const out = new Set<string>();
  for (const el of node.elements as Ast[]) {
    if (!el || el.type !== "Literal") throw new ExprError("UNSUPPORTED_SYNTAX", "`in` lists may hold only literal values");
    out.add(String(el.value));
  }
  return out;
}

function compileNode(node: Ast, r: NameResolver): Compiled {
  switch (node.type) {
    case "Literal":
      return literal(node);
    case "Identifier":
      return r.name(node.name as string);
    case "MemberExpression": {
      const obj = node.object as Ast;
      const prop = node.property as Ast;
      if (!node.computed && obj.type === "Identifier" && obj.name === "params" && prop.type === "Identifier") return r.param(prop.name as string);
      throw new ExprError("UNSUPPORTED_SYNTAX", "only params.NAME may use a dot");
    }
    case "UnaryExpression": {
      const arg = compileNode(node.argument as Ast, r);
      if (node.operator === "-") return (e) => arith("-", new Dec(0), arg(e));
      if (node.operator === "+") return arg;
      if (node.operator === "!" || node.operator === "not") {
        return (e) => {
          const v = arg(e);
          return v instanceof Pending || v instanceof EvalFailure ? v : !truthy(v);
        };
      }
      throw new ExprError("UNSUPPORTED_SYNTAX", `operator ${node.operator}`);
    }
    case "BinaryExpression":
      return binary(node, r);
    case "ConditionalExpression": {
      const test = compileNode(node.test as Ast, r);
      const yes = compileNode(node.consequent as Ast, r);
      const no = compileNode(node.alternate as Ast, r);
      return (e) => {
        const t = test(e);
        if (t instanceof Pending || t instanceof EvalFailure) return t;
        return truthy(t) ? yes(e) : no(e);
      };
    }
    case "CallExpression":
      return call(node, r);
    case "Compound":
      throw new ExprError("EXPR_SYNTAX", "one expression expected (check for a missing operator)");
    default:
      throw new ExprError("UNSUPPORTED_SYNTAX", `${node.type} is not allowed in a scheme expression`);
  }
}

function binary(node: Ast, r: NameResolver): Compiled {
  const op = node.operator as string;
  if (op === "in") {
    const left = compileNode(node.left as Ast, r);
    const set = literalSet(node.right as Ast);
    return (e) => {
      const v = left(e);
      if (v instanceof Pending || v instanceof EvalFailure) return v;
      return v !== null && set.has(v instanceof Dec ? v.toFixed() : String(v));
    };
  }
  const left = compileNode(node.left as Ast, r);
  const right = compileNode(node.right as Ast, r);
  switch (op) {
    case "and":
    case "&&":
      return (e) => {
        const a = left(e);
        if (a instanceof Pending || a instanceof EvalFailure) return a;
        if (!truthy(a)) return false;
        const b = right(e);
        return b instanceof Pending || b instanceof EvalFailure ? b : truthy(b);
      };
    case "or":
    case "||":
      return (e) => {
        const a = left(e);
        if (a instanceof Pending || a instanceof EvalFailure) return a;
        if (truthy(a)) return true;
        const b = right(e);
        return b instanceof Pending || b instanceof EvalFailure ? b : truthy(b);
      };
    case "+":
    case "-":
    case "*":
    case "/":
      return (e) => arith(op, left(e), right(e));
    case "==":
    case "!=":
    case "<":
    case "<=":
    case ">":
    case ">=":
      return (e) => compare(op, left(e), right(e));
    default:
      throw new ExprError("UNSUPPORTED_SYNTAX", `operator ${op}`);
  }
}

function call(node: Ast, r: NameResolver): Compiled {
  const callee = node.callee as Ast;
  if (callee.type !== "Identifier") throw new ExprError("UNSUPPORTED_SYNTAX", "only named functions can be called");
  const name = callee.name as string;
  const spec = Object.prototype.hasOwnProperty.call(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
  if (!spec) throw new ExprError("UNKNOWN_FUNCTION", `unknown function ${name}(); allowed: ${Object.keys(FUNCTIONS).join(", ")}`);
  const args = (node.arguments as Ast[]).map((a) => compileNode(a, r));
  if (args.length < spec.min || args.length > spec.max) {
    throw new ExprError("BAD_ARGUMENTS", `${name}() takes ${spec.min === spec.max ? spec.min : `${spec.min}–${spec.max}`} arguments, got ${args.length}`);
  }
  if (name === "if") {
    const [test, yes, no] = args;
    return (e) => {
      const t = test(e);
      if (t instanceof Pending || t instanceof EvalFailure) return t;
      return truthy(t) ? yes(e) : no(e);
    };
  }
  if (name === "coalesce") {
    return (e) => {
      for (const a of args) {
        const v = a(e);
        if (v !== null && v !== "") return v;
      }
      return null;
    };
  }
  // a pending or failed argument is the answer: no function turns "not known yet" into a value or an error
  if (args.length === 1) {
    const [a] = args;
    return (e) => {
      const v = a(e);
      return v instanceof Pending || v instanceof EvalFailure ? v : spec.fn([v]);
    };
  }
  return (e) => {
    const values = args.map((a) => a(e));
    for (const v of values) if (v instanceof Pending || v instanceof EvalFailure) return v;
    return spec.fn(values);
  };
}

/** Compiles an expression text against a scope's names. Throws ExprError on anything not in the whitelist. */
export function compileExpr(text: string, resolver: NameResolver): Compiled {
  return compileNode(parseExpr(text), resolver);
}

/** Names an expression reads (identifiers and params), for dependency checks. */
export function namesIn(text: string): { names: string[]; params: string[] } {
  const names = new Set<string>();
  const params = new Set<string>();
  const walk = (n: Ast | null | undefined): void => {
    if (!n) return;
    if (n.type === "Identifier") names.add(n.name as string);
    else if (n.type === "MemberExpression") {
      const obj = n.object as Ast;
      const prop = n.property as Ast;
      if (obj.type === "Identifier" && obj.name === "params" && prop.type === "Identifier") params.add(prop.name as string);
    } else if (n.type === "CallExpression") (n.arguments as Ast[]).forEach(walk);
    else {
      for (const key of ["left", "right", "argument", "test", "consequent", "alternate"]) walk(n[key] as Ast);
      if (n.type === "ArrayExpression") (n.elements as Ast[]).forEach(walk);
    }
  };
  walk(parseExpr(text));
  return { names: [...names], params: [...params] };
}
