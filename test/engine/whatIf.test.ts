import { compareGroups, evaluate, tunables, withTunable, SchemeError } from "../../src/engine";
import { getPreset } from "../../src/schemes";
import { RowObject, tableOf } from "../support/runPreset";
import { MOBILE_FLAGS } from "../support/explicitInputs";

const order = (person: string, role: string, day: number): RowObject => ({
  揽装人: person,
  岗位: role,
  办理日期: `2016-01-${String(day).padStart(2, "0")}`,
  客户类型: "到期目标客户",
  ...MOBILE_FLAGS,
  是否有效4G用户: "是",
});
// 王丽 (营业员) 8 households, 李强 (网格经理, threshold 2) 3 households
const rows = [...Array.from({ length: 8 }, (_, i) => order("王丽", "营业员", i + 1)), ...Array.from({ length: 3 }, (_, i) => order("李强", "网格经理", i + 1))];

describe("what-if", () => {
  const scheme = getPreset("mobile-retention")!;
  const list = tunables(scheme, "zh-CN");
  const beyondFifth = list.find((t) => t.path.join("/") === "parts/0/steps/12/tiersBy/tables/营业员/1/rate");

  it("lists the tier rates, labelled with the rules sheet's words (section · row · column), and their values", () => {
    expect(beyondFifth).toEqual(expect.objectContaining({ value: 40 }));
    // issue 20 item 3: the same words as the 规则 sheet's tier table (岗位 | 户数从 | 户数到 | 每户奖励（元）)
    expect(beyondFifth!.label).toBe("4. 揽装奖励合计(元) · 营业员 6– · 每户奖励（元）");
    expect(list.find((t) => t.path.join("/") === "parts/0/steps/7/table/非到期目标客户")?.value).toBe(0.5);
    expect(list.some((t) => t.path.includes("rounding"))).toBe(false);
  });

  it("compares each person's total before and after: 40 → 50 beyond the fifth household", () => {
    const changed = withTunable(scheme, beyondFifth!.id, 50);
    const cmp = compareGroups(evaluate(scheme, tableOf(rows)), evaluate(changed, tableOf(rows)), "zh-CN")!;
    // 王丽: 5×20 + 3×40 = 220 → 5×20 + 3×50 = 250; 李强 (other role, not 营业员 table): 2×20 + 1×40 = 80 unchanged
    expect(cmp.rows).toEqual([
      { key: ["王丽", "2016-01"], before: 220, after: 250, delta: 30 },
      { key: ["李强", "2016-01"], before: 80, after: 80, delta: 0 },
    ]);
    expect([cmp.totalBefore, cmp.totalAfter]).toEqual([300, 330]);
    expect(cmp.keyTitles).toEqual(["揽装人", "月份"]);
    expect(scheme.parts[0].steps[12]).toEqual(getPreset("mobile-retention")!.parts[0].steps[12]); // the preset is untouched
  });

  it("refuses a value the scheme's rules do not allow (a tier limit that no longer increases)", () => {
    const firstLimit = list.find((t) => t.path.join("/") === "parts/0/steps/12/tiersBy/tables/营业员/0/upTo")!;
    expect(() => withTunable(scheme, firstLimit.id, -1)).toThrow(SchemeError);
  });
});
