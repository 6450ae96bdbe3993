import { describeScheme } from "../../../src/engine";
import { getPreset, presetIds } from "../../../src/schemes";
import { jiliInProcess } from "../../cli/helpers";

// The scheme in words (issue 20 item 1). Expected words and numbers from docs/presets/mobile-retention.md (the
// catalogue's M-rules): 营业员 20 yuan a household up to the fifth, 40 from the sixth; the other three roles 20 up to
// the second, 40 from the third.
describe("describeScheme", () => {
  test("mobile-retention in both languages: the tiers by role, the other roles named, the exclusions", () => {
    const d = describeScheme(getPreset("mobile-retention")!);
    const zh = d.lines["zh-CN"].join("\n");
    expect(zh).toContain("营业员：1–5 户，每户 20 元；第 6 户起，每户 40 元");
    expect(zh).toContain("其他（中心经理、网格经理、装维经理）：1–2 户，每户 20 元；第 3 户起，每户 40 元");
    expect(zh).toContain("副卡不纳入奖励（M1）：不计奖励");
    const en = d.lines["en-US"].join("\n");
    expect(en).toContain("营业员: 1–5 households: 20 yuan each; from the 6th on: 40 yuan each");
    expect(en).toContain("others (中心经理, 网格经理, 装维经理): 1–2 households: 20 yuan each; from the 3rd on: 40 yuan each");
    for (const n of ["20", "40", "5", "6", "2", "3", "0.5"]) expect(d.facts.numbers.has(n)).toBe(true);
    expect([...d.facts.codes]).toEqual(expect.arrayContaining(["SECONDARY_CARD", "NO_MONTHLY_FEE", "REAPPLY_AFTER_CANCEL", "NOT_ACTIVE_4G"]));
  });

  test("repair-dept-grade: the weights and grade bounds of the source", () => {
    const d = describeScheme(getPreset("repair-dept-grade")!);
    const zh = d.lines["zh-CN"].join("\n");
    expect(zh).toContain("工作态度 × 0.2 + 维修技能 × 0.4 + 服从情况 × 0.3 + 部门协作 × 0.1");
    expect(zh).toContain("优 ≥ 9；良 ≥ 7；中 ≥ 5");
    expect(zh).toContain("优 / 组长：500");
  });

  test.each(presetIds())("%s: described in both languages, with no expression syntax, parameter path or `*` left", (id) => {
    const d = describeScheme(getPreset(id)!);
    for (const lang of ["zh-CN", "en-US"] as const) {
      const text = d.lines[lang].join("\n");
      expect(d.lines[lang].length).toBeGreaterThan(1);
      // (a masked product name such as 非****产品 is the source's own text; a bare `*` would be the table's fallback key)
      expect(text).not.toMatch(/params\.|(^|\s)\*(\s|：|:|$)|==|!=|&&|\|\||isBlank\(/m);
    }
  });
});

test("jili describe prints the description; --json gives both languages and the facts", async () => {
  const out = await jiliInProcess(["describe", "mobile-retention"]);
  expect(out.code).toBe(0);
  expect(out.stdout).toContain("营业员：1–5 户，每户 20 元；第 6 户起，每户 40 元");
  const doc = JSON.parse((await jiliInProcess(["describe", "mobile-retention", "--json"])).stdout);
  expect(doc.lines["en-US"][0]).toBe("Mobile old-customer retention");
  expect(doc.facts.codes).toContain("SECONDARY_CARD");
});

test("a band holds its lower bound and not its upper one unless it says so: 90 points pay 500 (equipment-dept-2015)", () => {
  const zh = describeScheme(getPreset("equipment-dept-2015")!).lines["zh-CN"].join("\n");
  expect(zh).toContain("  < 90：0\n  ≥ 90：500");
});
