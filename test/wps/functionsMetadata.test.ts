import { readFileSync } from "fs";
import { join } from "path";
import { XMLParser } from "fast-xml-parser";
import { JILI_CALLS, JiliCallId } from "../../src/functions/calls";
import { FunctionsMetadata, Translation } from "../../src/functions/metadata/localize";
import zhCN from "../../src/functions/metadata/zh-CN.json";
import { functionsJsonProblems, withFunctions, WPS_NAMESPACE, WpsFunctionsJson, wpsFunctionsJson } from "../../src/wps/functions/metadata";
import { wpsFunction } from "../../src/wps/functions/register";
import { excelMetadata } from "./functionsSupport";

// functions.json for WPS is derived from the Excel add-in's generated metadata: the two cannot drift, and what WPS
// reads has the shape Kingsoft documents (page "wps加载项自定义函数").

let excel: FunctionsMetadata;
let wps: WpsFunctionsJson;

beforeAll(async () => {
  excel = await excelMetadata();
  wps = wpsFunctionsJson(excel, zhCN as Translation);
});

describe("functions.json for WPS against the Excel metadata", () => {
  test("the same functions in the same order, named by the Excel ids, and the registration has each of them", () => {
    expect(wps.functions.map((f) => f.name)).toEqual(excel.functions.map((f) => f.id));
    expect(Object.keys(JILI_CALLS)).toEqual(excel.functions.map((f) => f.id));
  });

  test("each parameter: same name and order, optional in both or neither, a 2-D array exactly where Excel has a matrix", () => {
    const BASE: Record<string, string> = { any: "any", string: "string", number: "number", boolean: "bool" };
    excel.functions.forEach((f, i) => {
      const w = wps.functions[i];
      const expected = (f.parameters ?? []).map((p) => ({
        name: p.name,
        type: `${BASE[String(p.type)]}${p.dimensionality === "matrix" ? "[][]" : ""}${p.optional === true ? "?" : ""}`,
      }));
      expect(w.parameters.map((p) => ({ name: p.name, type: p.type }))).toEqual(expected);
      expect(w.result).toEqual({ type: f.result && (f.result as { dimensionality?: string }).dimensionality === "matrix" ? "any[][]" : "any" });
    });
  });

  test("the words are the zh-CN table's, the one the Excel build derives functions-zh-cn.json from", () => {
    const table = zhCN as Translation;
    for (const f of wps.functions) {
      expect(f.description).toBe(table[f.name].description);
      for (const p of f.parameters) expect(p.description).toBe(`${table[f.name].parameters[p.name].name}：${table[f.name].parameters[p.name].description}`);
    }
  });

  test("each registered function takes as many arguments as functions.json declares", () => {
    for (const f of wps.functions) {
      expect(JILI_CALLS[f.name as JiliCallId].length).toBe(f.parameters.length);
      expect(wpsFunction(f.name as JiliCallId).length).toBe(f.parameters.length);
    }
  });

  test("the namespace is JILI, the Excel add-in's (manifest.xml's Functions.Namespace)", () => {
    const manifest = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");
    expect(manifest).toContain(`<bt:String id="Functions.Namespace" DefaultValue="${WPS_NAMESPACE}"/>`);
  });

  test("a function missing from the zh-CN table, or an Excel type WPS has no form for, fails the build", () => {
    const partial = { ...(zhCN as Translation) };
    delete partial.GRADE;
    expect(() => wpsFunctionsJson(excel, partial)).toThrow("no translation for GRADE");
    const invocation = JSON.parse(JSON.stringify(excel)) as FunctionsMetadata;
    invocation.functions[0].parameters![0].type = "CustomFunctions.Invocation";
    expect(() => wpsFunctionsJson(invocation, zhCN as Translation)).toThrow("KPI_POINTS targetStatus: the Excel type CustomFunctions.Invocation has no WPS form");
  });
});

describe("the documented shape of functions.json", () => {
  test("the generated file has it", () => {
    expect(functionsJsonProblems(wps)).toEqual([]);
    for (const f of wps.functions) {
      expect(Object.keys(f).sort()).toEqual(["description", "name", "parameters", "result"]);
      for (const p of f.parameters) expect(Object.keys(p).sort()).toEqual(["description", "name", "type"]);
    }
  });

  test("what it refuses: one-dimensional arrays, unknown types and keys, a bad name, a required parameter after an optional one", () => {
    const bad = {
      functions: [
        { name: "A", description: "d", parameters: [{ name: "x", description: "d", type: "number[]" }], result: { type: "any" } },
        { name: "B-1", description: "d", parameters: [{ name: "x", description: "d", type: "boolean" }], result: { type: "any[][]?" } },
        { name: "C", description: "d", parameters: [{ name: "x", description: "d", type: "any?" }, { name: "y", description: "d", type: "any" }], result: { type: "any" }, id: "C" },
        { name: "a", description: "d", parameters: [], result: { type: "string" } },
      ],
    };
    expect(functionsJsonProblems(bad)).toEqual([
      "functions[0] A parameter 1: type number[] is not string, number, bool or any, alone or as a 2-D array, with \"?\" if optional",
      "functions[1] B-1: name must match /^[A-Za-z_][A-Za-z0-9_]*$/",
      "functions[1] B-1 parameter 1: type boolean is not string, number, bool or any, alone or as a 2-D array, with \"?\" if optional",
      "functions[1] B-1 result: type any[][]? is not string, number, bool or any, alone or as a 2-D array",
      "functions[2] C: unknown key id",
      "functions[2] C parameter 2: a required parameter after an optional one",
      "functions[3] a: name given twice",
    ]);
    expect(functionsJsonProblems([])).toEqual(["functions.json is not { functions: [...] }"]);
  });
});

describe("manifest.xml's <Functions>", () => {
  const template = readFileSync(join(__dirname, "..", "..", "src", "wps", "addin", "manifest.xml"), "utf8");

  test("the build adds them to the add-in's manifest: functions.json at the folder's root, namespace JILI", () => {
    const xml = new XMLParser().parse(withFunctions(template)) as { JsPlugin: { Name: string; Functions: { Uri: string; Namespace: string } } };
    expect(xml.JsPlugin.Name).toBe("jili");
    expect(xml.JsPlugin.Functions).toEqual({ Uri: "/functions.json", Namespace: "JILI" });
  });

  test("a manifest that has them already, or is not a JsPlugin, is refused", () => {
    expect(() => withFunctions(withFunctions(template))).toThrow("already has <Functions>");
    expect(() => withFunctions("<Other/>")).toThrow("no </JsPlugin>");
  });
});
