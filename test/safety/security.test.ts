import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type { ESLint } from "eslint";
import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import { evaluate, loadScheme, MAX_SCHEME_SIZE, SchemeError } from "../../src/engine";
import { csvCell } from "../../src/cli/writeCsv";
import { readCsv } from "../../src/cli/readCsv";
import mobileRetention from "../../src/schemes/mobile-retention.json";
import { example, jili, jiliInProcess, ROOT, tmpDir } from "../cli/helpers";
import { MOBILE_FLAG_HEADERS, MOBILE_FLAG_VALUES } from "../support/explicitInputs";

// Security checks of issue 8, part 5: no eval, scheme documents validated and size-limited before use, formula
// injection escaped in CSV and never possible in the workbooks Jili writes. (The add-in's manifest permissions and
// Content Security Policy belong to the task pane, written separately.)


const SRC = path.join(ROOT, "src");
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(e.name) ? [p] : [];
  });
}

describe("no eval anywhere in src", () => {
  const RULES = ["no-eval", "no-implied-eval", "no-new-func", "no-restricted-syntax"];

  test("no source file calls eval, new Function, Function(…) or a timer with a string", () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const text = fs.readFileSync(file, "utf8").replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, "");
      const patterns = [/(^|[^.\w$])eval\s*\(/, /new\s+Function\s*\(/, /(^|[^.\w$])Function\s*\(/, /set(Timeout|Interval)\s*\(\s*["'`]/, /\bimport\s*\(\s*[^"'`\s]/];
      for (const re of patterns) if (re.test(text)) offenders.push(`${path.relative(ROOT, file)}: ${re}`);
    }
    expect(offenders).toEqual([]);
  });

  test("the ESLint rules that forbid it are on for src, catch it, and find nothing in src", () => {
    // ESLint runs as a subprocess: its flat config is an ES module, which jest's CommonJS sandbox cannot import
    const eslint = (args: string[], input?: string) => {
      const r = spawnSync(process.execPath, [path.join(ROOT, "node_modules", "eslint", "bin", "eslint.js"), ...args], { cwd: ROOT, input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
      return r.stdout;
    };
    const config = JSON.parse(eslint(["--print-config", "src/engine/index.ts"])) as { rules: Record<string, unknown> };
    for (const rule of RULES) expect({ rule, on: [2, "error"].includes([config.rules[rule]].flat()[0] as number) }).toEqual({ rule, on: true });
    // the rules work: a planted eval is reported
    const planted = JSON.parse(eslint(["--format", "json", "--stdin", "--stdin-filename", "src/engine/planted.ts"], 'export const f = (s: string) => eval(s);\nexport const g = new Function("return 1");\n')) as ESLint.LintResult[];
    expect(planted[0].messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(["no-eval", "no-new-func"]));
    // and src is clean
    const results = JSON.parse(eslint(["--format", "json", "src"])) as ESLint.LintResult[];
    expect(results.length).toBeGreaterThan(20);
    const hits = results.flatMap((r) => r.messages.filter((m) => RULES.includes(m.ruleId ?? "")).map((m) => `${path.relative(ROOT, r.filePath)}:${m.line} ${m.ruleId}`));
    expect(hits).toEqual([]);
  });
});

describe("scheme documents are validated and size-limited before use", () => {
  test(`loadScheme refuses text over MAX_SCHEME_SIZE (${MAX_SCHEME_SIZE} characters) before parsing it`, () => {
    const big = JSON.stringify({ ...clone(mobileRetention), description: { "zh-CN": "长".repeat(MAX_SCHEME_SIZE), "en-US": "x" } });
    expect(() => loadScheme(big)).toThrow(SchemeError);
    try {
      loadScheme(big);
    } catch (e) {
      expect((e as SchemeError).issues.map((i) => i.code)).toEqual(["SCHEME_TOO_LARGE"]);
    }
    // just under the limit, the same document loads
    expect(loadScheme(JSON.stringify(mobileRetention)).id).toBe("mobile-retention");
  });

  test("jili refuses an oversized scheme file (exit 2, both languages), whether the byte pre-check or loadScheme stops it", async () => {
    const dir = tmpDir();
    const huge = path.join(dir, "huge.json");
    fs.writeFileSync(huge, JSON.stringify({ ...clone(mobileRetention), description: { "zh-CN": "x".repeat(MAX_SCHEME_SIZE * 4 + 10), "en-US": "x" } }));
    const over = path.join(dir, "over.json");
    fs.writeFileSync(over, JSON.stringify({ ...clone(mobileRetention), description: { "zh-CN": "x".repeat(MAX_SCHEME_SIZE), "en-US": "x" } }));
    for (const file of [huge, over]) {
      const r = await jili(["validate", example("mobile-retention.xlsx"), "-s", file]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("方案文件过大");
      expect(r.stderr).toContain("The scheme file is too large");
      expect(r.stdout).toBe("");
    }
  });

  test("an expression cannot reach JavaScript: constructors, prototypes, globals and member calls are rejected by loadScheme", () => {
    const attempts = [
      "constructor.constructor('return process')()",
      "recruiter.constructor",
      "params.__proto__",
      "params.constructor",
      "this",
      "process.exit(1)",
      "globalThis",
      "require('fs')",
      "(() => 1)()",
      "recruiter[\"length\"]",
      "new Date()",
      "`${recruiter}`",
      "eval('1')",
      "Function('return 1')()",
    ];
    const accepted: string[] = [];
    for (const expr of attempts) {
      const doc = clone(mobileRetention) as { parts: { steps: { when?: string }[] }[] };
      doc.parts[0].steps[0].when = expr;
      try {
        loadScheme(doc);
        accepted.push(expr);
      } catch (e) {
        expect(e).toBeInstanceOf(SchemeError);
      }
    }
    expect(accepted).toEqual([]);
  });

  test("a __proto__ key in a scheme file pollutes nothing", () => {
    const text = JSON.stringify(mobileRetention).replace(/^\{/, '{"__proto__":{"polluted":true},');
    try {
      loadScheme(text);
    } catch (e) {
      expect(e).toBeInstanceOf(SchemeError);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const s = loadScheme(JSON.stringify(mobileRetention));
    // the three exclusion flags stated (否): mobile-retention has no default for them (issue 17)
    const r = evaluate(s, {
      headers: ["揽装人", "岗位", "办理日期", "客户类型", "是否有效4G用户", ...MOBILE_FLAG_HEADERS, "__proto__", "constructor"],
      rows: [["王丽", "营业员", "2016-01-04", "到期目标客户", "是", ...MOBILE_FLAG_VALUES, "x", "y"]],
    });
    expect(r.rows()[0].status).toBe("ok");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("formula injection", () => {
  test("CSV: any text starting with = + - @ tab or CR is escaped with a leading ' (numbers such as -20 are not); it reads back as written", () => {
    fc.assert(
      fc.property(fc.constantFrom("=", "+", "-", "@", "\t", "\r"), fc.string({ maxLength: 20 }), (head, rest) => {
        const s = head + rest;
        const out = csvCell(s);
        // the one exception the CLI documents: a negative number (-20, -1,200, -5%) is data, not a formula
        const plainNumber = /^-(\d+|\d{1,3}(,\d{3})+)(\.\d+)?%?$/.test(s.trim());
        const unquoted = out.startsWith('"') ? out.slice(1) : out;
        if (plainNumber) expect(unquoted.startsWith("'")).toBe(false);
        else expect(unquoted.startsWith("'")).toBe(true);
        // the cell reads back (after the escape) to what was written
        const back = readCsv(Buffer.from(`${out},x\r\n`)).cells[0][0];
        expect(back).toBe(plainNumber ? s : `'${s}`);
      }),
      { seed: 8, numRuns: 300 },
    );
  });

  test("xlsx: text Jili writes (reasons quoting the user's cells, names in the summary) is always a string cell, never a formula", async () => {
    const dir = tmpDir();
    const input = path.join(dir, "inject.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("订单");
    ws.addRow(["揽装人", "岗位", "办理日期", "客户类型", "是否有效4G用户", ...MOBILE_FLAG_HEADERS]);
    ws.addRow(["=1+1", "营业员", "2016-01-04", "到期目标客户", "是", ...MOBILE_FLAG_VALUES]);
    ws.addRow(["@SUM(1)", "营业员", "2016-01-04", "=cmd|' /C calc'!A0", "是", ...MOBILE_FLAG_VALUES]);
    ws.addRow(["+86", "-1+2", "2016-01-04", "到期目标客户", "是", ...MOBILE_FLAG_VALUES]);
    fs.writeFileSync(input, Buffer.from(await wb.xlsx.writeBuffer()));
    const out = path.join(dir, "inject.jili.xlsx");
    const r = await jiliInProcess(["fill", input, "-s", "mobile-retention", "--out", out]);
    expect(r.code).toBe(1);
    const z = await JSZip.loadAsync(fs.readFileSync(out));
    const before = await JSZip.loadAsync(fs.readFileSync(input));
    const formulas = async (zip: JSZip) =>
      (
        await Promise.all(
          Object.keys(zip.files)
            .filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))
            .map(async (f) => (await zip.file(f)!.async("string")).match(/<f[ >]/g)?.length ?? 0),
        )
      ).reduce((a, b) => a + b, 0);
    expect(await formulas(z)).toBe(await formulas(before));
    const all = (await Promise.all(Object.keys(z.files).filter((f) => f.endsWith(".xml")).map((f) => z.file(f)!.async("string")))).join("\n");
    expect(all).toContain("=cmd|&apos; /C calc&apos;!A0");
    expect(all).toMatch(/t="inlineStr"><is><t[^>]*>=1\+1<\/t>/);
  });
});
