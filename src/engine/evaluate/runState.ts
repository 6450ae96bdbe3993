import { Compiled, compileExpr, NameResolver, namesIn } from "../expr/compile";
import { Rounding } from "../money/decimal";
import { ExprError } from "../scheme/errors";
import { LevelDef, PartDef, SchemeDocument } from "../scheme/schema";
import { EvalFailure, Pending, Value, valueText } from "../values/value";
import { levelPath } from "../scheme/levels";
import { parseExpr } from "../expr/parse";
import { Blocks, CodedExpr, codesOf, Column, ColumnCodes, combineCodes, composeGroups, KeyPart, KeyText, Membership, membersOf, numberKeys } from "./store";
import { LevelScope, Scope } from "./scope";
import { INVALID, OK, PENDING } from "./status";

/** Everything one evaluation of one part knows: scopes, names defined so far, parameters. */
export class RunState {
  readonly scopes = new Map<string, Scope>();
  /** name → scope id where its column lives */
  readonly definitions = new Map<string, string>();
  /** field titles and header spellings → field key, so conditions may use 揽装人 as well as recruiter */
  readonly aliases = new Map<string, string>();
  private readonly levelDefs = new Map<string, LevelDef>();
  // Not bounded: keyed by pairs of the scheme's levels and by the scheme's expression texts, so a scheme (at most
  // MAX_SCHEME_SIZE characters) bounds them; each entry is kept for the whole run, as every step may ask again.
  private readonly ancestorCache = new Map<string, Int32Array | null>();
  private readonly memberCache = new Map<string, Membership>();
  private readonly codedCache = new Map<string, { inputs: ColumnCodes[]; expr: CodedExpr }>();
  /**
   * Runs over several dated versions (src/engine/versions): each row-scope duplicate check keeps its rows' key texts
   * here when `keepDuplicateKeys` is set (null: no key), and flags the rows of `crossDuplicates` (step name → row →
   * the first row, in the whole table, with its key) as repeats of a row another version computed.
   */
  keepDuplicateKeys = false;
  readonly duplicateKeys = new Map<string, (string | null)[]>();
  crossDuplicates: ReadonlyMap<string, ReadonlyMap<number, number>> | null = null;

  constructor(
    readonly scheme: SchemeDocument,
    readonly part: PartDef,
    readonly row: Scope,
    readonly params: Map<string, Value>,
    readonly rounding: Rounding,
    /** work on coded columns where they exist (false: value by value everywhere, the reference path) */
    readonly typed = true,
  ) {
    this.scopes.set("row", row);
    for (const l of part.levels) this.levelDefs.set(l.id, l);
    for (const f of part.fields) {
      this.definitions.set(f.key, "row");
      this.aliases.set(f.title["zh-CN"], f.key);
      this.aliases.set(f.title["en-US"], f.key);
      for (const h of f.headers) if (!this.aliases.has(h)) this.aliases.set(h, f.key);
    }
  }

  scope(id: string): Scope {
    if (id === "row") return this.row;
    return this.level(id);
  }

  /** The level's groups, built on first use from its members' key values. */
  level(id: string): LevelScope {
    const built = this.scopes.get(id);
    if (built) return built as LevelScope;
    const def = this.levelDefs.get(id);
    if (!def) throw new ExprError("WRONG_SCOPE", `unknown level ${id}`);
    const members = this.scope(def.of);
    const keyText =
      (k: number): KeyText =>
      (m, v) => {
        if (v instanceof Pending) {
          if (members.status[m] === OK) members.fail(m, PENDING, { code: v.code, param: v.param });
          return "";
        }
        if (v instanceof EvalFailure) {
          members.fail(m, INVALID, { code: "CALCULATION_ERROR", detail: `${def.keys[k].name}: ${v.detail}` });
          return "";
        }
        return valueText(v);
      };
    const parts = def.keys.map((k, i) => new KeyPart(this.compile(k.expr, def.of), this.coded(k.expr, def.of), members.size, keyText(i), this.textBlocks(k.expr, def.of)));
    for (let m = 0; m < members.size; m++) for (let k = 0; k < parts.length; k++) parts[k].set(m);
    const keys = numberKeys(parts, members.size);
    const memberToGroup = keys.ids;
    const groups = keys.size;
    const firsts = keys.first;
    const keyTexts: string[][] = new Array(groups);
    for (let g = 0; g < groups; g++) keyTexts[g] = parts.map((p) => p.text(firsts[g]));
    const scope = new LevelScope(def, groups, memberToGroup, keyTexts);
    def.keys.forEach((k, i) => {
      const col = scope.newColumn(k.name);
      for (let g = 0; g < groups; g++) {
        const v = parts[i].valueAt(firsts[g]);
        col[g] = v instanceof Pending || v instanceof EvalFailure ? null : v;
      }
      this.definitions.set(k.name, id);
    });
    this.scopes.set(id, scope);
    return scope;
  }

  private pathUp(from: string, to: string): string[] | null {
    return levelPath(this.levelDefs, from, to);
  }

  isAncestor(from: string, to: string): boolean {
    return from !== to && this.pathUp(from, to) !== null;
  }

  /** entity of `from` → its group at level `to` */
  ancestorMap(from: string, to: string): Int32Array {
    const key = `${from}>${to}`;
    const hit = this.ancestorCache.get(key);
    if (hit) return hit;
    const path = this.pathUp(from, to);
    if (!path || path.length === 0) throw new ExprError("WRONG_SCOPE", `${to} is not a level above ${from}`);
    let map = this.level(path[0]).memberToGroup;
    for (let i = 1; i < path.length; i++) map = composeGroups(map, this.level(path[i]).memberToGroup);
    this.ancestorCache.set(key, map);
    return map;
  }

  /** Members (entities of `from`) of each group of level `levelId`, sheet order kept. */
  members(levelId: string, from: string): Membership {
    const key = `${levelId}<${from}`;
    const hit = this.memberCache.get(key);
    if (hit) return hit;
    const groups = this.level(levelId).size;
    const m = membersOf(this.ancestorMap(from, levelId), groups);
    this.memberCache.set(key, m);
    return m;
  }

  define(name: string, scopeId: string): Value[] {
    this.definitions.set(name, scopeId);
    return this.scope(scopeId).newColumn(name);
  }

  /** a new column that keeps its values as codes where they repeat (value by value on the reference path) */
  defineNumbered(name: string, scopeId: string): Column {
    this.definitions.set(name, scopeId);
    return this.scope(scopeId).newNumberedColumn(name, this.typed);
  }

  /** a new column of yes/no values (see Column.flags) */
  defineFlags(name: string, scopeId: string): Column {
    this.definitions.set(name, scopeId);
    return this.scope(scopeId).newFlagsColumn(name, this.typed);
  }

  resolver(scopeId: string): NameResolver {
    return {
      name: (raw) => {
        const name = this.aliases.get(raw) ?? raw;
        const home = this.definitions.get(name);
        if (home === undefined) throw new ExprError("UNKNOWN_NAME", `unknown name ${raw}`);
        const column = this.scope(home).columns.get(name);
        if (!column) throw new ExprError("UNKNOWN_NAME", `unknown name ${raw}`);
        const coded = column.asCodes();
        if (home === scopeId) return column.reader();
        if (!this.isAncestor(scopeId, home)) {
          throw new ExprError("WRONG_SCOPE", `${raw} belongs to ${home}; from ${scopeId} use an aggregate step`);
        }
        const map = this.ancestorMap(scopeId, home);
        if (coded) {
          const { codes, values } = coded;
          return (e) => values[codes[map[e]]];
        }
        const read = column.reader();
        return (e) => read(map[e]);
      },
      param: (name) => {
        if (!this.params.has(name)) throw new ExprError("UNKNOWN_NAME", `unknown parameter params.${name}`);
        const v = this.params.get(name) ?? null;
        return () => v;
      },
    };
  }

  compile(text: string, scopeId: string): Compiled {
    const f = compileExpr(text, this.resolver(scopeId));
    const coded = this.codedOf(text, scopeId, f);
    return coded ? (e) => coded.valueAt(e) : f;
  }

  /** The blocks of a text column of the scope when the expression is just its name (keys then read them as they are). */
  textBlocks(text: string, scopeId: string): Blocks<string | null> | null {
    if (!this.typed) return null;
    const ast = parseExpr(text);
    if (ast.type !== "Identifier") return null;
    const name = this.aliases.get(ast.name as string) ?? (ast.name as string);
    if (this.definitions.get(name) !== scopeId) return null;
    return this.scope(scopeId).columns.get(name)?.textBlocks() ?? null;
  }

  /** The expression worked out once per code, when it reads only coded columns of its own scope and parameters. */
  coded(text: string, scopeId: string): CodedExpr | null {
    return this.codedOf(text, scopeId, null);
  }

  private codedOf(text: string, scopeId: string, compiled: Compiled | null): CodedExpr | null {
    if (!this.typed) return null;
    const f = compiled ?? compileExpr(text, this.resolver(scopeId));
    const inputs = this.codedInputs(text, scopeId);
    if (!inputs) return null;
    // one memo per expression text: "month(date)" in a duplicate key and a level key is worked out once
    const key = `${scopeId}\u0001${text}`;
    const hit = this.codedCache.get(key);
    if (hit && hit.inputs.length === inputs.length && hit.inputs.every((c, i) => c.codes === inputs[i].codes)) return hit.expr;
    const combined = combineCodes(inputs.map(codesOf), this.scope(scopeId).size);
    if (!combined) return null;
    const expr = new CodedExpr(combined.codes, combined.size, f);
    this.codedCache.set(key, { inputs, expr });
    return expr;
  }

  /** the coded columns an expression reads, or null when it reads any other */
  private codedInputs(text: string, scopeId: string): ColumnCodes[] | null {
    const scope = this.scope(scopeId);
    const inputs: ColumnCodes[] = [];
    for (const raw of namesIn(text).names) {
      const name = this.aliases.get(raw) ?? raw;
      const coded = this.definitions.get(name) === scopeId ? scope.columns.get(name)?.asCodes() : null;
      if (!coded) return null;
      if (!inputs.some((c) => c.codes === coded.codes)) inputs.push(coded);
    }
    return inputs;
  }
}
