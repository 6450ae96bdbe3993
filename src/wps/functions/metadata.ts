/*
 * The JILI functions' metadata for WPS 表格, derived from the Excel add-in's: WPS reads functions.json through the
 * <Functions> of the add-in's manifest.xml (Kingsoft's page "wps加载项自定义函数"). The webpack build (--env wps)
 * generates the Excel metadata from src/functions/functions.ts with Microsoft's generator, as the Excel build does,
 * and passes it through wpsFunctionsJson; nothing here is written by hand per function. Pure: webpack.config.ts and
 * the tests import it.
 */
import { FunctionsMetadata, localizeMetadata, Translation } from "../../functions/metadata/localize";

/** The namespace of the functions in a cell (JILI.REWARD(…)): the same as the Excel add-in's. */
export const WPS_NAMESPACE = "JILI";

/** Where manifest.xml says functions.json is: the add-in folder's root, as in Kingsoft's templates. */
export const FUNCTIONS_URI = "/functions.json";

/** A type functions.json allows: string, number, bool, any, or a 2-D array of one (one-dimensional arrays are refused). */
export type WpsType = `${"string" | "number" | "bool" | "any"}${"" | "[][]"}`;

export interface WpsParameter {
  name: string;
  description: string;
  /** the type, with a trailing "?" when the parameter may be omitted */
  type: WpsType | `${WpsType}?`;
}

export interface WpsFunction {
  name: string;
  description: string;
  parameters: WpsParameter[];
  result: { type: WpsType };
}

/** functions.json as WPS documents it. */
export interface WpsFunctionsJson {
  functions: WpsFunction[];
}

const BASE: Record<string, string> = { any: "any", string: "string", number: "number", boolean: "bool" };

/** The WPS type of an Excel parameter or result (type, dimensionality, optional); other Excel types have no WPS form. */
function wpsType(where: string, p: { type?: unknown; dimensionality?: unknown; optional?: unknown }, allowOptional: boolean): string {
  const base = BASE[String(p.type ?? "any")];
  if (!base) throw new Error(`${where}: the Excel type ${String(p.type)} has no WPS form`);
  const dims = p.dimensionality === "matrix" ? "[][]" : p.dimensionality === undefined || p.dimensionality === "scalar" ? "" : null;
  if (dims === null) throw new Error(`${where}: dimensionality ${String(p.dimensionality)} has no WPS form`);
  if (p.optional === true && !allowOptional) throw new Error(`${where}: a result cannot be optional`);
  return `${base}${dims}${p.optional === true ? "?" : ""}`;
}

/**
 * functions.json for WPS from the Excel metadata (the generated functions.json) and its zh-CN table (the one the
 * Excel build derives functions-zh-cn.json from): one function per Excel function, in the same order, named by its id
 * (the name a cell calls after `JILI.`), with the same parameters (same names, order, 2-D or single, optional) and the
 * zh-CN words — WPS reads one functions.json and documents no localized one. A missing translation fails, as in Excel.
 */
export function wpsFunctionsJson(excel: FunctionsMetadata, zhCN: Translation): WpsFunctionsJson {
  const zh = localizeMetadata(excel, zhCN);
  const functions = excel.functions.map((f, i): WpsFunction => {
    const z = zh.functions[i];
    const parameters = (f.parameters ?? []).map((p, k): WpsParameter => {
      const zp = z.parameters?.[k];
      return { name: p.name, description: `${zp?.name}：${zp?.description}`, type: wpsType(`${f.id} ${p.name}`, { type: p.type, dimensionality: p.dimensionality, optional: p.optional }, true) as WpsParameter["type"] };
    });
    const result = (f.result ?? {}) as { type?: unknown; dimensionality?: unknown };
    return { name: f.id, description: String(z.description), parameters, result: { type: wpsType(`${f.id} result`, result, false) as WpsType } };
  });
  const out: WpsFunctionsJson = { functions };
  const problems = functionsJsonProblems(out);
  if (problems.length) throw new Error(`functions.json for WPS cannot be made:\n  ${problems.join("\n  ")}`);
  return out;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const TYPE = /^(string|number|bool|any)(\[\]\[\])?$/;

function keysOnly(where: string, o: object, allowed: string[], problems: string[]): void {
  for (const k of Object.keys(o)) if (!allowed.includes(k)) problems.push(`${where}: unknown key ${k}`);
}

/**
 * What in a functions.json differs from the documented shape: { functions: [ { name, description, parameters:
 * [ { name, description, type } ], result: { type } } ] }, types string / number / bool / any or their 2-D arrays, "?"
 * after a parameter's type for an optional one, names as identifiers (the toolkit's rule), no name twice, and no
 * required parameter after an optional one (an omitted argument can only be a trailing one).
 */
export function functionsJsonProblems(json: unknown): string[] {
  const problems: string[] = [];
  if (typeof json !== "object" || json === null || !Array.isArray((json as WpsFunctionsJson).functions)) return ["functions.json is not { functions: [...] }"];
  keysOnly("functions.json", json, ["functions"], problems);
  const seen = new Set<string>();
  (json as WpsFunctionsJson).functions.forEach((f, i) => {
    const where = `functions[${i}]${typeof f?.name === "string" ? ` ${f.name}` : ""}`;
    if (typeof f !== "object" || f === null) return void problems.push(`${where}: not an object`);
    keysOnly(where, f, ["name", "description", "parameters", "result"], problems);
    if (typeof f.name !== "string" || !NAME.test(f.name)) problems.push(`${where}: name must match ${NAME}`);
    else if (seen.has(f.name.toUpperCase())) problems.push(`${where}: name given twice`);
    else seen.add(f.name.toUpperCase());
    if (typeof f.description !== "string" || !f.description.trim()) problems.push(`${where}: no description`);
    if (!Array.isArray(f.parameters)) problems.push(`${where}: parameters must be an array`);
    else {
      let optionalSeen = false;
      f.parameters.forEach((p, k) => {
        const pw = `${where} parameter ${k + 1}`;
        if (typeof p !== "object" || p === null) return void problems.push(`${pw}: not an object`);
        keysOnly(pw, p, ["name", "description", "type"], problems);
        if (typeof p.name !== "string" || !NAME.test(p.name)) problems.push(`${pw}: name must match ${NAME}`);
        if (typeof p.description !== "string" || !p.description.trim()) problems.push(`${pw}: no description`);
        const optional = typeof p.type === "string" && p.type.endsWith("?");
        const type = typeof p.type === "string" ? p.type.replace(/\?$/, "") : "";
        if (!TYPE.test(type)) problems.push(`${pw}: type ${String(p.type)} is not string, number, bool or any, alone or as a 2-D array, with "?" if optional`);
        if (optionalSeen && !optional) problems.push(`${pw}: a required parameter after an optional one`);
        optionalSeen ||= optional;
      });
    }
    if (typeof f.result !== "object" || f.result === null) problems.push(`${where}: no result`);
    else {
      keysOnly(`${where} result`, f.result, ["type"], problems);
      if (!TYPE.test(String(f.result.type))) problems.push(`${where} result: type ${String(f.result.type)} is not string, number, bool or any, alone or as a 2-D array`);
    }
  });
  return problems;
}

/**
 * The add-in's manifest.xml with the <Functions> that points WPS at functions.json and names the namespace, inserted
 * before </JsPlugin> (the layout of Kingsoft's templates). A manifest that already has <Functions> is refused.
 */
export function withFunctions(manifest: string, namespace = WPS_NAMESPACE, uri = FUNCTIONS_URI): string {
  if (/<Functions[\s>]/.test(manifest.replace(/<!--[\s\S]*?-->/g, ""))) throw new Error("manifest.xml already has <Functions>: the build adds them (src/wps/functions/metadata.ts)");
  const end = manifest.lastIndexOf("</JsPlugin>");
  if (end < 0) throw new Error("manifest.xml has no </JsPlugin>");
  const block = `  <Functions>\n    <Uri>${uri}</Uri>\n    <Namespace>${namespace}</Namespace>\n  </Functions>\n`;
  return `${manifest.slice(0, end)}${block}${manifest.slice(end)}`;
}
