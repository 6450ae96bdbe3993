import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runInNewContext } from "vm";
import { XMLParser } from "fast-xml-parser";
import { EtFunctionRegistry } from "../../src/preview/etSim/functions";
import { functionsJsonProblems, WpsFunctionsJson } from "../../src/wps/functions/metadata";
import { wpsMetadata } from "./functionsSupport";

// `npm run build:wps` (the same webpack command, into a temporary folder): the add-in's folder holds manifest.xml with
// <Functions>, functions.json made from the Excel metadata, and the entry page loads the bundle that registers the
// functions — run here on the simulated `wps`.

const ROOT = join(__dirname, "..", "..");
let out: string;
let folder: string;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "jili-wps-"));
  folder = join(out, "jili");
  const webpack = join(ROOT, "node_modules", "webpack", "bin", "webpack.js");
  const run = spawnSync(process.execPath, [webpack, "--mode", "production", "--env", "wps", "--output-path", folder], { cwd: ROOT, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`npm run build:wps failed:\n${run.stdout}\n${run.stderr}`);
});

afterAll(() => rmSync(out, { recursive: true, force: true }));

const read = (name: string) => readFileSync(join(folder, name), "utf8");

test("manifest.xml and functions.json sit at the add-in folder's root, beside ribbon.xml", () => {
  for (const f of ["ribbon.xml", "manifest.xml", "functions.json", "index.html", "functions.js"]) expect(existsSync(join(folder, f))).toBe(true);
});

test("manifest.xml names functions.json and the namespace JILI", () => {
  const xml = new XMLParser().parse(read("manifest.xml")) as { JsPlugin: { Functions: unknown } };
  expect(xml.JsPlugin.Functions).toEqual({ Uri: "/functions.json", Namespace: "JILI" });
});

test("functions.json is the one derived from the Excel metadata, in the documented shape", async () => {
  const json = JSON.parse(read("functions.json")) as WpsFunctionsJson;
  expect(json).toEqual(await wpsMetadata());
  expect(functionsJsonProblems(json)).toEqual([]);
});

test("the entry page loads the registration; run on the simulated wps, it registers the eight functions, which compute", async () => {
  expect(read("index.html")).toMatch(/<script[^>]*src="?functions\.js"?/);
  const json = JSON.parse(read("functions.json")) as WpsFunctionsJson;
  const registry = new EtFunctionRegistry({ namespace: "JILI", json });
  const page: Record<string, unknown> = { wps: registry.wps, console };
  page.window = page.self = page.globalThis = page;
  runInNewContext(read("functions.js"), page);
  expect(registry.names).toEqual(json.functions.map((f) => `JILI.${f.name}`));
  // 营业员, 8 households: 5 × 20 + 3 × 40 = 220 (mobile-retention)
  expect(registry.call("JILI.REFERRAL_BONUS", [8, "营业员"])).toEqual([[220]]);
  expect(registry.call("JILI.GRADE", [[[8.9], [9]]])).toEqual([["良"], ["优"]]);
});
