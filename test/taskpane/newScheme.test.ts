/** @jest-environment jsdom */
import "./textEncoder";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { newSchemeFor } from "../../src/taskpane/controller/newScheme";
import { documentOptionText, schemeSourceText } from "../../src/taskpane/controller/ruleSource";
import { PaneSession } from "../../src/taskpane/controller/session";
import { HEADERS, order, serial } from "../excel/data";
import { FakePort } from "./fakePort";
import { RULES_STRUCTURE_SHEET } from "../../src/engine";
import { ExcelRules } from "../../src/excel/rulesSheet";
import { SimBook, simRun } from "../../src/preview/excelSim";
import { SimSettings } from "../../src/preview/settings";
import { attachRules } from "../../src/taskpane/controller/rules";
import { renderSession } from "./render";

// Issue 20 item 4: 新建方案 in the pane. 王丽 (营业员) has 8 orders in 2016-01, the 3rd on a secondary card: 7 counted,
// 5 × 20 + 2 × 40 = 180 yuan (worked by hand from the bands 营业员 up to 5 at 20, then 40).

const sheet = () => [HEADERS, ...Array.from({ length: 8 }, (_, i) => order("王丽", "营业员", i + 1, true, i === 2 ? { 是否副卡: "是" } : {}))];

function setup() {
  const port = new FakePort(sheet());
  const session = new PaneSession(port, "zh-CN");
  return { port, session, form: newSchemeFor(session) };
}

describe("新建方案 (controller)", () => {
  test("a sheet read before any scheme fills the column lists; the usual headers are chosen", async () => {
    const { session, form } = setup();
    form.open();
    expect(form.getState().headers).toBeNull();
    await form.readHeaders();
    expect(form.getState().headers).toEqual(HEADERS);
    expect(form.getState().sheet).toBe("明细");
    expect(form.getState().values?.columns).toEqual({ person: "揽装人", staffId: "工号", role: "岗位", date: "办理日期" });
    expect(session.getState().scheme).toBeNull();
  });

  test("Build makes the form's scheme the pane's, named as made from the template; the fill pays 180, and the run saves the document", async () => {
    const { session, form, port } = setup();
    await session.readData();
    form.open();
    form.addCondition("pick");
    form.setCondition(0, { kind: "pick", column: "是否副卡", op: "yes", value: "" });
    form.build();
    expect(form.getState().problems).toEqual([]);
    expect(form.getState().built).toEqual({ "zh-CN": "按数量分档奖励", "en-US": "Amount per unit, stepped by count" });
    const st = session.getState();
    expect(st.schemeOrigin).toEqual({ kind: "template", template: { "zh-CN": "按数量分档奖励", "en-US": "Amount per unit, stepped by count" } });
    expect(schemeSourceText(st, "zh-CN")).toBe("使用中的规则：新建的方案「按数量分档奖励」（由模板「按数量分档奖励」生成）");
    expect(schemeSourceText(st, "en-US")).toBe("Rules in force: the new scheme Amount per unit, stepped by count (built from the template Amount per unit, stepped by count)");
    expect(documentOptionText(st, "zh-CN")).toBe("新建（按数量分档奖励）：按数量分档奖励");
    expect(st.mapping?.missingRequired).toEqual([]);
    await session.fill();
    expect(session.getState().summary?.total).toBe(180);
    expect(port.saved?.scheme).toEqual({ document: st.schemeDocument });
  });

  test("after Build, 编辑规则 writes the new scheme's 规则 sheet: its tier table reads 营业员 up to 5 at 20, then 40", async () => {
    const { session, form } = setup();
    const book = new SimBook("明细");
    const rules = attachRules(session, new ExcelRules({ run: simRun(book), settings: new SimSettings() }), { download() {}, async copy() {} });
    await session.readData();
    form.open();
    form.build();
    // Build leaves the data sheet active (Fill is the clerk's next step); the rules sheet is one click away
    expect(book.sheet("规则")).toBeUndefined();
    await rules.editRules();
    const ws = book.sheet("规则")!;
    expect(ws.get(0, 1)).toBe("规则 · 按数量分档奖励");
    // the tier rows as the form's example bands say them (营业员: 1–5 at 20, from the 6th at 40)
    const rows: unknown[][] = [];
    for (let r = 1; r <= 80; r++) if (ws.get(0, r) === "营业员") rows.push([0, 1, 2, 3].map((c) => ws.get(c, r) ?? null));
    expect(rows).toEqual([["营业员", 1, 5, 20], ["营业员", 6, null, 40]]);
    expect(book.sheet(RULES_STRUCTURE_SHEET)?.veryHidden).toBe(true);
  });

  test("a typed condition is checked as typed; a build with problems changes nothing", async () => {
    const { session, form } = setup();
    await session.readData();
    form.open();
    form.addCondition("text");
    form.setCondition(0, { kind: "text", text: "是否副卡 ==" });
    expect(form.getState().live[0].map((p) => p.code)).toEqual(["COND_SYNTAX"]);
    form.setCondition(0, { kind: "text", text: "是否付卡" });
    expect(form.getState().live[0].map((p) => p.message["zh-CN"])).toEqual(["工作表中没有「是否付卡」列"]);
    form.setColumn("date", "");
    form.build();
    expect(form.getState().problems.map((p) => p.code)).toEqual(["COLUMN_MISSING", "COND_UNKNOWN_COLUMN"]);
    expect(session.getState().scheme).toBeNull();
  });
});

describe("新建方案 (rendered)", () => {
  test("the form in the pane: template, columns from the sheet, a band added, a typed condition's error shown as typed, then Build", async () => {
    const { session } = setup();
    renderSession(session);
    await act(() => session.readData());
    fireEvent.click(screen.getByRole("button", { name: "从模板新建方案…" }));
    const panel = screen.getByTestId("new-scheme");
    expect(within(panel).getByRole("combobox", { name: "姓名" })).toHaveProperty("value", "揽装人");
    // the bands: four rows of the example, a fifth added and removed again
    const bands = within(panel).getByRole("group", { name: "分档" });
    fireEvent.click(within(panel).getByRole("button", { name: "添加一行（分档）" }));
    expect(within(bands).getAllByRole("textbox", { name: /每件\(元\)/ })).toHaveLength(5);
    fireEvent.click(within(panel).getByRole("button", { name: "删除「分档」第 5 行" }));
    expect(within(bands).getAllByRole("textbox", { name: /每件\(元\)/ })).toHaveLength(4);
    expect(within(bands).getByRole("textbox", { name: "分档：第 1 行「上限(件)」" })).toHaveProperty("value", "5");
    // a typed condition: the parser's error as it is typed, then accepted
    fireEvent.click(within(panel).getByRole("button", { name: "+ 输入条件" }));
    const typed = within(panel).getByRole("textbox", { name: "条件 1" });
    fireEvent.change(typed, { target: { value: "是否副卡 ==" } });
    expect(within(panel).getByTestId("new-cond-1").textContent).toContain("条件写法有误，无法读懂（cannot parse");
    fireEvent.change(typed, { target: { value: "是否副卡" } });
    expect(within(panel).getByTestId("new-cond-1").textContent).toContain("可以使用");
    fireEvent.click(within(panel).getByRole("button", { name: "生成并使用此方案" }));
    expect(screen.getByTestId("new-scheme-built").textContent).toBe("已生成方案「按数量分档奖励」，现为使用中的规则；检查或计算后随结果保存在本工作簿中。点「编辑规则」可写出它的规则表。");
    expect(screen.getByTestId("scheme-source").textContent).toBe("使用中的规则：新建的方案「按数量分档奖励」（由模板「按数量分档奖励」生成）");
    expect(screen.getByRole("combobox", { name: "方案" })).toHaveProperty("value", "file");
  });

  test("without a sheet read, columns are typed; problems are listed in the pane's language", () => {
    const { session } = setup();
    session.setLang("en-US");
    renderSession(session);
    fireEvent.click(screen.getByRole("button", { name: "New scheme from a template…" }));
    const panel = screen.getByTestId("new-scheme");
    expect(within(panel).getByText("The sheet has not been read: type the header text, or read the headers first.")).toBeTruthy();
    fireEvent.change(within(panel).getByRole("textbox", { name: "Name" }), { target: { value: "揽装人" } });
    fireEvent.click(within(panel).getByRole("button", { name: "Build and use this scheme" }));
    expect(within(panel).getAllByTestId("new-scheme-problem").map((li) => li.textContent)).toEqual(["Choose the column holding Role (for bands by role)", "Choose the column holding Date"]);
    // the inputs concerned are marked; a band limit that is no number too
    expect(within(panel).getByRole("textbox", { name: "Date" }).getAttribute("aria-invalid")).toBe("true");
    expect(within(panel).getByRole("textbox", { name: "Name" }).getAttribute("aria-invalid")).toBeNull();
    fireEvent.change(within(panel).getByRole("textbox", { name: "Bands: row 1, Up to" }), { target: { value: "five" } });
    fireEvent.click(within(panel).getByRole("button", { name: "Build and use this scheme" }));
    expect(within(panel).getAllByTestId("new-scheme-problem")[0].textContent).toBe("Row 1, Up to: not a valid number: five");
    expect(within(panel).getByRole("textbox", { name: "Bands: row 1, Up to" }).getAttribute("aria-invalid")).toBe("true");
    expect(session.getState().scheme).toBeNull();
  });
});

// The three forms added after the first four (percent-by-count, rank-awards, fines), each built through the controller
// on a sheet of its own, filled, and its total checked against amounts worked by hand from docs/presets.
function setupWith(rows: (string | number)[][]) {
  const port = new FakePort(rows);
  const session = new PaneSession(port, "zh-CN");
  return { port, session, form: newSchemeFor(session) };
}

describe("新建方案: percent-by-count, rank-awards, fines (controller)", () => {
  test("percent-by-count, sales-office-old-new's example 2: 王's 1,000,000 + 800,000 at 2 × 0.5 % → 18,000; a deal he did not bring is excluded", async () => {
    const { session, form } = setupWith([
      ["老员工", "房号", "成交金额", "成交日期", "是否老员工带来的新客户"],
      ["王", "A-1", 1000000, serial(5, 1), "是"],
      ["王", "A-2", 800000, serial(5, 2), "是"],
      ["王", "A-3", 500000, serial(5, 3), "否"],
    ]);
    await session.readData();
    form.open();
    form.chooseTemplate("percent-by-count");
    expect(form.getState().values?.columns).toEqual({ person: "老员工", staffId: "", date: "成交日期", amount: "成交金额" });
    expect(form.getState().values?.choices).toEqual({ rate: "perUnit" });
    expect(form.getState().values?.tables.rates).toEqual([["1", "0.5%"]]);
    form.addCondition("pick");
    form.setCondition(0, { kind: "pick", column: "是否老员工带来的新客户", op: "no", value: "" });
    form.build();
    expect(form.getState().problems).toEqual([]);
    expect(form.getState().built).toEqual({ "zh-CN": "按数量定比例提成", "en-US": "A percentage, its rate set by the count" });
    await session.fill();
    expect(session.getState().summary).toMatchObject({ ok: 2, excluded: 1, total: 18000 });
  });

  test("rank-awards, car-launch-ladder's ladder: launch-day orders by time → 1000, 800, 500 (2,300 in all); the 03-04 order takes no place", async () => {
    const { session, form } = setupWith([
      ["销售顾问", "订车时间"],
      ["C", serial(3, 4) + 0.75],
      ["A", serial(3, 5) + 0.375],
      ["B", serial(3, 5) + 0.5],
      ["A", serial(3, 5) + 0.75],
    ]);
    await session.readData();
    form.open();
    form.chooseTemplate("rank-awards");
    expect(form.getState().values?.columns).toEqual({ person: "销售顾问", staffId: "", measure: "订车时间", yearMonth: "" });
    form.setChoice("order", "earliest");
    form.setChoice("ties", "sheet");
    form.setCell("prizes", 1, 0, "800");
    form.setCell("prizes", 2, 0, "500");
    form.addCondition("pick");
    form.setCondition(0, { kind: "pick", column: "订车时间", op: "before", value: "2016-03-05" });
    form.addCondition("pick");
    form.setCondition(1, { kind: "pick", column: "订车时间", op: "from", value: "2016-03-06" });
    form.build();
    expect(form.getState().problems).toEqual([]);
    await session.fill();
    expect(session.getState().summary).toMatchObject({ ok: 3, excluded: 1, total: 2300 });
  });

  test("fines, car-referral's 300 per staff fraud: 孙's three frauds → −900; an old customer's fraud is not fined", async () => {
    const { session, form } = setupWith([
      ["介绍人", "介绍人类型", "是否弄虚造假"],
      ["孙", "员工", "是"],
      ["孙", "员工", "是"],
      ["张", "老客户", "是"],
      ["孙", "员工", "是"],
      ["孙", "员工", "否"],
    ]);
    await session.readData();
    form.open();
    form.chooseTemplate("fines");
    form.setCell("breaches", 0, 0, "是否弄虚造假");
    form.setCell("breaches", 0, 1, "300");
    form.addCondition("pick");
    form.setCondition(0, { kind: "pick", column: "介绍人类型", op: "eq", value: "老客户" });
    form.build();
    expect(form.getState().problems).toEqual([]);
    await session.fill();
    expect(session.getState().summary).toMatchObject({ excluded: 1, total: -900 });
  });

  test("a form's blank breach stops the build, named on its row; nothing is adopted", async () => {
    const { session, form } = setupWith([["介绍人", "是否弄虚造假"], ["孙", "是"]]);
    await session.readData();
    form.open();
    form.chooseTemplate("fines");
    form.build();
    expect(form.getState().problems.map((p) => [p.code, p.message["zh-CN"]])).toEqual([["CELL_MISSING", "第 1 行「违规条件」未填写"]]);
    expect(session.getState().scheme).toBeNull();
  });
});

describe("新建方案: the new templates in the pane (rendered)", () => {
  test("the template list offers all seven; rank-awards asks its three questions as lists", () => {
    const { session } = setupWith([["销售顾问", "订车时间"]]);
    renderSession(session);
    fireEvent.click(screen.getByRole("button", { name: "从模板新建方案…" }));
    const panel = screen.getByTestId("new-scheme");
    const select = within(panel).getByRole("combobox", { name: "模板" });
    expect(within(select).getAllByRole("option").map((o) => o.textContent)).toEqual(["按数量分档奖励", "加权评分定等级发奖", "按金额所在区间奖励", "按类型定额奖励", "按数量定比例提成", "按名次奖励", "按次罚款"]);
    fireEvent.change(select, { target: { value: "rank-awards" } });
    const ties = within(panel).getByRole("combobox", { name: "并列时" });
    expect(ties).toHaveProperty("value", "share");
    fireEvent.change(ties, { target: { value: "sheet" } });
    expect(newSchemeFor(session).getState().values?.choices).toEqual({ ranked: "rows", order: "highest", ties: "sheet" });
    expect(within(panel).getByRole("group", { name: "名次奖金" })).toBeTruthy();
  });
});

describe("新建方案: a choice that cannot go with another (rendered)", () => {
  test("每人合计后排名 with 时间早的在前 is refused at Build, in the list and on the order's list", () => {
    const { session } = setupWith([["姓名", "完成台数"]]);
    renderSession(session);
    fireEvent.click(screen.getByRole("button", { name: "从模板新建方案…" }));
    const panel = screen.getByTestId("new-scheme");
    fireEvent.change(within(panel).getByRole("combobox", { name: "模板" }), { target: { value: "rank-awards" } });
    fireEvent.change(within(panel).getByRole("combobox", { name: "给谁排名次" }), { target: { value: "people" } });
    fireEvent.change(within(panel).getByRole("combobox", { name: "排名依据的顺序" }), { target: { value: "earliest" } });
    fireEvent.change(within(panel).getByRole("textbox", { name: "姓名" }), { target: { value: "姓名" } });
    fireEvent.change(within(panel).getByRole("textbox", { name: "排名依据" }), { target: { value: "完成台数" } });
    fireEvent.click(within(panel).getByRole("button", { name: "生成并使用此方案" }));
    expect(within(panel).getAllByTestId("new-scheme-problem").map((li) => li.textContent)).toEqual(["「每人合计后排名（如每人当月的业绩）」与「时间早的在前（先到先得）」不能同时选择"]);
    expect(within(panel).getByRole("combobox", { name: "排名依据的顺序" }).getAttribute("aria-invalid")).toBe("true");
    expect(within(panel).getByRole("combobox", { name: "给谁排名次" }).getAttribute("aria-invalid")).toBeNull();
    expect(session.getState().scheme).toBeNull();
  });
});

describe("新建方案: a fine's breach is checked as it is typed", () => {
  test("controller: the parser's error, then a column the sheet lacks, then nothing once it reads", async () => {
    const { session, form } = setupWith([["介绍人", "是否弄虚造假"], ["孙", "是"]]);
    await session.readData();
    form.open();
    form.chooseTemplate("fines");
    form.setCell("breaches", 0, 0, "是否弄虚造假 ==");
    expect(form.getState().liveCells["breaches:1:when"].map((p) => p.code)).toEqual(["COND_SYNTAX"]);
    form.setCell("breaches", 0, 0, "是否造假");
    expect(form.getState().liveCells["breaches:1:when"].map((p) => p.message["zh-CN"])).toEqual(["工作表中没有「是否造假」列"]);
    form.setCell("breaches", 0, 0, "是否弄虚造假");
    expect(form.getState().liveCells["breaches:1:when"]).toEqual([]);
  });

  test("rendered: the problem is shown under the table with its cell, and the cell is marked", async () => {
    const { session } = setupWith([["介绍人", "是否弄虚造假"], ["孙", "是"]]);
    renderSession(session);
    await act(() => session.readData());
    fireEvent.click(screen.getByRole("button", { name: "从模板新建方案…" }));
    const panel = screen.getByTestId("new-scheme");
    fireEvent.change(within(panel).getByRole("combobox", { name: "模板" }), { target: { value: "fines" } });
    const cell = within(panel).getByRole("textbox", { name: "违规与罚款：第 1 行「违规条件」" });
    fireEvent.change(cell, { target: { value: "是否造假" } });
    expect(within(panel).getByTestId("new-cell-breaches-1").textContent).toBe("违规与罚款：第 1 行「违规条件」：工作表中没有「是否造假」列");
    expect(cell.getAttribute("aria-invalid")).toBe("true");
    fireEvent.change(cell, { target: { value: "是否弄虚造假" } });
    expect(within(panel).queryByTestId("new-cell-breaches-1")).toBeNull();
  });
});
