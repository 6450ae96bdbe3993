import { applyRates, loadScheme, ratesModel, tunables } from "../../../src/engine";
import type { RateCell, RatesModel } from "../../../src/engine";
import { getPreset, presetIds } from "../../../src/schemes";

// Issue 20 items 2 and 3: the numbers a clerk may change, as tables grouped by rule. Expected tables typed in from
// docs/presets/mobile-retention.md (营业员: 1–5 households 20 yuan each, from the 6th 40; other listed roles 1–2 → 20,
// from the 3rd 40; 到期目标客户 1 unit, 非到期目标客户 0.5) and repair-dept-grade.md (weights 0.2/0.4/0.3/0.1).

const MOBILE = getPreset("mobile-retention")!;
const rowsOf = (m: RatesModel) => m.sections.map((s) => s.tables.map((t) => t.rows.map((r) => [...r])));
const table = (m: RatesModel, heading: string, t = 0) => {
  const s = m.sections.find((x) => x.heading.endsWith(heading));
  if (!s) throw new Error(`no section ${heading}: ${m.sections.map((x) => x.heading).join(", ")}`);
  return { s: m.sections.indexOf(s), t, table: s.tables[t] };
};

describe("the rates model", () => {
  test("mobile-retention's tier table reads as the catalogue states it, with the other roles named", () => {
    const m = ratesModel(MOBILE, "zh-CN");
    const { table: tiers } = table(m, "揽装奖励合计(元)");
    expect(tiers.columns.map((c) => c.label)).toEqual(["岗位", "户数从", "户数到", "每户奖励（元）"]);
    expect(tiers.rows).toEqual([
      ["营业员", 1, 5, 20],
      ["营业员", 6, null, 40],
      ["其他岗位（中心经理、网格经理、装维经理）", 1, 2, 20],
      ["其他岗位（中心经理、网格经理、装维经理）", 3, null, 40],
    ]);
    expect(tiers.columns[0].choices).toEqual(["营业员", "中心经理", "网格经理", "装维经理", "其他岗位（中心经理、网格经理、装维经理）"]);
    const { table: units } = table(m, "移动效能");
    expect(units.rows).toEqual([["到期目标客户", 1], ["非到期目标客户", 0.5]]);
  });

  test("the English model uses English words", () => {
    const { table: tiers } = table(ratesModel(MOBILE, "en-US"), "Bonus total (yuan)");
    expect(tiers.columns.map((c) => c.label)[0]).toBe("Role");
    expect(tiers.rows[2][0]).toBe("Other role (中心经理, 网格经理, 装维经理)");
  });

  test.each(presetIds())("%s: the tables as written give the scheme back unchanged, in both languages", (id) => {
    const scheme = getPreset(id)!;
    for (const lang of ["zh-CN", "en-US"] as const) {
      const m = ratesModel(scheme, lang);
      const back = applyRates(scheme, m, rowsOf(m));
      expect(back.ok).toBe(true);
      if (back.ok) expect(back.scheme).toEqual(scheme);
    }
  });

  test.each(presetIds())("%s: every number what-if can change is a cell of some table", (id) => {
    const scheme = getPreset(id)!;
    const m = ratesModel(scheme, "zh-CN");
    const cells = new Set(m.sections.flatMap((s) => s.tables.flatMap((t) => t.numbers.map((n) => JSON.stringify(n.path)))));
    const missing = tunables(scheme, "zh-CN").filter((t) => !cells.has(JSON.stringify(t.path)));
    expect(missing.map((t) => t.label)).toEqual([]);
  });

  test("营业员 beyond the fifth household 40 → 50: the scheme pays 50 from the 6th", () => {
    const m = ratesModel(MOBILE, "zh-CN");
    const rows = rowsOf(m);
    const { s, t } = table(m, "揽装奖励合计(元)");
    rows[s][t][1][3] = 50;
    const back = applyRates(MOBILE, m, rows);
    expect(back.ok && back.scheme.parts[0].steps.find((x) => x.kind === "progressive")).toMatchObject({ tiersBy: { tables: { 营业员: [{ upTo: 5, rate: 20 }, { rate: 50 }] } } });
  });

  test("a tier added (营业员 6–10 at 40, from the 11th 60) and one deleted (other roles one flat 30)", () => {
    const m = ratesModel(MOBILE, "zh-CN");
    const rows = rowsOf(m);
    const { s, t } = table(m, "揽装奖励合计(元)");
    const other = "其他岗位（中心经理、网格经理、装维经理）";
    rows[s][t] = [["营业员", 1, 5, 20], ["营业员", 6, 10, 40], ["营业员", 11, null, 60], [other, 1, null, 30]];
    const back = applyRates(MOBILE, m, rows);
    expect(back.ok).toBe(true);
    const step = back.ok ? (back.scheme.parts[0].steps.find((x) => x.kind === "progressive") as { tiersBy: { tables: unknown } }) : null;
    expect(step?.tiersBy.tables).toEqual({ 营业员: [{ upTo: 5, rate: 20 }, { upTo: 10, rate: 40 }, { rate: 60 }], "*": [{ rate: 30 }] });
  });

  const bad = (edit: (rows: RateCell[][]) => void) => {
    const m = ratesModel(MOBILE, "zh-CN");
    const rows = rowsOf(m);
    const { s, t } = table(m, "揽装奖励合计(元)");
    edit(rows[s][t]);
    const back = applyRates(MOBILE, m, rows);
    if (back.ok) throw new Error("accepted");
    return back.problems.map((p) => ({ table: [p.section, p.table].join("/"), row: p.row, col: p.col, code: p.code, zh: p.message["zh-CN"], en: p.message["en-US"], at: `${s}/${t}` }));
  };

  test("a rate typed as 四十 is refused at its cell, in both languages", () => {
    const [p] = bad((r) => (r[1][3] = "四十"));
    expect(p).toMatchObject({ row: 1, col: 3, code: "RATE_NOT_NUMBER" });
    expect(p.table).toBe(p.at);
    expect(p.zh).toContain("「四十」不是数字");
    expect(p.en).toContain('"四十" is not one');
  });

  test("a typed number with 元 or full-width digits is read as the number (C4)", () => {
    const m = ratesModel(MOBILE, "zh-CN");
    const rows = rowsOf(m);
    const { s, t } = table(m, "揽装奖励合计(元)");
    rows[s][t][1][3] = "５０元";
    const back = applyRates(MOBILE, m, rows);
    expect(back.ok && JSON.stringify(back.scheme)).toContain('"营业员":[{"upTo":5,"rate":20},{"rate":50}]');
  });

  test("a role outside the drop-down is refused and names the allowed ones", () => {
    const [p] = bad((r) => (r[0][0] = "店长"));
    expect(p).toMatchObject({ row: 0, col: 0, code: "RATE_NOT_A_CHOICE" });
    expect(p.zh).toContain("营业员、中心经理、网格经理、装维经理");
  });

  test("bounds that no longer ascend are refused by the validator, named at the tier's row", () => {
    const problems = bad((r) => {
      r.splice(1, 0, ["营业员", 6, 3, 30]);
      r[2][1] = 4;
    });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.table === p.at)).toBe(true);
    expect(problems.some((p) => p.row === 1 || p.row === 2)).toBe(true);
  });

  test("户数从 that does not follow the tier before is refused (the tiers would not say what the sheet shows)", () => {
    const [p] = bad((r) => (r[1][1] = 7));
    expect(p).toMatchObject({ row: 1, col: 1, code: "RATE_FROM_MISMATCH" });
    expect(p.zh).toContain("应为 6");
  });

  test("a fixed label typed over is refused (weights of repair-dept-grade)", () => {
    const scheme = getPreset("repair-dept-grade")!;
    const m = ratesModel(scheme, "zh-CN");
    const { s, t, table: w } = table(m, "加权得分");
    expect(w.rows).toEqual([["工作态度", 0.2], ["维修技能", 0.4], ["服从情况", 0.3], ["部门协作", 0.1]]);
    const rows = rowsOf(m);
    rows[s][t][0][0] = "态度";
    const back = applyRates(scheme, m, rows);
    expect(back.ok ? [] : back.problems.map((p) => p.code)).toEqual(["RATE_FIXED_CHANGED"]);
  });

  test("a parameter left blank stays not set (pending), never 0", () => {
    const scheme = loadScheme({ ...JSON.parse(JSON.stringify(getPreset("rd-assist-hourly"))) });
    const m = ratesModel(scheme, "zh-CN");
    const s = m.sections.findIndex((x) => x.id === "params");
    const rows = rowsOf(m);
    const t = m.sections[s].tables.findIndex((x) => x.rows.some((r) => r[1] === 40));
    const r = m.sections[s].tables[t].rows.findIndex((x) => x[1] === 40);
    rows[s][t][r][1] = null;
    const back = applyRates(scheme, m, rows);
    expect(back.ok && back.scheme.params.find((p) => p.key === "hourlyRate")?.value).toBeUndefined();
  });
});
