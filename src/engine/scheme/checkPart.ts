/**
 * The checks of one part that the schema cannot express: every name defined once and read only where it is
 * visible, every expression compiled against the names its scope sees, every code with a message, every level
 * chain without cycles, every output a defined name of its scope. Step kinds add their own checks through the
 * registry (steps/<kind>/index.ts); nothing here knows a kind.
 */
import { compileExpr, NameResolver } from "../expr/compile";
import { ENGINE_MESSAGES } from "../i18n/messages";
import { kindOf } from "../steps/registry";
import { ExprError, SchemeIssue } from "./errors";
import { levelPath } from "./levels";
import { tableIssues } from "../tables/checks";
import { LevelDef, PartDef, SchemeDocument, StepDef } from "./schema";

type Path = (string | number)[];

const unknownCode = (code: string, path: Path): SchemeIssue => ({ code: "UNKNOWN_CODE", path, message: `code ${code} has no message: add it to messages` });

export class PartChecker {
  private readonly levels: Map<string, LevelDef>;
  private readonly scopes: Set<string>;
  private readonly params: Set<string>;
  private readonly known: Set<string>;
  /** name → the scope it belongs to */
  private readonly defined = new Map<string, string>();
  /** header spellings and titles → field key */
  private readonly aliases = new Map<string, string>();
  /** levels whose keys are defined */
  private readonly built = new Set<string>(["row"]);

  constructor(
    doc: SchemeDocument,
    private readonly part: PartDef,
    private readonly base: Path,
    private readonly issues: SchemeIssue[],
  ) {
    this.levels = new Map(part.levels.map((l) => [l.id, l]));
    this.scopes = new Set(["row", ...this.levels.keys()]);
    this.params = new Set(doc.params.map((p) => p.key));
    this.known = new Set([...Object.keys(ENGINE_MESSAGES), ...Object.keys(doc.messages)]);
    for (const s of part.steps) for (const code of kindOf(s).declares(s as never)) this.known.add(code);
  }

  /** Every check of the part, in document order; issues are added to the list given. */
  run(): void {
    this.part.fields.forEach((f, i) => this.field(f, i));
    this.part.levels.forEach((l, i) => this.levelChain(l, i));
    this.part.steps.forEach((s, i) => this.step(s, i));
    for (const id of this.levels.keys()) this.build(id);
    for (const [scope, outs] of Object.entries(this.part.outputs)) this.outputs(scope, outs);
    this.issues.push(...tableIssues(this.part, this.base));
  }

  private add(issue: SchemeIssue): void {
    this.issues.push(issue);
  }

  private define(name: string, scope: string, path: Path): void {
    if (this.defined.has(name) || this.aliases.has(name)) this.add({ code: "DUPLICATE_NAME", path, message: `the name ${name} is already used in this part` });
    else this.defined.set(name, scope);
  }

  private isBelow(lower: string, upper: string): boolean {
    return levelPath(this.levels, lower, upper) !== null;
  }

  private field(f: PartDef["fields"][number], i: number): void {
    const path = [...this.base, "fields", i];
    this.define(f.key, "row", [...path, "key"]);
    for (const a of [f.title["zh-CN"], f.title["en-US"], ...f.headers]) if (!this.aliases.has(a) && !this.defined.has(a)) this.aliases.set(a, f.key);
    if (f.min !== undefined && f.max !== undefined && f.min > f.max) this.add({ code: "RANGE_INVERTED", path: [...path, "max"], message: `fields[${i}].max must be ≥ min` });
    for (const code of [f.closed?.code, f.rangeCode, f.missingCode, f.ifColumnMissing?.warning]) if (code && !this.known.has(code)) this.add(unknownCode(code, path));
    if (f.yearFrom && !this.params.has(f.yearFrom)) this.add({ code: "UNKNOWN_PARAM", path: [...path, "yearFrom"], message: `no parameter ${f.yearFrom}` });
    if (f.derive) this.derivation(f.derive, [...path, "derive", "expr"]);
  }

  /** A derivation's expression reads only its own sources (and parameters). */
  private derivation(derive: NonNullable<PartDef["fields"][number]["derive"]>, path: Path): void {
    const sources = new Set(derive.sources.map((s) => s.name));
    const resolver: NameResolver = {
      name: (raw) => {
        if (!sources.has(raw)) throw new ExprError("UNKNOWN_NAME", `unknown name ${raw} (a derivation reads only its sources: ${[...sources].join(", ")})`);
        return () => null;
      },
      param: (name) => {
        if (!this.params.has(name)) throw new ExprError("UNKNOWN_NAME", `unknown parameter params.${name}`);
        return () => null;
      },
    };
    try {
      compileExpr(derive.expr, resolver);
    } catch (e) {
      if (e instanceof ExprError) this.add({ code: e.code, path, message: e.message });
      else throw e;
    }
  }

  private levelChain(l: LevelDef, i: number): void {
    if (this.scopes.has(l.of) && l.of !== l.id && levelPath(this.levels, "row", l.id)) return;
    this.add({ code: "BAD_LEVEL_CHAIN", path: [...this.base, "levels", i, "of"], message: `levels[${i}].of must be "row" or another level, without cycles` });
  }

  /** What an expression read in `scope` may name: fields, level keys and earlier steps visible from there, parameters. */
  private resolver(scope: string): NameResolver {
    return {
      name: (raw) => {
        const name = this.aliases.get(raw) ?? raw;
        const home = this.defined.get(name);
        if (home === undefined) throw new ExprError("UNKNOWN_NAME", `unknown name ${raw} (not a field, a level key or an earlier step)`);
        if (home !== scope && !levelPath(this.levels, scope, home)) throw new ExprError("WRONG_SCOPE", `${raw} belongs to ${home} and cannot be read from ${scope}; aggregate it instead`);
        return () => null;
      },
      param: (name) => {
        if (!this.params.has(name)) throw new ExprError("UNKNOWN_NAME", `unknown parameter params.${name}`);
        return () => null;
      },
    };
  }

  private checkExpr(expr: string, scope: string, path: Path): void {
    try {
      compileExpr(expr, this.resolver(scope));
      for (const m of expr.matchAll(/pending\(\s*"([A-Z0-9_]+)"\s*\)/g)) if (!this.known.has(m[1])) this.add(unknownCode(m[1], path));
    } catch (e) {
      if (e instanceof ExprError) this.add({ code: e.code, path, message: e.message });
      else throw e;
    }
  }

  /** Defines a level's keys (after its members' level), once: a step may read them from then on. */
  private build(levelId: string): void {
    if (this.built.has(levelId)) return;
    const l = this.levels.get(levelId);
    if (!l) return;
    this.build(l.of);
    const path = [...this.base, "levels", this.part.levels.indexOf(l), "keys"];
    l.keys.forEach((k, i) => this.checkExpr(k.expr, l.of, [...path, i, "expr"]));
    l.keys.forEach((k, i) => this.define(k.name, l.id, [...path, i, "name"]));
    this.built.add(levelId);
  }

  private step(step: StepDef, i: number): void {
    const p: Path = [...this.base, "steps", i];
    if (!this.scopes.has(step.scope)) {
      this.add({ code: "UNKNOWN_SCOPE", path: [...p, "scope"], message: `steps[${i}].scope must be "row" or a level id (${[...this.levels.keys()].join(", ") || "none declared"})` });
      return;
    }
    this.build(step.scope);
    const kind = kindOf(step);
    const level = this.levels.get(step.scope);
    if (kind.onGroups && !level) {
      this.add({ code: "NEEDS_LEVEL", path: [...p, "scope"], message: `a ${step.kind} step works on groups: its scope must be a level` });
      return;
    }
    const scopes = { own: step.scope, members: level?.of ?? "row" };
    // an expression in a scope that is not the step's own or one below it is reported by the kind's check
    for (const e of kind.exprs(step as never, scopes)) {
      if (e.scope !== step.scope && !(this.scopes.has(e.scope) && this.isBelow(e.scope, step.scope))) continue;
      this.build(e.scope);
      this.checkExpr(e.expr, e.scope, [...p, ...e.path]);
    }
    const context = { path: p, hasParam: (k: string) => this.params.has(k), hasScope: (x: string) => this.scopes.has(x), isBelow: (a: string, b: string) => this.isBelow(a, b) };
    this.issues.push(...kind.check(step as never, context));
    for (const c of kind.codes(step as never)) if (!this.known.has(c.code)) this.add(unknownCode(c.code, [...p, ...c.path]));
    for (const n of kind.names(step as never, scopes)) this.define(n.name, n.scope, [...p, "name"]);
  }

  private outputs(scope: string, outs: PartDef["outputs"][string]): void {
    const path = [...this.base, "outputs", scope];
    if (!this.scopes.has(scope)) {
      this.add({ code: "UNKNOWN_SCOPE", path, message: `outputs.${scope}: no such scope` });
      return;
    }
    outs.forEach((o, i) => {
      const home = this.defined.get(o.name);
      if (home === undefined) this.add({ code: "UNKNOWN_NAME", path: [...path, i, "name"], message: `output ${o.name} is not a field, key or step` });
      else if (home !== scope) this.add({ code: "WRONG_SCOPE", path: [...path, i, "name"], message: `output ${o.name} belongs to ${home}, not ${scope}` });
    });
  }
}
