import { codes, groupWhere, runPreset, RowObject } from "../support/runPreset";

// Specification: docs/presets/rd-assist-hourly.md (from the rule catalogue), "Worked examples" and D1–D3.
// Expected numbers are typed in from the hand-worked examples, not taken from the engine.

const ID = "rd-assist-hourly";

function session(name: string, post: string, date: string, hours: number | string, approved = "是", extra: RowObject = {}): RowObject {
  return { 姓名: name, "分公司(事业部)": "一分公司", 岗位: post, 试验日期: date, "作业时间(小时)": hours, 研发项目: "新配方试验", 是否审核: approved, 是否审批: approved, ...extra };
}

describe("rd-assist-hourly worked examples", () => {
  test.each([
    // 1: 刘 (一线操作工), 3.5 h, approved → 40 × 3.5 = 140
    { n: 1, name: "刘", post: "一线操作工", hours: 3.5 as number | string, pay: 140 },
    // 5: operator, hours typed as full-width “４” → 160 (C4 parsing)
    { n: 5, name: "孙", post: "操作工", hours: "４", pay: 160 },
  ])("example $n: $name, $hours h → $pay", ({ name, post, hours, pay }) => {
    const result = runPreset(ID, [session(name, post, "2016-03-04", hours)]);
    expect(result.row(0).status).toBe("ok");
    expect(result.row(0).outputs.pay.value).toBe(pay);
    expect(result.row(0).outputs.costCentre.value).toBe("科技研发部");
    const g = groupWhere(result, "personMonth", { person: name, month: "2016-03" });
    expect(g.outputs.monthPay.value).toBe(pay);
    expect(g.complete).toBe(true);
  });

  test("example 2: 陈, two rows in March, 8 h and 2.5 h, both approved → 320 + 100 = 420", () => {
    const result = runPreset(ID, [session("陈", "操作工", "2016-03-02", 8), session("陈", "操作工", "2016-03-15", 2.5)]);
    expect(result.rows().map((r) => r.outputs.pay.value)).toEqual([320, 100]);
    const g = groupWhere(result, "personMonth", { person: "陈", month: "2016-03" });
    expect(g.outputs.monthHours.value).toBe(10.5);
    expect(g.outputs.monthPay.value).toBe(420);
    expect(g.outputs.monthCostCentre.value).toBe("科技研发部");
    expect(g.complete).toBe(true);
  });

  test("example 3: 研发助理工程师 王, 6 h → 0, excluded NOT_FRONTLINE", () => {
    const result = runPreset(ID, [session("王", "研发助理工程师", "2016-03-04", 6)]);
    expect(result.row(0).status).toBe("excluded");
    expect(codes(result.row(0).reasons)).toEqual(["NOT_FRONTLINE"]);
    expect(result.row(0).outputs.pay.value).toBe(0);
    expect(groupWhere(result, "personMonth", { person: "王" }).outputs.monthPay.value).toBe(0);
  });

  test("example 4: operator, 5 h, not yet approved → 0, pending NOT_APPROVED; the month is incomplete (C10)", () => {
    const result = runPreset(ID, [session("赵", "操作工", "2016-03-04", 5, "否"), session("赵", "操作工", "2016-03-05", 2)]);
    expect(result.row(0).status).toBe("pending");
    expect(codes(result.row(0).reasons)).toEqual(["NOT_APPROVED"]);
    expect(result.row(0).outputs.pay.value).toBe(0);
    const g = groupWhere(result, "personMonth", { person: "赵" });
    expect(g.outputs.monthPay.value).toBe(80);
    expect(g.rows.pending).toBe(1);
    expect(g.complete).toBe(false);
  });
});

describe("rd-assist-hourly eligibility rules", () => {
  test.each(["研发员", "研发工程师", "研发副主任工程师", "车间主任", "设备科长", "生产经理", "科技研发部副经理", "科技研发部经理"])("D1: post %s is excluded NOT_FRONTLINE", (post) => {
    const result = runPreset(ID, [session("某", post, "2016-03-04", 2)]);
    expect(result.row(0).status).toBe("excluded");
    expect(codes(result.row(0).reasons)).toEqual(["NOT_FRONTLINE"]);
  });

  test("D1: a 是否一线作业人员 column decides over the post", () => {
    const result = runPreset(ID, [
      session("甲", "操作工", "2016-03-04", 2, "是", { 是否一线作业人员: "否" }),
      session("乙", "车间主任", "2016-03-04", 2, "是", { 是否一线作业人员: "是" }),
    ]);
    expect(result.rows().map((r) => r.status)).toEqual(["excluded", "ok"]);
    expect(codes(result.row(0).reasons)).toEqual(["NOT_FRONTLINE"]);
    expect(result.row(1).outputs.pay.value).toBe(80);
  });

  test("D2: reviewed but not approved is still pending NOT_APPROVED", () => {
    const result = runPreset(ID, [session("赵", "操作工", "2016-03-04", 5, "是", { 是否审批: "否" })]);
    expect(result.row(0).status).toBe("pending");
    expect(codes(result.row(0).reasons)).toEqual(["NOT_APPROVED"]);
  });

  test.each([["-2"], ["五"], ["约3"]])("D3: hours %s are invalid INVALID_NUMBER, naming the column", (hours) => {
    const result = runPreset(ID, [session("刘", "操作工", "2016-03-04", hours)]);
    const row = result.row(0);
    expect(row.status).toBe("invalid");
    expect(row.reasons[0]).toMatchObject({ code: "INVALID_NUMBER", column: "作业时间(小时)" });
    expect(row.outputs.pay.value).toBeNull();
  });

  test("no rounding of hours: 0.5 h → 20", () => {
    const result = runPreset(ID, [session("刘", "操作工", "2016-03-04", 0.5)]);
    expect(result.row(0).outputs.pay.value).toBe(20);
  });

  test("months are separate groups", () => {
    const result = runPreset(ID, [session("陈", "操作工", "2016-03-31", 1), session("陈", "操作工", "2016-04-01", 2)]);
    expect(result.groups("personMonth").map((g) => [g.key.month, g.outputs.monthPay.value])).toEqual([
      ["2016-03", 40],
      ["2016-04", 80],
    ]);
  });
});
