// The fill plan reads the rows through EvaluationResult.fillRows (what a row looks up, looked up once; status texts
// shared by rows with the same reasons). Its columns must say of every row what the row itself says (result.row),
// in both languages, across versions and with rows that have one, two or no reasons: the status text is rebuilt
// here by hand from the row's reasons and notes ("排除: …；…").
import { buildFillPlan, loadScheme } from "../../../src/engine";
import { evaluateWithVersions } from "../../../src/engine/versions";
import { Lang } from "../../../src/engine/i18n/messages";
import { getPreset } from "../../../src/schemes";
import { RowObject, tableOf } from "../../support/runPreset";
import { MOBILE_FLAGS } from "../../support/explicitInputs";

const STATUS = { "zh-CN": { ok: "正常", excluded: "排除", invalid: "无效", pending: "待定" }, "en-US": { ok: "ok", excluded: "excluded", invalid: "invalid", pending: "pending" } };

function scheme() {
  const base = JSON.parse(JSON.stringify(getPreset("mobile-retention"))) as Record<string, unknown>;
  const version = { title: { "zh-CN": "1月15日调整", "en-US": "from 15 January" }, from: "2016-01-15", changes: [{ at: "parts[orders].steps[bonus].tiersBy.tables.营业员", value: [{ upTo: 5, rate: 20 }, { rate: 50 }] }] };
  return loadScheme({ ...base, versions: [version] });
}

const order = (who: string, day: string, more: RowObject = {}): RowObject => ({ 揽装人: who, 岗位: "营业员", 办理日期: day, 客户类型: "到期目标客户", ...MOBILE_FLAGS, 是否有效4G用户: "是", ...more });

/** both versions; ordinary rows, rows excluded by one rule (the same reason on many rows), rows with two reasons */
function rows(): RowObject[] {
  const out: RowObject[] = [];
  for (const day of ["2016-01-14", "2016-01-15"]) {
    for (let k = 0; k < 8; k++) out.push(order(k < 6 ? "王丽" : "李强", day));
    for (let k = 0; k < 3; k++) out.push(order("王丽", day, { 是否副卡: "是" }));
    out.push(order("李强", day, { 是否副卡: "是", 是否无月租用户: "是" }));
    out.push(order("李强", day, { 是否有效4G用户: "也许", 是否副卡: "不知" }));
    out.push(order("王丽", day, { 客户类型: "" }));
  }
  return out;
}

describe("the fill plan's columns, row by row", () => {
  const result = evaluateWithVersions(scheme(), tableOf(rows()));
  const expected = result.rows(true);

  it.each(["zh-CN", "en-US"] as Lang[])("say what each row says of itself (%s)", (lang) => {
    const plan = buildFillPlan(result, lang);
    const column = (name: string) => plan.columns.find((c) => c.name === name)!.values;
    const separator = lang === "zh-CN" ? "；" : "; ";
    expected.forEach((row, i) => {
      const why = [...row.reasons, ...row.notes].map((x) => x.message[lang]);
      const label = STATUS[lang][row.status];
      expect(column("status")[i]).toBe(why.length ? `${label}: ${why.join(separator)}` : label);
      expect(column("explanation")[i]).toBe(row.explanation?.[lang] ?? "");
      for (const [name, cell] of Object.entries(row.outputs)) expect(column(name)[i]).toBe(cell.value);
    });
    // rows counted by the reasons they have: every reason code, once per row that has it
    const counts: Record<string, number> = {};
    for (const row of expected) for (const r of row.reasons) counts[r.code] = (counts[r.code] ?? 0) + 1;
    expect(plan.stats.byReason).toEqual(counts);
  });

  it("covers what it claims: both versions, the three statuses, a row with two reasons", () => {
    expect(new Set(expected.map((r) => r.status))).toEqual(new Set(["ok", "excluded", "invalid"]));
    expect(expected.some((r) => r.reasons.length >= 2)).toBe(true);
    // the sixth household of 王丽 on each day: 40 by the base, 50 by the version
    expect(expected.map((r) => r.outputs.rowBonus.value).filter((v) => v === 40 || v === 50).sort()).toEqual([40, 50]);
  });

  it("gives rows with the same reasons one shared text, and a row's own text when its reasons are its own", () => {
    const plan = buildFillPlan(result, "zh-CN");
    const status = plan.columns.find((c) => c.name === "status")!.values as string[];
    const excludedOnce = expected.flatMap((r, i) => (r.status === "excluded" && r.reasons.length === 1 && r.reasons[0].code === expected.find((x) => x.status === "excluded")!.reasons[0].code ? [i] : []));
    expect(excludedOnce.length).toBeGreaterThan(3);
    expect(new Set(excludedOnce.map((i) => status[i])).size).toBe(1);
  });
});
