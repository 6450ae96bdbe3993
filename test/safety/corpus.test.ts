import { JsonDocument } from "../../src/cli/jsonDoc";
import { checkFn, gradeFn, kpiPointsFn, referralBonusFn, rewardFn } from "../../src/functions/functions";
import { CliOutcome, jili, jiliInProcess } from "../cli/helpers";
import { Case, CASES, EngineRun, engineRun, Expected, fileOf, FunctionCase, RowCase, sorted } from "./corpus";

// Every workbook of the bad-input corpus (test/fixtures/bad, scripts/generate-bad-fixtures.ts) goes through
// 1. the engine, fed exactly what the command line reads from the file;
// 2. the cell functions CHECK and REWARD over the same range (and row functions where a case names a function argument);
// 3. `jili validate --json` as a subprocess, and the text report in both languages;
// and all of them must give the expected answer of cases.json: the same statuses, codes and values everywhere, a
// reason naming the row and the column for every row that is not ok, and never a silent 0 on an invalid row.
// A case row may carry `gap` (an expectation the code does not meet yet): it then runs as test.failing until fixed.


const FUNCTIONS: Record<string, (...args: never[]) => unknown[][]> = {
  REFERRAL_BONUS: referralBonusFn as never,
  KPI_POINTS: kpiPointsFn as never,
  GRADE: gradeFn as never,
};

const runs = new Map<string, EngineRun>();
const cli = new Map<string, CliOutcome>();

beforeAll(async () => {
  await Promise.all(
    CASES.map(async (c) => {
      runs.set(c.id, await engineRun(c));
      cli.set(c.id, await jili(["validate", fileOf(c), "--scheme", c.scheme, "--json"]));
    }),
  );
});

const value = (v: unknown) => (typeof v === "number" && Object.is(v, -0) ? 0 : v);

/** What the engine says about one row, in the manifest's terms. */
function engineRow(run: EngineRun, rc: RowCase) {
  const i = run.result.rowNumbers.indexOf(rc.row);
  if (i < 0) return { row: rc.row, missing: true };
  const r = run.result.row(i);
  const out: Record<string, unknown> = { row: r.row, status: r.status, codes: sorted(r.reasons.map((x) => x.code)) };
  if (rc.warnings) out.warnings = sorted([...r.warnings, ...r.notes].map((x) => x.code));
  if (rc.cell) out.cells = r.reasons.filter((x) => x.columnLetter).map((x) => `${x.columnLetter}${r.row}`);
  if (rc.outputs) out.outputs = Object.fromEntries(Object.keys(rc.outputs).map((k) => [k, value(r.outputs[k]?.value)]));
  if (rc.texts) out.texts = Object.fromEntries(Object.keys(rc.texts).map((k) => [k, r.outputs[k]?.text]));
  return out;
}

function expectedRow(rc: RowCase) {
  const out: Record<string, unknown> = { row: rc.row, status: rc.status, codes: sorted(rc.codes) };
  if (rc.warnings) out.warnings = sorted(rc.warnings);
  if (rc.cell) out.cells = expect.arrayContaining([rc.cell]);
  if (rc.outputs) out.outputs = rc.outputs;
  if (rc.texts) out.texts = rc.texts;
  return out;
}

/** The first row output named in the case (the amount REWARD is asked for). */
const rewardOutput = (c: Case) => c.rows.flatMap((r) => Object.keys(r.outputs ?? {}))[0];

function callFunction(f: FunctionCase): unknown {
  const fn = FUNCTIONS[f.fn];
  if (!fn) throw new Error(`no function ${f.fn} in the test's table`);
  return fn(...(f.args as never[]))[0][0];
}

function expectFunction(f: FunctionCase, got: unknown): void {
  if (typeof f.expect === "object") {
    expect(got).toMatchObject({ code: f.expect.error });
    for (const s of f.expect.contains) expect((got as { message: string }).message).toContain(s);
  } else expect(value(got)).toEqual(f.expect);
}

describe.each(CASES.map((c) => [c.id, c] as [string, Case]))("%s", (_id, c) => {
  const sure = c.rows.filter((r) => !r.gap);
  const gaps = c.rows.filter((r) => r.gap);

  test(`${c.kind}: the file is read where expected (sheet, header row, rows)`, () => {
    const run = runs.get(c.id)!;
    expect({ sheet: run.table.sheet, headerRow: run.table.headerRow + 1 }).toEqual({ sheet: c.sheet, headerRow: c.headerRow });
    expect(run.table.rowNumbers).toEqual(c.rows.map((r) => r.row));
    for (const skipped of c.skippedRows ?? []) expect(run.table.rowNumbers).not.toContain(skipped);
    if (c.missingColumns) expect(run.result.mapping.missingRequired).toEqual(c.missingColumns);
  });

  test("engine: each row's status, codes, cell and values", () => {
    const run = runs.get(c.id)!;
    expect(sure.map((rc) => engineRow(run, rc))).toEqual(sure.map(expectedRow));
  });

  for (const rc of gaps) {
    test.failing(`engine gap, row ${rc.row}: ${rc.gap}`, () => {
      expect(engineRow(runs.get(c.id)!, rc)).toEqual(expectedRow(rc));
    });
  }

  if (c.groups) {
    test("engine: group totals", () => {
      const run = runs.get(c.id)!;
      for (const g of c.groups!) {
        const found = run.result.groups(g.level).find((x) => Object.entries(g.key).every(([k, v]) => x.key[k] === v));
        expect({ level: g.level, key: g.key, outputs: found && Object.fromEntries(Object.keys(g.outputs).map((k) => [k, value(found.outputs[k]?.value)])) }).toEqual(g);
      }
    });
  }

  test("no silent 0 and no unexplained row: every row that is not ok has a reason in both languages; invalid rows have blank amounts", () => {
    const run = runs.get(c.id)!;
    for (const r of run.result.rows(true)) {
      expect(["ok", "excluded", "invalid", "pending"]).toContain(r.status);
      if (r.status === "ok") continue;
      expect(r.reasons.length).toBeGreaterThan(0);
      for (const x of r.reasons) {
        expect(x.message["zh-CN"].length).toBeGreaterThan(0);
        expect(x.message["en-US"].length).toBeGreaterThan(0);
        expect(x.message["zh-CN"]).not.toMatch(/\{\w+\}/);
        expect(x.message["en-US"]).not.toMatch(/\{\w+\}/);
      }
      if (r.status === "invalid") {
        for (const [name, o] of Object.entries(r.outputs)) expect({ name, value: o.value }).toEqual({ name, value: null });
        expect(r.explanation?.["zh-CN"]).toContain(r.reasons[0].code);
        expect(r.explanation?.["en-US"]).toContain(r.reasons[0].code);
      }
    }
  });

  test("cell functions CHECK and REWARD over the same range give the same statuses, codes and amounts", async () => {
    const run = runs.get(c.id)!;
    const headers = [run.table.headers];
    const check = (await checkFn(c.scheme, run.table.rows, headers)).map((r) => r[0]);
    const output = rewardOutput(c);
    const reward = (await rewardFn(c.scheme, output, run.table.rows, headers)).map((r) => r[0]);
    const byRow = new Map(c.rows.map((rc, i) => [rc.row, i]));
    for (const rc of sure) {
      const i = byRow.get(rc.row)!;
      if (rc.status === "ok") expect({ row: rc.row, check: check[i] }).toEqual({ row: rc.row, check: "" });
      else {
        expect(String(check[i]).startsWith(`${rc.status}: `)).toBe(true);
        for (const code of rc.codes) expect(check[i]).toContain(code);
      }
      const want = rc.outputs?.[output];
      if (rc.status === "invalid") expect(reward[i]).toMatchObject({ code: "#VALUE!" });
      else if (want !== undefined) expect({ row: rc.row, value: value(reward[i]) }).toEqual({ row: rc.row, value: want as Expected });
    }
  });

  for (const f of c.functions ?? []) {
    const name = `${f.fn}(${JSON.stringify(f.args)}) → ${JSON.stringify(f.expect)}`;
    if (f.gap) test.failing(`function gap: ${name}: ${f.gap}`, () => expectFunction(f, callFunction(f)));
    else test(`function: ${name}`, () => expectFunction(f, callFunction(f)));
  }

  // the exit code says "some rows are invalid": when only gap rows should be invalid, it waits for the gap too
  const exitWaitsForGap = c.exit === 1 && !sure.some((r) => r.status === "invalid");
  (exitWaitsForGap ? test.failing : test)(`CLI subprocess: exit ${c.exit}${exitWaitsForGap ? " (engine gap: only gap rows are invalid)" : ""}`, () => {
    expect(cli.get(c.id)!.code).toBe(c.exit);
  });

  test("CLI subprocess: the same rows in --json, or the error in both languages", () => {
    const r = cli.get(c.id)!;
    if (c.exit === 2) {
      expect(r.stdout).toBe("");
      for (const s of c.stderr ?? []) expect(r.stderr).toContain(s);
      return;
    }
    const doc = JSON.parse(r.stdout) as JsonDocument;
    expect({ sheet: doc.sheet, headerRow: doc.headerRow }).toEqual({ sheet: c.sheet, headerRow: c.headerRow });
    expect(doc.rows.map((x) => x.row)).toEqual(c.rows.map((x) => x.row));
    const got = sure.map((rc) => {
      const x = doc.rows.find((y) => y.row === rc.row)!;
      const o: Record<string, unknown> = { row: x.row, status: x.status, codes: sorted(x.codes) };
      if (rc.warnings) o.warnings = sorted(x.warnings);
      if (rc.outputs) o.outputs = Object.fromEntries(Object.keys(rc.outputs).map((k) => [k, x.outputs[k]]));
      return o;
    });
    expect(got).toEqual(sure.map((rc) => ({ ...expectedRow(rc), cells: undefined, texts: undefined })).map((o) => JSON.parse(JSON.stringify(o))));
  });

  const named = sure.filter((rc) => rc.cell);
  if (named.length) {
    test("CLI text report, in zh-CN and in en-US: each bad row is named by row, cell and reason", async () => {
      const run = runs.get(c.id)!;
      for (const lang of ["zh-CN", "en-US"] as const) {
        const r = await jiliInProcess(["validate", fileOf(c), "--scheme", c.scheme, "--lang", lang]);
        for (const rc of named) {
          const reason = run.result.row(run.result.rowNumbers.indexOf(rc.row)).reasons.find((x) => `${x.columnLetter}${rc.row}` === rc.cell)!;
          const where = lang === "zh-CN" ? `第 ${rc.row} 行，${rc.cell}：` : `row ${rc.row}, ${rc.cell}: `;
          expect(r.stdout).toContain(`${where}${reason.message[lang]} [${reason.code}]`);
        }
      }
    });
  }
});

describe("a normalised cell is computed with its value, and the explanation says how it was read", () => {
  // the issue asks for "normalized (and the explanation says so)"
  const rows: [string, number, string][] = [
    ["full-width-digits", 2, "１２"],
    ["thousands-currency", 2, "1,200,000"],
    ["thousands-currency", 3, "¥300"],
    ["dates", 6, "2016年1月1日"],
  ];
  test.each(rows)("values: %s row %i (%s) is ok", (id, row) => {
    const run = runs.get(id)!;
    expect(run.result.row(run.result.rowNumbers.indexOf(row)).status).toBe("ok");
  });
  test.each(rows)("the explanation of %s row %i names the cell text %s and what it was read as", (id, row, text) => {
    const run = runs.get(id)!;
    const r = run.result.row(run.result.rowNumbers.indexOf(row), true);
    expect(r.explanation?.["zh-CN"]).toContain(text);
    expect(r.explanation?.["en-US"]).toContain(text);
  });
});
