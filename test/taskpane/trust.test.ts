/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import type { StatementSheet } from "../../src/engine";
import type { StatementsOutcome, StatementsPort } from "../../src/excel/statements";
import { PaneError } from "../../src/excel/errors";
import { attachStatements } from "../../src/taskpane/controller/statements";
import { HEADERS, order } from "../excel/data";
import { FakePort } from "./fakePort";
import { renderPane } from "./render";

// Issue 19: results read the current sheet, nothing happens out of view, money over invalid rows is never silent,
// and the headline counts people. Amounts: mobile-retention 营业员, 5×20 then 40 per household (docs/presets).

const eight = () => [HEADERS, ...Array.from({ length: 8 }, (_, i) => order("王丽", "营业员", i + 1, true))];

async function choose() {
  fireEvent.change(screen.getByRole("combobox", { name: "方案" }), { target: { value: "preset:mobile-retention" } });
}
async function click(name: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name }));
  });
}

class FakeStatements implements StatementsPort {
  written: StatementSheet[] = [];
  async writeStatements(sheets: readonly StatementSheet[]): Promise<StatementsOutcome> {
    this.written.push(...sheets);
    return { status: "done", sheet: sheets[0].name, sheets: sheets.map((s) => s.name), renamed: false, printSettings: true, stats: { syncs: 2, chunks: 1, largestRequest: 100 } };
  }
}

describe("every result reads the current sheet", () => {
  test("Validate again after correcting a bad date checks the corrected sheet", async () => {
    const port = new FakePort(eight());
    port.cells[2] = order("王丽", "营业员", 2, true, { 办理日期: "2016-13-45" });
    renderPane(port);
    await choose();
    await click("校验");
    expect(screen.getByTestId("counts").textContent).toBe("共 8 行：计奖 7，排除 0，无效 1，待定 0");
    expect(port.marks.map((m) => m.address)).toEqual(["D3"]);
    port.cells[2] = order("王丽", "营业员", 2, true);
    await click("校验");
    expect(screen.getByTestId("counts").textContent).toBe("共 8 行：计奖 8，排除 0，无效 0，待定 0");
    expect(port.marks).toEqual([]);
  });

  test("statements made before a later fill are stale: one warning names them and the data, and Refresh all writes them again", async () => {
    const port = new FakePort(eight());
    const statements = new FakeStatements();
    const { session } = renderPane(port, "zh-CN", () => "2016-02-01 09:30");
    attachStatements(session, statements);
    await choose();
    await click("计算并填写");
    await click("个人明细");
    expect(statements.written[0].blocks.map((b) => b.total)).toEqual([220]);
    expect(screen.queryByTestId("stale")).toBeNull();
    // a ninth household: 5×20 + 4×40 = 260
    port.cells.push(order("王丽", "营业员", 9, true));
    await click("计算并填写");
    expect(screen.getByTestId("total").textContent).toBe("260.00");
    // the fill is fresh; the statements were cut from the eight rows
    expect(screen.getByTestId("stale-title").textContent).toBe("数据或规则已改变，结果需重新计算");
    expect(screen.getByTestId("stale-what").textContent).toBe("已改变：数据（工作表「明细」）");
    expect(screen.getByTestId("stale-outputs").textContent).toBe("需重新计算：个人明细（2016-02-01 09:30 计算）");
    await click("全部重新计算");
    expect(port.fills).toHaveLength(3);
    expect(statements.written[1].blocks.map((b) => b.total)).toEqual([260]);
    expect(screen.queryByTestId("stale")).toBeNull();
  });
});

describe("nothing happens out of view", () => {
  test("a fill's error shows at the run step, in plain words, the code only in a details line, and is announced", async () => {
    const port = new FakePort(eight());
    port.fillScript = [
      async () => {
        throw new PaneError("OWNED_SHEET", { "zh-CN": "这是 Jili 生成的工作表，请切换到数据表", "en-US": "This sheet is one Jili wrote; switch to the data sheet" });
      },
    ];
    renderPane(port);
    await choose();
    await click("计算并填写");
    const run = screen.getByRole("region", { name: "4. 校验与填写" });
    const bar = within(run).getByRole("alert");
    expect(within(bar).getByTestId("message-headline").textContent).toBe("这是 Jili 生成的工作表，请切换到数据表");
    expect(within(bar).getByTestId("message-headline").textContent).not.toContain("OWNED_SHEET");
    expect(within(bar).getByTestId("message-details").textContent).toContain("OWNED_SHEET");
    expect(screen.getByTestId("live").textContent).toContain("这是 Jili 生成的工作表");
    expect(screen.getByTestId("live").getAttribute("aria-live")).toBe("polite");
  });

  test("issue groups and excluded reasons headline the reason, not the code", async () => {
    const port = new FakePort(eight());
    port.cells[3] = order("王丽", "营业员", 3, true, { 是否副卡: "是" });
    renderPane(port);
    await choose();
    await click("校验");
    const group = screen.getByTestId("issue-SECONDARY_CARD");
    expect(within(group).getByTestId("issue-headline").textContent).not.toContain("SECONDARY_CARD");
    expect(within(group).getByTestId("issue-details").textContent).toContain("SECONDARY_CARD");
    expect(screen.getByTestId("live").textContent).toBe("共 8 行：计奖 7，排除 1，无效 0，待定 0");
  });
});

describe("money over invalid rows is never silent", () => {
  const withInvalid = () => {
    const cells = eight();
    cells[2] = order("王丽", "营业员", 2, true, { 办理日期: "2016-13-45" });
    cells[4] = order("王丽", "营业员", 4, true, { 办理日期: "不详" });
    return cells;
  };

  test("Fill asks first; declining writes nothing", async () => {
    const port = new FakePort(withInvalid());
    renderPane(port);
    await choose();
    await click("计算并填写");
    const dialog = screen.getByRole("alertdialog");
    expect(dialog.textContent).toContain("有 2 行无效，合计不含这些行。仍要填写吗？");
    expect(port.fills).toHaveLength(0);
    await click("不填写");
    expect(port.fills).toHaveLength(0);
    expect(screen.queryByTestId("total")).toBeNull();
  });

  test("confirming fills, keeps the issue list and says the total is incomplete by how many rows", async () => {
    const port = new FakePort(withInvalid());
    renderPane(port);
    await choose();
    await click("计算并填写");
    await click("仍要填写");
    expect(port.fills).toHaveLength(1);
    // 6 valid households: 5×20 + 1×40 = 140
    expect(screen.getByTestId("total").textContent).toBe("140.00");
    expect(screen.getByTestId("incomplete").textContent).toBe("合计不完整：不含 2 行无效数据。");
    expect(screen.getByTestId("counts").textContent).toBe("共 8 行：计奖 6，排除 0，无效 2，待定 0");
    expect(screen.getByTestId("issue-INVALID_DATE")).toBeTruthy();
  });

  test("English: the same question", async () => {
    const port = new FakePort(withInvalid());
    const { session } = renderPane(port);
    await choose();
    act(() => session.setLang("en-US"));
    await click("Calculate and fill");
    expect(screen.getByRole("alertdialog").textContent).toContain("2 rows are invalid and the total leaves them out. Fill anyway?");
  });

  test("a sheet with no invalid rows fills without asking", async () => {
    const port = new FakePort(eight());
    renderPane(port);
    await choose();
    await click("计算并填写");
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(port.fills).toHaveLength(1);
    expect(screen.queryByTestId("incomplete")).toBeNull();
  });
});

describe("headline from the scheme", () => {
  test("one person paid over two months is one person, not two person-months", async () => {
    // 王丽: 8 households in January (220) and 1 in February (20)
    const port = new FakePort([...eight(), order("王丽", "营业员", 40, true)]);
    renderPane(port);
    await choose();
    await click("计算并填写");
    expect(screen.getByTestId("paid").textContent).toBe("1");
    expect(screen.getByText("获奖人数")).toBeTruthy();
    expect(screen.getByTestId("total").textContent).toBe("240.00");
  });
});
