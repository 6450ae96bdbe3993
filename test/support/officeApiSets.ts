import { readdirSync, readFileSync } from "fs";
import { join, relative, sep } from "path";
import * as ts from "typescript";

/**
 * Which Office.js members a set of source files uses, with the requirement set each one is annotated with in the
 * type declarations (`[Api set: ExcelApi 1.13]` in @types/office-js, `[Api set: CustomFunctionsRuntime 1.2]` in
 * @types/custom-functions-runtime), and which requirement sets are known to hold where it is used — that is, which
 * `isSetSupported(...)` checks guard it. Everything is found by the TypeScript compiler: each property access is
 * resolved by the type checker to its declaration, never matched by name.
 *
 * What counts as a guard (a requirement set is a constant of the host, so once a check has passed it holds for
 * the rest of the session; that is why a callback inherits the guards of the place where it is created):
 * - a call of a function or method named `isSetSupported` with constant arguments ("ExcelApi", "1.18" or a const),
 *   as `Office.context.requirements.isSetSupported` or the adapters' injected `deps.isSetSupported`;
 * - a const (or a parameter, through every call in src) holding such a check, or a value chosen by one:
 *   `const annotate = supported(1.18) ? "notes" : supported(1.10) ? "comments" : "none"` then `annotate === "notes"`;
 *   `const notes = annotate === "notes" ? sheet.notes : null` then `notes?.load()` or `if (notes)`;
 *   `{ printSettings }` passed as `options` then `if (options.printSettings)`;
 * - where it is tested: the branches of `if`, `?:`, `&&`, `||`, the statements after `if (!check) return`, optional
 *   chaining, the callback of `.map`/`.forEach`/… and the body of `for … of` over a list that is empty unless the
 *   check passed (`(notes ? sheets : []).map(…)`);
 * - a function declaration is guarded by what holds at every place in src that calls (or refers to) it; a method
 *   may be called through an interface, so it gets nothing from its callers;
 * - a feature test of a runtime object declared in a namespace (`if (CustomFunctions.Error)`) implies its set.
 *
 * A member is an *entry* when its set is above the set of the object it is a member of (Worksheet.notes, 1.18, on a
 * Worksheet, 1.1): that is where the requirement is incurred. A member of an object that only an entry can give
 * (Note.content on a Note) is listed but needs no guard of its own.
 */

/** requirement set name → a version known to be supported (the highest known) */
export type Facts = ReadonlyMap<string, string>;

export interface SetVersion {
  set: string;
  version: string;
}

export interface OfficeUse {
  /** path relative to the repository root, with forward slashes */
  file: string;
  line: number;
  /** e.g. Excel.Range.getMergedAreasOrNullObject */
  member: string;
  /** the set this use needs (a write of "1.1 for get, 1.8 for set" needs 1.8); null when the declaration names none */
  needs: SetVersion | null;
  /** the annotation's text, as in the declaration file */
  annotation: string | null;
  write: boolean;
  /** its set is above its object's: the place where the requirement is incurred */
  entry: boolean;
  /** a truthiness test of a runtime object (`if (CustomFunctions.Error)`): safe whatever the host */
  featureTest: boolean;
  /** the sets known to hold where it is used */
  guard: Facts;
}

const OFFICE_TYPES = /[\\/]node_modules[\\/]@types[\\/](office-js|custom-functions-runtime|office-runtime)[\\/]/;
const ITERATORS = new Set(["map", "forEach", "filter", "flatMap", "some", "every", "find", "findIndex", "reduce"]);
const KEEPS_EMPTINESS = new Set(["map", "filter", "slice", "flatMap", "concat", "sort", "reverse"]);

export function compareVersions(a: string, b: string): number {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

// ── facts: a lattice with TOP ("this code cannot run") above every map ──

const EMPTY: Facts = new Map();
/** facts of a place that cannot be reached: everything holds there */
const TOP: Facts = new Map([["(unreachable)", "∞"]]);

/** the facts include the set at this version or a later one */
export function holds(facts: Facts, need: SetVersion): boolean {
  if (facts === TOP) return true;
  const have = facts.get(need.set);
  return have !== undefined && compareVersions(have, need.version) >= 0;
}

function union(a: Facts, b: Facts): Facts {
  if (a === TOP || b === TOP) return TOP;
  if (b.size === 0) return a;
  if (a.size === 0) return b;
  const out = new Map(a);
  for (const [k, v] of b) if (!out.has(k) || compareVersions(v, out.get(k)!) > 0) out.set(k, v);
  return out;
}

function intersect(a: Facts, b: Facts): Facts {
  if (a === TOP) return b;
  if (b === TOP) return a;
  const out = new Map<string, string>();
  for (const [k, v] of a) {
    const w = b.get(k);
    if (w !== undefined) out.set(k, compareVersions(v, w) <= 0 ? v : w);
  }
  return out;
}

function intersectAll(list: Facts[]): Facts {
  return list.reduce(intersect, TOP);
}

// ── reading `[Api set: …]` annotations ──

/**
 * The annotation of a declaration: `ExcelApi 1.13`, or a qualified one such as `ExcelApi 1.1 for reading visibility;
 * 1.2 for setting it.`, read as 1.1 for a read and 1.2 for a write.
 */
export function parseAnnotation(text: string, write: boolean): SetVersion | null {
  const m = /^\s*([A-Za-z]+)\s+(\d+(?:\.\d+)+)/.exec(text);
  if (!m) return null;
  const set = m[1];
  let version = m[2];
  if (write) {
    const setter = /(\d+(?:\.\d+)+)\s+for\s+(set\b|setting\b)/i.exec(text);
    if (setter) version = setter[1];
  }
  return { set, version };
}

/** The declaration's doc comment (the last one opening with two asterisks before it), or "". */
function docComment(decl: ts.Node): string {
  const sf = decl.getSourceFile();
  const ranges = ts.getLeadingCommentRanges(sf.text, decl.getFullStart()) ?? [];
  for (let i = ranges.length - 1; i >= 0; i--) {
    const comment = sf.text.slice(ranges[i].pos, ranges[i].end);
    if (comment.startsWith("/**")) return comment;
  }
  return "";
}

const oneLine = (text: string) => text.replace(/\s*\n\s*\*?\s*/g, " ").trim();

/** The declaration's own `[Api set: …]` (its remarks, not one of a parameter's). */
function annotationOf(decl: ts.Node): string | null {
  const comment = docComment(decl).split(/\n\s*\*\s*@param\b/)[0];
  const m = /\[Api set: ([^\]]+)\]/.exec(comment);
  return m ? oneLine(m[1]) : null;
}

/** `[Api set: …]` of each parameter that has one (`@param valuesOnly … [Api set: ExcelApi 1.2]`). */
function parameterAnnotations(decl: ts.Node): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of docComment(decl).matchAll(/@param\s+(\w+)((?:(?!@param)[\s\S])*?)\[Api set: ([^\]]+)\]/g)) out.set(m[1], oneLine(m[3]));
  return out;
}

function isOfficeDeclaration(decl: ts.Node): boolean {
  return OFFICE_TYPES.test(decl.getSourceFile().fileName);
}

/** The class, interface or enum a member belongs to (null for a namespace-level function, class or variable). */
function container(decl: ts.Node): ts.Node | null {
  const p = decl.parent;
  return p && (ts.isClassDeclaration(p) || ts.isInterfaceDeclaration(p) || ts.isEnumDeclaration(p)) ? p : null;
}

function qualifiedName(checker: ts.TypeChecker, decl: ts.Declaration, symbol: ts.Symbol): string {
  const owner = container(decl) as ts.ClassDeclaration | ts.InterfaceDeclaration | ts.EnumDeclaration | null;
  if (owner?.name) {
    const ownerSymbol = checker.getSymbolAtLocation(owner.name);
    if (ownerSymbol) return `${checker.getFullyQualifiedName(ownerSymbol)}.${symbol.getName()}`;
  }
  return checker.getFullyQualifiedName(symbol);
}

// ── the analysis ──

export interface AnalysisOptions {
  /** repository root */
  root: string;
  /** every source file of the program (call sites are looked for in all of them) */
  programFiles: string[];
  /** the files whose Office.js uses are reported */
  reportFiles: (file: string) => boolean;
  /** sources held in memory instead of on disk (the self-test's examples) */
  overrides?: Map<string, string>;
}

export function analyseOfficeUses(options: AnalysisOptions): OfficeUse[] {
  const configText = readFileSync(join(options.root, "tsconfig.json"), "utf8");
  const config = ts.parseConfigFileTextToJson("tsconfig.json", configText).config as { compilerOptions: unknown };
  const parsed = ts.convertCompilerOptionsFromJson(config.compilerOptions, options.root);
  const compilerOptions: ts.CompilerOptions = { ...parsed.options, noEmit: true, typeRoots: [join(options.root, "node_modules", "@types")] };
  const host = ts.createCompilerHost(compilerOptions, true);
  const overrides = options.overrides;
  if (overrides) {
    const getSourceFile = host.getSourceFile.bind(host);
    const fileExists = host.fileExists.bind(host);
    const readFile = host.readFile.bind(host);
    host.getSourceFile = (name, lang, onError, create) => {
      const text = overrides.get(name);
      return text !== undefined ? ts.createSourceFile(name, text, lang, true) : getSourceFile(name, lang, onError, create);
    };
    host.fileExists = (name) => overrides.has(name) || fileExists(name);
    host.readFile = (name) => overrides.get(name) ?? readFile(name);
  }
  const program = ts.createProgram(options.programFiles, compilerOptions, host);
  const checker = program.getTypeChecker();
  const ours = program.getSourceFiles().filter((sf) => !sf.isDeclarationFile && !/[\\/]node_modules[\\/]/.test(sf.fileName));

  const resolve = (s: ts.Symbol | undefined): ts.Symbol | undefined => (s && s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s);
  const symbolOf = (node: ts.Node) => resolve(checker.getSymbolAtLocation(node));
  /** the variable or parameter an identifier reads (in `{ printSettings }`, the variable, not the property) */
  const declarationRead = (id: ts.Identifier): ts.Declaration | undefined => {
    const shorthand = ts.isShorthandPropertyAssignment(id.parent) && id.parent.name === id;
    return resolve(shorthand ? checker.getShorthandAssignmentValueSymbol(id.parent) : checker.getSymbolAtLocation(id))?.valueDeclaration;
  };

  // references of a symbol in our sources, found by the checker among identifiers of the same name
  const referenceCache = new Map<ts.Symbol, ts.Identifier[]>();
  function references(symbol: ts.Symbol): ts.Identifier[] {
    let found = referenceCache.get(symbol);
    if (found) return found;
    found = [];
    const name = symbol.getName();
    const decls = new Set(symbol.declarations ?? []);
    for (const sf of ours) {
      if (!sf.text.includes(name)) continue;
      const visit = (n: ts.Node): void => {
        if (ts.isIdentifier(n) && n.text === name && !decls.has(n.parent as ts.Declaration) && !ts.isImportSpecifier(n.parent) && !ts.isImportClause(n.parent) && !ts.isExportSpecifier(n.parent)) {
          if (symbolOf(n) === symbol) found!.push(n);
        }
        ts.forEachChild(n, visit);
      };
      visit(sf);
    }
    referenceCache.set(symbol, found);
    return found;
  }

  /** the calls of a function or constructor; null when it is also used as a value (then its callers are unknown) */
  function callsOf(fn: ts.SignatureDeclaration): ts.CallLikeExpression[] | null {
    const name = fn.name ?? (ts.isVariableDeclaration(fn.parent) ? fn.parent.name : undefined);
    const symbol = name && symbolOf(name);
    if (!symbol) return null;
    const calls: ts.CallLikeExpression[] = [];
    for (const ref of references(symbol)) {
      const callee = ts.isPropertyAccessExpression(ref.parent) && ref.parent.name === ref ? ref.parent : ref;
      const call = callee.parent;
      if ((ts.isCallExpression(call) || ts.isNewExpression(call)) && call.expression === callee) calls.push(call);
      else return null;
    }
    return calls;
  }

  const strip = (e: ts.Expression): ts.Expression => {
    while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e) || ts.isTypeAssertionExpression(e) || ts.isSatisfiesExpression(e)) e = e.expression;
    return e;
  };

  const constantString = (e: ts.Expression): string | null => {
    const t = checker.getTypeAtLocation(e);
    return t.isStringLiteral() ? t.value : null;
  };

  /** `isSetSupported("ExcelApi", "1.18")` under any receiver, with constant arguments */
  function setCheck(e: ts.Expression): SetVersion | null {
    if (!ts.isCallExpression(e)) return null;
    const callee = strip(e.expression);
    const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : null;
    if (name !== "isSetSupported" || e.arguments.length < 2) return null;
    const set = constantString(e.arguments[0]);
    const version = constantString(e.arguments[1]);
    return set && version ? { set, version } : null;
  }

  /** an Office runtime object declared in a namespace (CustomFunctions.Error): testing it tests its set */
  function runtimeObjectSet(e: ts.Expression): SetVersion | null {
    if (!ts.isPropertyAccessExpression(e)) return null;
    const symbol = symbolOf(e.name);
    const decl = symbol?.declarations?.find((d) => isOfficeDeclaration(d) && container(d) === null && ts.isModuleBlock(d.parent));
    const text = decl && annotationOf(decl);
    return text ? parseAnnotation(text, false) : null;
  }

  const absent = (e: ts.Expression, present: boolean): boolean => {
    const x = strip(e);
    if (x.kind === ts.SyntaxKind.NullKeyword || x.kind === ts.SyntaxKind.FalseKeyword) return true;
    if (ts.isIdentifier(x) && x.text === "undefined") return true;
    return present && ts.isArrayLiteralExpression(x) && x.elements.length === 0;
  };

  type Mode = "truthy" | "falsy" | "present";
  const inProgress = new Set<ts.Node>();

  function guarded<T>(key: ts.Node, fallback: T, work: () => T): T {
    if (inProgress.has(key)) return fallback;
    inProgress.add(key);
    try {
      return work();
    } finally {
      inProgress.delete(key);
    }
  }

  /** what holds when `e` is truthy, falsy, or present (not null, undefined or an empty list) */
  function when(e: ts.Expression, mode: Mode): Facts {
    const x = strip(e);
    const check = setCheck(x);
    if (check) return mode === "falsy" ? EMPTY : new Map([[check.set, check.version]]);
    if (ts.isPrefixUnaryExpression(x) && x.operator === ts.SyntaxKind.ExclamationToken) return when(x.operand, mode === "falsy" ? "truthy" : "falsy");
    if (ts.isBinaryExpression(x)) {
      const op = x.operatorToken.kind;
      if (op === ts.SyntaxKind.AmpersandAmpersandToken) {
        return mode === "falsy" ? intersect(when(x.left, "falsy"), union(when(x.left, "truthy"), when(x.right, "falsy"))) : union(when(x.left, "truthy"), when(x.right, mode));
      }
      if (op === ts.SyntaxKind.BarBarToken) {
        return mode === "falsy" ? union(when(x.left, "falsy"), when(x.right, "falsy")) : intersect(when(x.left, mode), union(when(x.left, "falsy"), when(x.right, mode)));
      }
      const eq = op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsToken;
      const ne = op === ts.SyntaxKind.ExclamationEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken;
      if (eq || ne) {
        const [value, other] = ts.isStringLiteralLike(strip(x.right)) ? [strip(x.right) as ts.StringLiteralLike, x.left] : ts.isStringLiteralLike(strip(x.left)) ? [strip(x.left) as ts.StringLiteralLike, x.right] : [null, null];
        if (!value || !other) return EMPTY;
        const values = valuesOf(other);
        if (!values) return EMPTY;
        const equal = values.get(value.text) ?? TOP;
        const different = intersectAll([...values].filter(([v]) => v !== value.text).map(([, f]) => f));
        return (mode === "falsy") === eq ? different : equal;
      }
      return EMPTY;
    }
    if (ts.isConditionalExpression(x)) {
      const branches: Facts[] = [];
      if (!absent(x.whenTrue, mode !== "truthy") || mode === "falsy") branches.push(union(when(x.condition, "truthy"), when(x.whenTrue, mode)));
      if (!absent(x.whenFalse, mode !== "truthy") || mode === "falsy") branches.push(union(when(x.condition, "falsy"), when(x.whenFalse, mode)));
      return intersectAll(branches);
    }
    if (ts.isIdentifier(x)) {
      const decl = declarationRead(x);
      if (!decl) return EMPTY;
      if (ts.isVariableDeclaration(decl) && decl.initializer && ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const && ts.isIdentifier(decl.name)) {
        const init = decl.initializer;
        return guarded(decl, EMPTY, () => when(init, mode));
      }
      if (ts.isParameter(decl)) return guarded(decl, EMPTY, () => fromArguments(decl, null, (arg) => when(arg, mode)));
      return EMPTY;
    }
    if (ts.isPropertyAccessExpression(x)) {
      const runtime = runtimeObjectSet(x);
      if (runtime && mode !== "falsy") return new Map([[runtime.set, runtime.version]]);
      // `options.printSettings` of a parameter `options`, given `{ printSettings }` at every call
      const receiver = strip(x.expression);
      const decl = ts.isIdentifier(receiver) ? declarationRead(receiver) : undefined;
      if (decl && ts.isParameter(decl)) return guarded(decl, EMPTY, () => fromArguments(decl, x.name.text, (arg) => when(arg, mode)));
      return EMPTY;
    }
    if (mode === "present" && ts.isCallExpression(x) && ts.isPropertyAccessExpression(x.expression) && KEEPS_EMPTINESS.has(x.expression.name.text)) {
      return when(x.expression.expression, "present");
    }
    return EMPTY;
  }

  /** the literal values an expression can take, each with what holds when it takes it; null when not known */
  function valuesOf(e: ts.Expression): Map<string, Facts> | null {
    const x = strip(e);
    if (ts.isStringLiteralLike(x)) return new Map([[x.text, EMPTY]]);
    if (ts.isConditionalExpression(x)) {
      const a = valuesOf(x.whenTrue);
      const b = valuesOf(x.whenFalse);
      if (!a || !b) return null;
      const out = new Map<string, Facts>();
      const add = (values: Map<string, Facts>, cond: Facts) => {
        for (const [v, f] of values) {
          const g = union(cond, f);
          out.set(v, out.has(v) ? intersect(out.get(v)!, g) : g);
        }
      };
      add(a, when(x.condition, "truthy"));
      add(b, when(x.condition, "falsy"));
      return out;
    }
    if (ts.isIdentifier(x)) {
      const decl = declarationRead(x);
      if (decl && ts.isVariableDeclaration(decl) && decl.initializer && ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const && ts.isIdentifier(decl.name)) {
        const init = decl.initializer;
        return guarded(decl, null, () => valuesOf(init));
      }
      if (decl && ts.isParameter(decl)) {
        return guarded(decl, null, () => {
          const all = argumentsOf(decl, null);
          if (!all) return null;
          const out = new Map<string, Facts>();
          for (const arg of all) {
            const values = valuesOf(arg);
            if (!values) return null;
            for (const [v, f] of values) out.set(v, out.has(v) ? intersect(out.get(v)!, f) : f);
          }
          return out;
        });
      }
    }
    return null;
  }

  /** the expression given for a parameter (or for one property of an object parameter) at every call; null if unknown */
  function argumentsOf(param: ts.ParameterDeclaration, property: string | null): ts.Expression[] | null {
    const fn = param.parent;
    if (!ts.isFunctionDeclaration(fn) && !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) return null;
    const index = fn.parameters.indexOf(param);
    const calls = callsOf(fn);
    if (!calls || calls.length === 0) return null;
    const out: ts.Expression[] = [];
    for (const call of calls) {
      const arg = (call as ts.CallExpression).arguments?.[index];
      if (!arg) return null;
      if (property === null) {
        out.push(arg);
        continue;
      }
      const obj = strip(arg);
      if (!ts.isObjectLiteralExpression(obj)) return null;
      const prop = obj.properties.find((p) => p.name && ts.isIdentifier(p.name) && p.name.text === property);
      if (!prop) return null;
      if (ts.isPropertyAssignment(prop)) out.push(prop.initializer);
      else if (ts.isShorthandPropertyAssignment(prop)) out.push(prop.name);
      else return null;
    }
    return out;
  }

  function fromArguments(param: ts.ParameterDeclaration, property: string | null, each: (arg: ts.Expression) => Facts): Facts {
    const args = argumentsOf(param, property);
    return args ? intersectAll(args.map(each)) : EMPTY;
  }

  const exits = (s: ts.Statement): boolean => {
    if (ts.isReturnStatement(s) || ts.isThrowStatement(s) || ts.isContinueStatement(s) || ts.isBreakStatement(s)) return true;
    return ts.isBlock(s) && s.statements.length > 0 && exits(s.statements[s.statements.length - 1]);
  };

  /** receivers of optional chaining on the way from `e` down to its root (`a?.b.c` → a) */
  function optionalReceivers(e: ts.Expression): ts.Expression[] {
    const out: ts.Expression[] = [];
    let x: ts.Expression = e;
    for (;;) {
      if (ts.isPropertyAccessExpression(x) || ts.isElementAccessExpression(x) || ts.isCallExpression(x)) {
        if (x.questionDotToken) out.push(x.expression);
        x = x.expression;
      } else if (ts.isParenthesizedExpression(x) || ts.isNonNullExpression(x)) x = x.expression;
      else return out;
    }
  }

  const functionFacts = new Map<ts.Node, Facts>();
  /** what holds wherever a function declaration may run: at each place that calls or refers to it */
  function callerFacts(fn: ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression): Facts {
    const known = functionFacts.get(fn);
    if (known) return known;
    const result = guarded(fn, EMPTY, () => {
      const name = fn.name ?? (ts.isVariableDeclaration(fn.parent) ? fn.parent.name : undefined);
      const symbol = name && symbolOf(name);
      if (!symbol) return EMPTY;
      const refs = references(symbol);
      return refs.length ? intersectAll(refs.map((r) => factsAt(r))) : EMPTY;
    });
    functionFacts.set(fn, result);
    return result;
  }

  /** the sets known to hold where `node` runs */
  function factsAt(node: ts.Node): Facts {
    let facts: Facts = EMPTY;
    if (ts.isPropertyAccessExpression(node) || ts.isCallExpression(node)) for (const r of optionalReceivers(node)) facts = union(facts, when(r, "present"));
    let child: ts.Node = node;
    let cur: ts.Node | undefined = node.parent;
    while (cur) {
      if (ts.isIfStatement(cur)) {
        if (child === cur.thenStatement) facts = union(facts, when(cur.expression, "truthy"));
        else if (child === cur.elseStatement) facts = union(facts, when(cur.expression, "falsy"));
      } else if (ts.isConditionalExpression(cur)) {
        if (child === cur.whenTrue) facts = union(facts, when(cur.condition, "truthy"));
        else if (child === cur.whenFalse) facts = union(facts, when(cur.condition, "falsy"));
      } else if (ts.isBinaryExpression(cur) && child === cur.right) {
        if (cur.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) facts = union(facts, when(cur.left, "truthy"));
        else if (cur.operatorToken.kind === ts.SyntaxKind.BarBarToken) facts = union(facts, when(cur.left, "falsy"));
      } else if (ts.isCallExpression(cur) && cur.arguments.includes(child as ts.Expression)) {
        for (const r of optionalReceivers(cur)) facts = union(facts, when(r, "present"));
      } else if (ts.isForOfStatement(cur) && child === cur.statement) {
        facts = union(facts, when(cur.expression, "present"));
      } else if (ts.isBlock(cur) || ts.isSourceFile(cur) || ts.isModuleBlock(cur) || ts.isCaseClause(cur) || ts.isDefaultClause(cur)) {
        const statements = cur.statements as ts.NodeArray<ts.Statement>;
        for (const s of statements) {
          if (s === child) break;
          if (ts.isIfStatement(s) && !s.elseStatement && exits(s.thenStatement)) facts = union(facts, when(s.expression, "falsy"));
        }
      }
      if (ts.isArrowFunction(cur) || ts.isFunctionExpression(cur)) {
        // a callback of a list that is empty unless a check passed
        const call: ts.Node = cur.parent;
        if (ts.isCallExpression(call) && ts.isPropertyAccessExpression(call.expression) && ITERATORS.has(call.expression.name.text) && call.arguments.includes(cur)) {
          facts = union(facts, when(call.expression.expression, "present"));
        }
        // it runs after the place that creates it (below); one kept in a const also only where it is referred to
        if (ts.isVariableDeclaration(cur.parent) && ts.getCombinedNodeFlags(cur.parent) & ts.NodeFlags.Const) facts = union(facts, callerFacts(cur));
      } else if (ts.isFunctionDeclaration(cur)) {
        return union(facts, callerFacts(cur));
      } else if (ts.isMethodDeclaration(cur) || ts.isConstructorDeclaration(cur) || ts.isGetAccessor(cur) || ts.isSetAccessor(cur) || ts.isClassStaticBlockDeclaration(cur) || ts.isPropertyDeclaration(cur)) {
        return facts;
      }
      child = cur;
      cur = cur.parent;
    }
    return facts;
  }

  const isFeatureTest = (node: ts.Expression): boolean => {
    let n: ts.Node = node;
    while (ts.isParenthesizedExpression(n.parent)) n = n.parent;
    const p = n.parent;
    if (ts.isIfStatement(p) && p.expression === n) return true;
    if (ts.isConditionalExpression(p) && p.condition === n) return true;
    if (ts.isPrefixUnaryExpression(p) && p.operator === ts.SyntaxKind.ExclamationToken) return true;
    if (ts.isTypeOfExpression(p)) return true;
    if (ts.isBinaryExpression(p) && (p.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken || p.operatorToken.kind === ts.SyntaxKind.BarBarToken)) return p.right !== n || isFeatureTest(p);
    return false;
  };

  const isWrite = (node: ts.Node): boolean => {
    const p = node.parent;
    return ts.isBinaryExpression(p) && p.left === node && p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && p.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
  };

  const uses: OfficeUse[] = [];
  const record = (at: ts.Node, decl: ts.Declaration, symbol: ts.Symbol, write: boolean, featureTest: boolean) => {
    const owner = container(decl);
    const ownerAnnotation = owner ? annotationOf(owner) : null;
    const ownerSet = ownerAnnotation ? parseAnnotation(ownerAnnotation, false) : null;
    let annotation = annotationOf(decl);
    let needs = annotation ? parseAnnotation(annotation, write) : null;
    // a member without an annotation of its own (load, toJSON, items …) is its object's
    if (!needs && ownerSet) {
      needs = ownerSet;
      annotation = `${ownerAnnotation} (its object's)`;
    }
    // a parameter given that came in a later set: getUsedRange(valuesOnly) is ExcelApi 1.1, valuesOnly 1.2
    const call = at.parent;
    if ((ts.isCallExpression(call) || ts.isNewExpression(call)) && call.expression === at && call.arguments?.length && ts.isFunctionLike(decl)) {
      const byParam = parameterAnnotations(decl);
      decl.parameters.slice(0, call.arguments.length).forEach((p) => {
        const text = ts.isIdentifier(p.name) ? byParam.get(p.name.text) : undefined;
        const given = text ? parseAnnotation(text, false) : null;
        if (given && (!needs || (given.set === needs.set && compareVersions(given.version, needs.version) > 0))) {
          needs = given;
          annotation = `${annotation ?? ""}; ${(p.name as ts.Identifier).text}: ${text}`;
        }
      });
    }
    const entry = needs !== null && !(ownerSet && ownerSet.set === needs.set && compareVersions(ownerSet.version, needs.version) >= 0);
    const sf = at.getSourceFile();
    uses.push({
      file: relative(options.root, sf.fileName).split(sep).join("/"),
      line: sf.getLineAndCharacterOfPosition(at.getStart()).line + 1,
      member: qualifiedName(checker, decl, symbol),
      needs,
      annotation,
      write,
      entry,
      featureTest,
      guard: entry ? factsAt(at) : EMPTY,
    });
  };

  /** the declarations a use resolves to: the overload called, or each declaration (one per type of a union) */
  const declarationsAt = (node: ts.Node, symbol: ts.Symbol): ts.Declaration[] => {
    const decls = (symbol.declarations ?? []).filter(isOfficeDeclaration);
    if (decls.length <= 1) return decls;
    const call = node.parent.parent;
    if (ts.isPropertyAccessExpression(node.parent) && (ts.isCallExpression(call) || ts.isNewExpression(call)) && call.expression === node.parent) {
      const chosen = checker.getResolvedSignature(call)?.declaration;
      if (chosen && decls.includes(chosen as ts.Declaration)) return [chosen as ts.Declaration];
    }
    const byOwner = new Map<ts.Node | null, ts.Declaration>();
    for (const d of decls) if (!byOwner.has(container(d))) byOwner.set(container(d), d);
    return [...byOwner.values()];
  };

  for (const sf of ours) {
    if (!options.reportFiles(sf.fileName)) continue;
    const visit = (n: ts.Node): void => {
      if (ts.isPropertyAccessExpression(n)) {
        const symbol = symbolOf(n.name);
        if (symbol) for (const d of declarationsAt(n.name, symbol)) record(n, d, symbol, isWrite(n), isFeatureTest(n) && runtimeObjectSet(n) !== null);
      } else if ((ts.isPropertyAssignment(n) || ts.isShorthandPropertyAssignment(n)) && ts.isObjectLiteralExpression(n.parent) && ts.isIdentifier(n.name)) {
        // `layout.zoom = { horizontalFitToPages: … }`: the object's properties are members of an Office type
        const type = checker.getContextualType(n.parent);
        const symbol = type?.getProperty(n.name.text);
        for (const d of (symbol?.declarations ?? []).filter(isOfficeDeclaration).slice(0, 1)) record(n, d, symbol!, true, false);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return uses;
}

/** The `<Set>`s of the manifest's `<Requirements>` (the base manifest's, not VersionOverrides'). */
export function manifestSets(xml: string): Map<string, string> {
  const requirements = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(xml)?.[1] ?? "";
  const fallback = /<Sets\b[^>]*DefaultMinVersion="([^"]+)"/.exec(requirements)?.[1] ?? "1.1";
  const out = new Map<string, string>();
  for (const m of requirements.matchAll(/<Set\b([^>]*)\/?>/g)) {
    const name = /\bName="([^"]+)"/.exec(m[1])?.[1];
    const version = /\bMinVersion="([^"]+)"/.exec(m[1])?.[1] ?? fallback;
    if (name) out.set(name, version);
  }
  return out;
}

/** Every .ts/.tsx file under `dir`, recursively, with forward slashes (as the compiler names them). */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [path.split(sep).join("/")] : [];
  });
}
