/*
 * WPS 表格's add-in custom functions, simulated (Kingsoft's page "wps加载项自定义函数", WPS 12.1.0.20540 and later):
 * the global `wps` with AddCustomFunction(namespace, name, fn), recording each registration, and a cell's call
 * `NAMESPACE.NAME(args)` made as WPS documents it — synchronously (a Promise is refused: WPS has no asynchronous custom
 * functions), with arguments shaped by functions.json's declared types and results checked against them. A range
 * argument is read through the simulated host's Range.Value2 (a scalar for one cell, rows for several, undefined for an
 * empty cell, dates as serials). What WPS itself does where its documentation is silent is marked "assumed" below.
 */
import type { EtApplication } from "../../wps/et";
import type { WpsFunctionsJson } from "../../wps/functions/metadata";
import { EtNotImplemented, etError } from "./guard";

/** A range argument, "Sheet1!A2:A9" or "A2:A9" on the active sheet, read through Range.Value2. */
export interface EtRangeArgument {
  range: string;
}

export interface EtFunctionCallOptions {
  /**
   * How a one-cell range or a single value reaches a parameter declared as a 2-D array: "declared" (assumed: as a 1×1
   * array, as Excel does) or "as-is" (a scalar, as Range.Value2 gives it). The JILI functions must give the same either way.
   */
  shape?: "declared" | "as-is";
}

export interface EtRegistration {
  namespace: string;
  name: string;
  fn: (...args: unknown[]) => unknown;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The simulated function registry of one WPS session: `wps` for the add-in's page, `call` for a cell's formula. */
export class EtFunctionRegistry {
  /** every AddCustomFunction call, in order */
  readonly registrations: EtRegistration[] = [];
  /** the global `wps` as the add-in's entry page sees it: AddCustomFunction and no other member */
  readonly wps: { AddCustomFunction: (namespace: string, name: string, fn: (...args: unknown[]) => unknown) => void };

  constructor(
    /** functions.json as manifest.xml points WPS at it: the declared types shape arguments and check results */
    private readonly metadata?: { namespace: string; json: WpsFunctionsJson },
    /** the simulated host, for range arguments */
    private readonly app?: EtApplication,
  ) {
    const target = {
      AddCustomFunction: (namespace: string, name: string, fn: (...args: unknown[]) => unknown): void => {
        if (typeof namespace !== "string" || !IDENTIFIER.test(namespace)) throw etError(`AddCustomFunction: bad namespace ${String(namespace)}`);
        if (typeof name !== "string" || !IDENTIFIER.test(name)) throw etError(`AddCustomFunction: bad function name ${String(name)}`);
        if (typeof fn !== "function") throw etError(`AddCustomFunction: ${name} is not a function`);
        this.registrations.push({ namespace, name, fn });
      },
    };
    this.wps = new Proxy(target, {
      get(t, p) {
        if (typeof p === "symbol" || p === "then" || p === "toJSON") return Reflect.get(t, p);
        if (p !== "AddCustomFunction") throw new EtNotImplemented(`wps.${p}`);
        return t.AddCustomFunction;
      },
    });
  }

  /** "JILI.KPI_POINTS" for each function registered (a later registration of a name replaces the earlier: assumed). */
  get names(): string[] {
    return [...new Set(this.registrations.map((r) => `${r.namespace}.${r.name}`.toUpperCase()))];
  }

  private find(formulaName: string): EtRegistration | undefined {
    const key = formulaName.toUpperCase();
    return [...this.registrations].reverse().find((r) => `${r.namespace}.${r.name}`.toUpperCase() === key);
  }

  private declared(formulaName: string) {
    if (!this.metadata) return undefined;
    const [ns, name] = formulaName.split(".");
    if (ns.toUpperCase() !== this.metadata.namespace.toUpperCase()) return undefined;
    return this.metadata.json.functions.find((f) => f.name.toUpperCase() === name?.toUpperCase());
  }

  private read(arg: EtRangeArgument): unknown {
    if (!this.app) throw new Error("a range argument needs the simulated host");
    const bang = arg.range.lastIndexOf("!");
    const book = this.app.ActiveWorkbook;
    const sheet = bang < 0 ? book.ActiveSheet : book.Sheets.Item(arg.range.slice(0, bang).replace(/^'|'$/g, ""));
    return sheet.Range(bang < 0 ? arg.range : arg.range.slice(bang + 1)).Value2;
  }

  /**
   * A cell's `=NAMESPACE.NAME(args)`, as WPS makes it: each argument a value (a number, text, a boolean, rows of them)
   * or a range read through Value2; omitted trailing arguments are not passed. Throws where WPS's behaviour is not
   * simulated (a function not registered, more arguments than declared, a missing required one, a range for a
   * single-value parameter) and where the result breaks what WPS documents (a Promise; not the declared type).
   */
  call(formulaName: string, args: (unknown | EtRangeArgument)[], options: EtFunctionCallOptions = {}): unknown {
    const r = this.find(formulaName);
    if (!r) throw new Error(`#NAME? ${formulaName} is not registered`);
    const f = this.declared(formulaName);
    const values = args.map((a) => (isRange(a) ? this.read(a) : a));
    if (f) {
      if (values.length > f.parameters.length) throw new Error(`${formulaName}: ${values.length} arguments, ${f.parameters.length} declared (not simulated)`);
      f.parameters.forEach((p, k) => {
        const optional = p.type.endsWith("?");
        if (k >= values.length) {
          if (!optional) throw new Error(`${formulaName}: the required argument ${p.name} is missing (not simulated)`);
          return;
        }
        const matrix = p.type.replace(/\?$/, "").endsWith("[][]");
        if (matrix && !Array.isArray(values[k]) && options.shape !== "as-is") values[k] = [[values[k]]];
        if (!matrix && Array.isArray(values[k])) throw new Error(`${formulaName}: a range for the single-value parameter ${p.name} (not simulated)`);
      });
    } else if (values.some((v) => Array.isArray(v) && v.length > 0 && !Array.isArray(v[0]))) {
      throw new Error(`${formulaName}: a one-dimensional array argument (WPS passes ranges as rows)`);
    }
    const result = r.fn(...values);
    if (result !== null && typeof result === "object" && typeof (result as { then?: unknown }).then === "function") {
      throw new Error(`${formulaName} returned a Promise: WPS calls custom functions synchronously only`);
    }
    if (f) {
      const problem = resultProblem(result, f.result.type);
      if (problem) throw new Error(`${formulaName}: ${problem}`);
    }
    return result;
  }
}

function isRange(a: unknown): a is EtRangeArgument {
  return typeof a === "object" && a !== null && !Array.isArray(a) && typeof (a as EtRangeArgument).range === "string";
}

const SCALAR: Record<string, (v: unknown) => boolean> = {
  string: (v) => typeof v === "string",
  number: (v) => typeof v === "number",
  bool: (v) => typeof v === "boolean",
  any: (v) => typeof v === "string" || typeof v === "number" || typeof v === "boolean",
};

/** Why a result does not fit the declared type: a 2-D type needs a non-empty rectangular array of cells of that type. */
function resultProblem(result: unknown, type: string): string | null {
  const matrix = type.endsWith("[][]");
  const fits = SCALAR[type.replace("[][]", "")];
  if (!fits) return `undeclared result type ${type}`;
  if (!matrix) return fits(result) ? null : `the result ${JSON.stringify(result)} is not a ${type}`;
  if (!Array.isArray(result) || result.length === 0) return "the result is not a non-empty 2-D array";
  if (result.some((row) => !Array.isArray(row))) return "the result is a one-dimensional array (WPS refuses them)";
  const width = (result[0] as unknown[]).length;
  if (width === 0 || result.some((row) => (row as unknown[]).length !== width)) return "the result's rows differ in length";
  for (const row of result as unknown[][]) for (const v of row) if (!fits(v)) return `a result cell ${JSON.stringify(v)} is not a ${type.replace("[][]", "")} (a WPS cell shows text, numbers and booleans)`;
  return null;
}
