import { buildFillPlan, evaluate, type RawCell } from "../../../src/engine";
import { headline } from "../../../src/engine/report/headline";
import { getPreset } from "../../../src/schemes";

// Every count below is worked out by hand from the worked examples of docs/presets/<id>.md.
function run(id: string, headers: string[], rows: RawCell[][]) {
  const scheme = getPreset(id)!;
  const table = { headers, rows };
  const result = evaluate(scheme, table);
  const plan = buildFillPlan(result, "zh-CN", { explain: false });
  return { plan, h: headline(result, table, plan) };
}

describe("headline: people paid are distinct people of the person key with a positive total", () => {
  test("mobile-retention: one person over two months is one person paid, not two person-months", () => {
    const H = ["揽装人", "岗位", "办理日期", "客户类型", "是否副卡", "是否无月租用户", "是否有效4G用户", "是否补贴未到期中途取消后重办"];
    const order = (who: string, date: string, secondary = "否") => [who, "营业员", date, "到期目标客户", secondary, "否", "是", "否"];
    // 王丽: 1 household in January (20) and 1 in February (20); 李强: a secondary card only, excluded (M1), 0 yuan
    const { plan, h } = run("mobile-retention", H, [order("王丽", "2016-01-03"), order("王丽", "2016-02-03"), order("李强", "2016-01-05", "是")]);
    expect(plan.stats.paid).toBe(2); // the summary's person-months
    expect(h.unit).toBe("people");
    expect(h.money).toEqual({ paid: 1, total: 40, totalText: "40.00" });
    expect(h.fines).toBeNull();
  });

  test("repair-dept-grade: people of the rows (by name), not the teams the summary sums by", () => {
    const H = ["姓名", "岗位", "组别", "月份", "工作态度", "维修技能", "服从情况", "部门协作", "本月不执行"];
    const rows = [
      ["李强", "组员", "一组", "2016-01", 9, 9, 9, 9, "否"], // example 1: 9.0 → 优, 300
      ["赵刚", "组长", "一组", "2016-01", 10, 8, 9, 7, "否"], // example 2: 8.6 → 良, leader 300
      ["钱进", "组员", "一组", "2016-01", 6, 7, 8, 5, "否"], // example 3: 6.9 → 中, 100
      ["孙明", "组员", "二组", "2016-01", 5, 4, 5, 4, "否"], // example 4: 4.5 → 差, 0
      ["王工", "组长", "二组", "2016-01", 10, 9, 9, 8, "是"], // example 6: suspended, 0
    ];
    const { h } = run("repair-dept-grade", H, rows);
    // 一组 is the only team paid; its three members are three people
    expect(h.unit).toBe("people");
    expect(h.money).toEqual({ paid: 3, total: 700, totalText: "700.00" });
  });

  test("capacity-drive: a scheme of fines shows the people fined and the sum of fines, nobody paid", () => {
    const H = ["责任人", "序号", "计划完成时间", "实际完成时间", "是否按质完成"];
    const rows = [
      ["瞿小君", 7, "2014-08-28", "2014-08-29", "是"], // example 2: one day late, 5
      ["汪迎秋", 8, "2014-08-28", "2014-08-29", "是"], // late the same way, 5
      ["胡素华", 9, "2014-09-01", "2014-09-01", "是"], // on the due date (example 1), 0
    ];
    const { h } = run("capacity-drive", H, rows);
    expect(h.money).toBeNull();
    expect(h.fines).toEqual({ fined: 2, total: 10, totalText: "10.00" });
  });

  test("car-referral: a negative total (the −300 fraud fine) is a person fined beside the people paid", () => {
    const H = ["介绍人", "介绍人类型", "介绍人岗位", "介绍方式", "新客户", "是否首次到店", "是否已开票", "黄卡是否填写介绍人", "是否弄虚造假"];
    const rows = [
      ["张", "老客户", "", "带客进店", "李", "是", "是", "是", "否"], // example 1: 300 points, no cash
      ["周", "员工", "行政", "带客进店", "吴", "是", "是", "是", "否"], // staff brought a customer in: 200
      ["孙", "员工", "行政", "带客进店", "郑", "是", "是", "是", "是"], // example 7: fraud, −300
    ];
    const { h } = run("car-referral", H, rows);
    expect(h.money).toEqual({ paid: 1, total: -100, totalText: "-100.00" });
    expect(h.fines).toEqual({ fined: 1, total: -300, totalText: "-300.00" });
  });

  test("postal-client-maintenance: no money, so the people with a total score", () => {
    const H = ["姓名", "月份", "收集客户信息户数", "贡献率"];
    // examples 1, 3 and 4: 100, 75 and 0 — a score of 0 is still a score
    const { h } = run("postal-client-maintenance", H, [["张敏", "2012-08", 50, "70%"], ["李华", "2012-08", 35, "56%"], ["王芳", "2012-08", 0, "0%"]]);
    expect(h.money).toBeNull();
    expect(h.fines).toBeNull();
    expect(h.score?.people).toBe(3);
    expect(h.score?.title["zh-CN"]).toBeTruthy();
  });
});
