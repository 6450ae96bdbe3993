import fc from "fast-check";
import { evaluate, loadScheme } from "../../../src/engine";
import { getPreset } from "../../../src/schemes";
import { tableOf } from "../../support/runPreset";

const zhen = (zh: string, en: string) => ({ "zh-CN": zh, "en-US": en });

/** rd-assist-like scheme: 40 yuan per hour, a masked bonus parameter, an external amount, a conditional rule. */
const scheme = loadScheme({
  format: "jili-scheme/1",
  id: "hours-test",
  title: zhen("工时", "Hours"),
  params: [
    { key: "rate", type: "money", title: zhen("单价", "Rate"), value: 40 },
    { key: "bonus", type: "money", title: zhen("奖金", "Bonus") },
  ],
  messages: { EXTERNAL: zhen("由其他文件规定", "Governed by another document") },
  parts: [
    {
      id: "rows",
      title: zhen("明细", "Rows"),
      fields: [
        { key: "name", type: "text", title: zhen("姓名", "Name"), required: true },
        { key: "post", type: "text", title: zhen("岗位", "Post"), absentMeans: zhen("没有岗位列时不排除任何人", "without a post column nobody is excluded") },
        { key: "hours", type: "number", title: zhen("作业时间(小时)", "Hours"), min: 0, required: true },
        { key: "kind", type: "text", title: zhen("类型", "Kind"), absentMeans: zhen("没有类型列时均为本方案的奖金", "without a kind column every bonus is this scheme's") },
      ],
      levels: [{ id: "person", title: zhen("人", "Person"), keys: [{ name: "person", expr: "name", title: zhen("姓名", "Name") }] }],
      steps: [
        { name: "notFrontline", kind: "rule", code: "NOT_FRONTLINE", status: "excluded", when: '岗位 == "研发工程师"', message: zhen("非一线", "Not front-line") },
        { name: "pay", kind: "flatRate", quantity: "hours", rate: "params.rate", unit: zhen("元", "yuan"), countUnit: zhen("小时", "h") },
        { name: "extra", kind: "expr", expr: 'kind == "外部" ? pending("EXTERNAL") : params.bonus' },
        { name: "total", kind: "aggregate", scope: "person", op: "sum", of: "pay" },
        { name: "extraTotal", kind: "aggregate", scope: "person", op: "sum", of: "extra" },
      ],
      outputs: {
        row: [
          { name: "pay", title: zhen("报酬", "Pay"), type: "money" },
          { name: "extra", title: zhen("奖金", "Bonus"), type: "money" },
        ],
        person: [
          { name: "total", title: zhen("合计", "Total"), type: "money" },
          { name: "extraTotal", title: zhen("奖金合计", "Bonus total"), type: "money" },
        ],
      },
    },
  ],
});

const run = (rows: Record<string, unknown>[], params?: Record<string, unknown>) => evaluate(scheme, tableOf(rows as never), { params });

describe("evaluation", () => {
  test("amounts are exact and rounded only at the output", () => {
    const r = run([{ 姓名: "刘", 作业时间: "3.5" }, { 姓名: "刘", 作业时间: "０.３３３" }]);
    expect(r.rows().map((x) => x.outputs.pay.text)).toEqual(["140.00", "13.32"]);
    expect(r.groups("person")[0].outputs.total.text).toBe("153.32"); // 140 + 13.32 exactly (153.32), not 153.31999…
  });

  test("a masked parameter leaves the output pending (C2) and the group incomplete (C10)", () => {
    const r = run([{ 姓名: "刘", 作业时间: 1 }]);
    expect(r.row(0).status).toBe("ok");
    expect(r.row(0).outputs.extra).toEqual({ value: null, text: "", pending: "MASKED_PARAMETER" });
    const g = r.groups("person")[0];
    expect(g.complete).toBe(false);
    expect(g.outputs.total.value).toBe(40);
    const configured = run([{ 姓名: "刘", 作业时间: 1 }], { bonus: 100 });
    expect(configured.row(0).outputs.extra.value).toBe(100);
    expect(configured.groups("person")[0].complete).toBe(true);
  });

  test("a pending output keeps the known part of a group sum", () => {
    const r = run([{ 姓名: "刘", 作业时间: 1 }, { 姓名: "刘", 作业时间: 1, 类型: "外部" }], { bonus: 100 });
    expect(r.groups("person")[0].outputs.extraTotal).toEqual({ value: 100, text: "100.00", pending: "EXTERNAL" });
  });

  test("bad cells are invalid with row, column and reason; never 0", () => {
    const r = run([{ 姓名: "刘", 作业时间: "三小时" }, { 姓名: "", 作业时间: -1 }]);
    expect(r.row(0)).toMatchObject({ row: 2, status: "invalid", outputs: { pay: { value: null } } });
    expect(r.row(0).reasons[0]).toMatchObject({ code: "INVALID_NUMBER", column: "作业时间", columnLetter: "B", value: "三小时" });
    expect(r.row(0).reasons[0].message["zh-CN"]).toBe("「作业时间(小时)」不是有效数字：三小时");
    expect(r.row(1).reasons.map((x) => x.code)).toEqual(["MISSING_VALUE", "OUT_OF_RANGE"]);
    const g = r.groups("person");
    expect(g.every((x) => !x.complete)).toBe(true);
  });

  test("a missing required column invalidates every row and is named", () => {
    const r = run([{ 姓名: "刘" }]);
    expect(r.mapping.missingRequired).toEqual(["hours"]);
    expect(r.row(0).reasons[0]).toMatchObject({ code: "MISSING_COLUMN", field: "hours" });
    expect(r.row(0).reasons[0].message["en-US"]).toBe("The required column Hours is missing");
  });

  test("headers match with full-width, spaces, case and bracketed notes ignored; overrides win", () => {
    const r = evaluate(scheme, { headers: [" 姓 名 ", "HOURS"], rows: [["刘", 2]] });
    expect(r.row(0).outputs.pay.value).toBe(80);
    const o = evaluate(scheme, { headers: ["员工", "工时数"], rows: [["刘", 2]] }, { columns: { name: "员工", hours: 1 } });
    expect(o.row(0).outputs.pay.value).toBe(80);
  });

  test("excluded rows contribute 0 and carry their reason in the explanation", () => {
    const r = run([{ 姓名: "王", 岗位: "研发工程师", 作业时间: 6 }], { bonus: 0 });
    const row = r.row(0, true);
    expect(row.status).toBe("excluded");
    expect(row.outputs.pay.value).toBe(0);
    expect(row.explanation?.["zh-CN"]).toBe("NOT_FRONTLINE: 非一线");
  });

  test("an ok row explains its number in both languages", () => {
    const row = run([{ 姓名: "刘", 作业时间: 3.5 }], { bonus: 0 }).row(0, true);
    expect(row.explanation?.["zh-CN"]).toContain("报酬: 3.5小时 × 40元 = 140元");
    expect(row.explanation?.["en-US"]).toContain("Pay: 3.5 h × 40 yuan = 140 yuan");
  });
});

describe("evaluation properties", () => {
  const people = ["王丽", "李强", "张敏"];
  const rowArb = fc.record({
    揽装人: fc.constantFrom(...people),
    岗位: fc.constantFrom("营业员", "网格经理"),
    办理日期: fc.integer({ min: 1, max: 28 }).map((d) => `2016-01-${String(d).padStart(2, "0")}`),
    客户类型: fc.constantFrom("到期目标客户", "非到期目标客户"),
    是否副卡: fc.constantFrom("是", "否", "否", "否"),
    是否有效4G用户: fc.constantFrom("是", "是", "否"),
  });
  // one role per person, so no ROLE_CONFLICT noise
  const fixRoles = (rows: Record<string, string>[]): Record<string, string>[] => rows.map((r) => ({ ...r, 岗位: r.揽装人 === "王丽" ? "营业员" : "网格经理" }));
  const totals = (rows: Record<string, string>[]) => {
    const r = evaluate(getPreset("mobile-retention")!, tableOf(rows));
    return Object.fromEntries(r.groups("person").map((g) => [g.key.person, [g.outputs.bonus.value, g.outputs.kpiUnits.value]]));
  };

  test("totals do not depend on row order; rows always sum to the group (C8)", () => {
    fc.assert(
      fc.property(
        fc
          .array(rowArb, { maxLength: 40 })
          .map(fixRoles)
          .chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }))),
        ([rows, shuffled]) => {
        expect(totals(shuffled)).toEqual(totals(rows));
        const r = evaluate(getPreset("mobile-retention")!, tableOf(rows));
        for (const g of r.groups("person")) {
          const sum = r.rows().filter((x) => x.status === "ok" && rows[x.index].揽装人 === g.key.person).reduce((a, x) => a + (x.outputs.rowBonus.value as number), 0);
          expect(sum).toBe(g.outputs.bonus.value);
        }
        },
      ),
      { seed: 42, numRuns: 60 },
    );
  });

  test("evaluation is deterministic", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 30 }), (rows) => {
        const a = evaluate(getPreset("mobile-retention")!, tableOf(rows));
        const b = evaluate(getPreset("mobile-retention")!, tableOf(rows));
        expect(JSON.stringify(a.rows(true))).toBe(JSON.stringify(b.rows(true)));
        expect(JSON.stringify(a.groups("person", true))).toBe(JSON.stringify(b.groups("person", true)));
      }),
      { seed: 43, numRuns: 40 },
    );
  });
});

describe("rounding keeps a person's rows summing to the person's total", () => {
  test("three rows of 13.332 yuan: rows 13.34 + 13.33 + 13.33 = 40.00, the rounded exact total", () => {
    const r = run([{ 姓名: "刘", 作业时间: "0.3333" }, { 姓名: "刘", 作业时间: "0.3333" }, { 姓名: "刘", 作业时间: "0.3333" }], { bonus: 0 });
    expect(r.groups("person")[0].outputs.total.text).toBe("40.00"); // 3 × 13.332 = 39.996 → 40.00
    expect(r.rows().map((x) => x.outputs.pay.text)).toEqual(["13.34", "13.33", "13.33"]);
  });

  test("property: rounded rows always sum to the rounded total", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 99999 }), { minLength: 1, maxLength: 20 }), (tenThousandths) => {
        const rows = tenThousandths.map((h) => ({ 姓名: "刘", 作业时间: String(h / 10000) }));
        const r = run(rows, { bonus: 0 });
        const sumFen = r.rows().reduce((a, x) => a + Math.round((x.outputs.pay.value as number) * 100), 0);
        return sumFen === Math.round((r.groups("person")[0].outputs.total.value as number) * 100);
      }),
      { seed: 5, numRuns: 200 },
    );
  });
});
