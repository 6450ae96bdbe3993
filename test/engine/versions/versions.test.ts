import { buildFillPlan, buildStatements, loadScheme, SchemeError } from "../../../src/engine";
import { evaluateWithVersions, isVersioned } from "../../../src/engine/versions";
import { rulesSheetToScheme, schemeToRulesSheet } from "../../../src/engine/rulesSheet";
import { getPreset } from "../../../src/schemes";
import { RowObject, tableOf } from "../../support/runPreset";
import { MOBILE_FLAGS } from "../../support/explicitInputs";

const base = () => JSON.parse(JSON.stringify(getPreset("mobile-retention"))) as Record<string, unknown>;

/** mobile-retention where, from 2016-01-15, a 营业员 earns 50 (not 40) beyond the fifth household. */
function withMidMonthVersion(extra: Record<string, unknown> = {}) {
  return {
    ...base(),
    versions: [
      {
        title: { "zh-CN": "1月15日调整", "en-US": "from 15 January" },
        from: "2016-01-15",
        changes: [{ at: "parts[orders].steps[bonus].tiersBy.tables.营业员", value: [{ upTo: 5, rate: 20 }, { rate: 50 }] }],
        ...extra,
      },
    ],
  };
}

const order = (day: string): RowObject => ({ 揽装人: "王丽", 岗位: "营业员", 办理日期: day, 客户类型: "到期目标客户", ...MOBILE_FLAGS, 是否有效4G用户: "是" });
const times = (n: number, day: string) => Array.from({ length: n }, () => order(day));

describe("effective-dated versions", () => {
  it("computes each row by the version in force on its date: the day before `from` by the base, `from` itself by the version", () => {
    const scheme = loadScheme(withMidMonthVersion());
    const rows = [...times(6, "2016-01-14"), ...times(6, "2016-01-15")];
    const result = evaluateWithVersions(scheme, tableOf(rows));
    const groups = result.groups("person");
    // base: 5×20 + 1×40 = 140; version: 5×20 + 1×50 = 150 — two groups, one per version, never mixed
    expect(groups.map((g) => [g.key.version, g.outputs.bonus.value, g.rows.total])).toEqual([
      ["1月15日调整 from 15 January", 150, 6],
      ["基础版 base", 140, 6],
    ]);
    expect(result.rows().map((r) => r.outputs.rowBonus.value)).toEqual([20, 20, 20, 20, 20, 40, 20, 20, 20, 20, 20, 50]);
    expect(result.rows().map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(isVersioned(result) && result.versionsUsed.map((u) => [u.title["en-US"], u.rows])).toEqual([
      ["from 15 January", 6],
      ["base", 6],
    ]);
  });

  it("says so in the summary: a 方案版本 column beside the person and month, and the rows of each version", () => {
    const result = evaluateWithVersions(loadScheme(withMidMonthVersion()), tableOf([...times(6, "2016-01-14"), ...times(6, "2016-01-15")]));
    const plan = buildFillPlan(result, "zh-CN");
    expect(plan.summary?.headers.slice(0, 3)).toEqual(["揽装人", "月份", "方案版本"]);
    expect(plan.summary?.rows.map((r) => [r[2], r[6]])).toEqual([
      ["1月15日调整 from 15 January", 150],
      ["基础版 base", 140],
    ]);
    expect(plan.stats.total).toBe(290);
    expect(plan.stats.versions?.map((v) => [v.title["zh-CN"], v.from, v.rows])).toEqual([
      ["1月15日调整", "2016-01-15", 6],
      ["基础版", undefined, 6],
    ]);
  });

  it("cuts each person's statement from the right rows when a run spans versions (total = the summary's)", () => {
    const table = tableOf([...times(6, "2016-01-14"), ...times(6, "2016-01-15")]);
    const result = evaluateWithVersions(loadScheme(withMidMonthVersion()), table);
    const set = buildStatements(result, table, "zh-CN", { plan: buildFillPlan(result, "zh-CN") });
    expect(set.statements.map((s) => s.total?.value)).toEqual([290]); // 王丽: 150 by the version + 140 by the base
    expect(set.statements[0].sections.map((x) => x.rows.map((r) => r.row))).toEqual([
      [8, 9, 10, 11, 12, 13],
      [2, 3, 4, 5, 6, 7],
    ]);
  });

  it("includes the `to` day in an old version and leaves rows after it to the base", () => {
    const old = {
      ...base(),
      versions: [
        {
          title: { "zh-CN": "2015版", "en-US": "2015 rules" },
          to: "2015-12-31",
          changes: [
            { at: "parts[orders].steps[bonus].tiersBy.tables.营业员", value: [{ upTo: 5, rate: 10 }, { rate: 30 }] },
            { at: "params[effectiveFrom].value", value: null },
          ],
        },
      ],
    };
    const result = evaluateWithVersions(loadScheme(old), tableOf([...times(6, "2015-12-31"), ...times(3, "2016-01-01")]));
    // 2015-12: 5×10 + 1×30 = 80 by the 2015 rules; 2016-01: 3×20 = 60 by the scheme itself
    expect(result.groups("person").map((g) => [g.key.month, g.key.version, g.outputs.bonus.value])).toEqual([
      ["2015-12", "2015版 2015 rules", 80],
      ["2016-01", "基础版 base", 60],
    ]);
  });

  it("adds no version key when every row falls in one version", () => {
    const result = evaluateWithVersions(loadScheme(withMidMonthVersion()), tableOf(times(6, "2016-01-20")));
    expect(result.groups("person").map((g) => [g.key, g.outputs.bonus.value])).toEqual([[{ person: "王丽", month: "2016-01" }, 150]]);
  });

  const issues = (doc: unknown) => {
    try {
      loadScheme(doc);
    } catch (e) {
      if (e instanceof SchemeError) return e.issues.map((i) => [i.code, i.path.join(".")]);
      throw e;
    }
    return [];
  };

  it("refuses overlapping versions, a change to a place that does not exist, broken tiers and a changed report shape", () => {
    const two = withMidMonthVersion();
    two.versions.push({ ...two.versions[0], title: { "zh-CN": "重叠", "en-US": "overlap" }, from: "2016-02-01" });
    expect(issues(two)).toEqual([["VERSIONS_OVERLAP", "versions.1.from"]]);
    expect(issues(withMidMonthVersion({ changes: [{ at: "parts[orders].steps[nosuch].rate", value: 1 }] }))).toEqual([["VERSION_CHANGE_FAILED", "versions.0.changes.0.at"]]);
    expect(issues(withMidMonthVersion({ changes: [{ at: "parts[orders].steps[bonus].tiersBy.tables.营业员", value: [{ rate: 20 }, { rate: 50 }] }] }))).toEqual([["TIER_OPEN_BEFORE_END", "versions.0.changes"]]);
    const fewerOutputs = (getPreset("mobile-retention")!.parts[0].outputs.person ?? []).filter((o) => o.name !== "personOverageUnits");
    expect(issues(withMidMonthVersion({ changes: [{ at: "parts[orders].outputs.person", value: fewerOutputs }] }))).toEqual([["VERSION_CHANGES_SHAPE", "versions.0.changes"]]);
    expect(issues(withMidMonthVersion({ from: "2016-02-01", to: "2016-01-01" }))).toEqual([["VERSION_DATES_INVERTED", "versions.0.to"]]);
  });

  it("round-trips a versioned scheme through the rules sheet", () => {
    const scheme = loadScheme(withMidMonthVersion());
    const back = rulesSheetToScheme(schemeToRulesSheet(scheme).rows);
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.scheme).toEqual(scheme);
  });

  describe("duplicate checks look across versions: sheet order decides which row stands", () => {
    const sold = (day: string, phone: string): RowObject => ({ ...order(day), 手机号码: phone });
    const codesOf = (list: { code: string }[]) => list.map((x) => x.code);

    it("a phone number first sold under the base (10 Jan) is a repeat when sold again under the mid-month version (20 Jan)", () => {
      const rows = [
        sold("2016-01-10", "13800000001"), // row 2, base: stands
        sold("2016-01-20", "13800000001"), // row 3, version: repeats row 2, which another version computed
        sold("2016-01-25", "13800000001"), // row 4, version: repeats row 2 (and row 3)
        sold("2016-01-20", "13800000002"), // row 5: another number
        sold("2016-02-03", "13800000001"), // row 6: another month
        sold("2016-01-20", "13800000003"), // row 7, version: stands (first in sheet order)
        sold("2016-01-05", "13800000003"), // row 8, base: repeats row 7, although its date is earlier
      ];
      const result = evaluateWithVersions(loadScheme(withMidMonthVersion()), tableOf(rows));
      expect(result.rows().map((r) => [r.row, r.status, codesOf(r.warnings)])).toEqual([
        [2, "ok", []],
        [3, "ok", ["DUPLICATE_PHONE"]],
        [4, "ok", ["DUPLICATE_PHONE"]],
        [5, "ok", []],
        [6, "ok", []],
        [7, "ok", []],
        [8, "ok", ["DUPLICATE_PHONE"]],
      ]);
    });

    it("where a repeat is excluded, the version's households leave it out: 5 × 20 = 100, not 5 × 20 + 1 × 50", () => {
      const doc = withMidMonthVersion() as unknown as { parts: { steps: { name: string; status?: string }[] }[] };
      doc.parts[0].steps.find((st) => st.name === "isDuplicatePhone")!.status = "excluded";
      const rows = [sold("2016-01-10", "13800000001"), sold("2016-01-20", "13800000001"), ...[2, 3, 4, 5, 6].map((k) => sold("2016-01-20", `1380000000${k}`))];
      const result = evaluateWithVersions(loadScheme(doc), tableOf(rows));
      expect(result.rows().map((r) => [r.row, r.status, codesOf(r.reasons)])).toEqual([
        [2, "ok", []],
        [3, "excluded", ["DUPLICATE_PHONE"]],
        [4, "ok", []],
        [5, "ok", []],
        [6, "ok", []],
        [7, "ok", []],
        [8, "ok", []],
      ]);
      expect(result.groups("person").map((g) => [g.key.version, g.outputs.bonus.value])).toEqual([
        ["1月15日调整 from 15 January", 100],
        ["基础版 base", 20],
      ]);
    });
  });
});

describe("a date confirmed for the sheet chooses the version (never the base by default)", () => {
  const withoutDate = (n: number) => Array.from({ length: n }, () => ({ ...order("2016-01-20") }));
  it("every row of a sheet without its date column takes the confirmed date, and so the version in force on it", () => {
    const scheme = loadScheme(withMidMonthVersion());
    const table = tableOf(withoutDate(6));
    const dateCol = table.headers.indexOf("办理日期");
    const noDate = { headers: table.headers.filter((_, i) => i !== dateCol), rows: table.rows.map((r) => r.filter((_, i) => i !== dateCol)) };
    // six households on 2016-01-20, after the change: 5×20 + 1×50 = 150 (the base would say 140)
    const result = evaluateWithVersions(scheme, noDate, { assume: { date: "2016-01-20" } });
    expect(result.groups("person").map((g) => g.outputs.bonus.value)).toEqual([150]);
  });
  it("a blank date cell takes the confirmed date; a written one keeps its own", () => {
    const scheme = loadScheme(withMidMonthVersion());
    const rows = [...times(6, "2016-01-14").map((r, i) => (i === 0 ? { ...r, 办理日期: null } : r))];
    // the blank one is dated 2016-01-20 (version), the other five 2016-01-14 (base): one row in each version
    const result = evaluateWithVersions(scheme, tableOf(rows as RowObject[]), { assume: { date: "2016-01-20" } });
    expect(isVersioned(result) && result.versionsUsed.map((u) => [u.title["en-US"], u.rows])).toEqual([
      ["from 15 January", 1],
      ["base", 5],
    ]);
  });
});
