/** @jest-environment jsdom */
import "./textEncoder";
import { act, fireEvent, screen, within } from "@testing-library/react";
import type { Progress, SheetSnapshot } from "../../src/excel/port";
import { CAR_EXPECTED, LAUNCH_PARAMS, ORDERS, QUALIFIED_ON_ORDERS, TARGETS } from "../excel/tablesScenario";
import { FakePort } from "./fakePort";
import { renderPane } from "./render";
import { PaneSession } from "../../src/taskpane/controller/session";

/** 订单 (active), the targets on 自定指标, and a sheet of notes. */
function carPort(): FakePort {
  const port = new FakePort(ORDERS, "订单");
  port.others = [
    { name: "自定指标", cells: TARGETS },
    { name: "说明", cells: [["三月上市会"]] },
  ];
  return port;
}

const PARAM_LABELS = { "zh-CN": { launchDate: "上市会日期", commissionPerCar: "每台新车奖励提成" }, "en-US": { launchDate: "Launch date", commissionPerCar: "New-car commission per car" } };

async function setUp(lang: "zh-CN" | "en-US" = "zh-CN") {
  fireEvent.change(screen.getByRole("combobox", { name: lang === "zh-CN" ? "方案" : "Scheme" }), { target: { value: "preset:car-launch-advance" } });
  for (const [key, value] of Object.entries(LAUNCH_PARAMS)) {
    fireEvent.change(screen.getByLabelText(PARAM_LABELS[lang][key as keyof typeof LAUNCH_PARAMS]), { target: { value } });
  }
}

async function click(name: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name }));
  });
}

describe("task pane: a part's table kept on a sheet of its own", () => {
  test("the mapping step says where the targets came from and lets the clerk choose their sheet; only the sheets needed are read", async () => {
    const port = carPort();
    renderPane(port);
    await setUp();
    await click("读取当前工作表");
    // the main sheet's own rows, not the rows put together
    expect(screen.getByTestId("data-found").textContent).toBe("「订单」表头在第 1 行，数据 7 行");
    const lines = within(screen.getByTestId("table-lines")).getAllByRole("listitem").map((li) => li.textContent ?? "");
    expect(lines.some((l) => l.includes("工作表「自定指标」") && l.includes("销售顾问"))).toBe(true);
    const select = screen.getByRole("combobox", { name: "「自定指标」所在的工作表" }) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(["自动：自定指标", "自定指标", "说明"]);
    // found by its headers: every other sheet is a candidate, each read once
    expect(port.sheetReads).toEqual([["自定指标", "说明"]]);
    // the column report keeps the same line
    expect(screen.getByText("列的使用情况")).toBeTruthy();
  });

  test("validate lists 张's row on 自定指标 and selects it there; fill writes 订单's seven rows only", async () => {
    const port = carPort();
    renderPane(port);
    await setUp();
    await click("校验");
    expect(screen.getByTestId("counts").textContent).toBe("共 8 行：计奖 8，排除 0，无效 0，待定 0");
    const lone = screen.getByTestId("issue-JOIN_NO_MAIN_ROW");
    expect(lone.textContent).toContain("「自定指标」第 4 行");
    await click("选中 「自定指标」第 4 行");
    expect(port.selected).toEqual([{ sheet: "自定指标", address: "4:4" }]);
    expect(port.marks).toEqual([]);
    // the clerk is now on 自定指标: the fill reads 订单 again as the main sheet, and writes there only
    await click("计算并填写");
    expect(port.fills).toHaveLength(1);
    const { request } = port.fills[0];
    expect(request.sheet).toBe("订单");
    expect(request.rowNumbers).toEqual([2, 3, 4, 5, 6, 7, 8]);
    const qualified = request.columns.find((c) => c.header === "Jili·合格台数")!;
    expect(qualified.values).toEqual(QUALIFIED_ON_ORDERS);
    expect(request.columns.every((c) => c.values.length === 7 && c.col >= ORDERS[0].length)).toBe(true);
    // the summary holds 张 too: his row is on 自定指标, his money is in the summary
    const head = request.summary!.headers;
    const row = (who: string) => request.summary!.rows.find((r) => r[0] === who)!;
    for (const [who, e] of Object.entries(CAR_EXPECTED)) {
      expect([row(who)[head.indexOf("预发提成(元)")], row(who)[head.indexOf("月底退回(元)")], row(who)[head.indexOf("实得(元)")]]).toEqual([e.advance, e.clawback, e.kept]);
    }
  });

  test("in English: another sheet chosen for the targets is read and used; a saved choice naming a sheet that is gone is said so", async () => {
    const port = carPort();
    port.others.push({
      name: "上月指标",
      cells: [
        ["销售顾问", "自定指标"],
        ["王", 2],
        ["李", 4],
      ],
    });
    port.saved = { version: 1, scheme: { preset: "car-launch-advance" }, part: "orders", params: LAUNCH_PARAMS, columns: {}, tables: { targets: "旧指标" }, lang: "en-US" };
    renderPane(port, "en-US");
    await click("Read the active sheet");
    expect(screen.getByText("The saved choice 旧指标 (Own targets) is not in the workbook any more; the table is looked for by its headers.")).toBeTruthy();
    const select = () => screen.getByRole("combobox", { name: "Sheet holding Own targets" }) as HTMLSelectElement;
    expect(select().value).toBe("__auto__");
    await act(async () => {
      fireEvent.change(select(), { target: { value: "上月指标" } });
    });
    expect(select().value).toBe("上月指标");
    expect([...select().options].map((o) => o.textContent)).toEqual(["find it automatically", "自定指标", "说明", "上月指标"]);
    await click("Calculate and fill");
    // by hand: 王 target 2, q = 2 → 2 × 800 = 1600 kept; 李 target 4, q = 4 → 3200 kept; no 张 on that sheet
    const summary = port.fills[0].request.summary!;
    const kept = summary.headers.indexOf("Kept (yuan)");
    expect(summary.rows.map((r) => [r[0], r[kept]])).toEqual([
      ["王", 1600],
      ["李", 3200],
    ]);
    expect(port.saved?.tables).toEqual({ targets: "上月指标" });
    // Validate and Fill read the sheets used again: the chosen one alone
    expect(port.sheetReads[port.sheetReads.length - 1]).toEqual(["上月指标"]);
  });

  test("a sheet chosen that holds no targets is said so at the data step, and the choice stays on show to be changed", async () => {
    const port = carPort();
    renderPane(port);
    await setUp();
    await click("读取当前工作表");
    const select = () => screen.getByRole("combobox", { name: "「自定指标」所在的工作表" }) as HTMLSelectElement;
    await act(async () => {
      fireEvent.change(select(), { target: { value: "说明" } });
    });
    // 说明 names no field of the targets: the engine's refusal, with its code, and no columns to map
    expect(screen.getByText(/NO_HEADER/)).toBeTruthy();
    expect(screen.queryByTestId("table-lines")).toBeNull();
    expect(select().value).toBe("说明");
    await act(async () => {
      fireEvent.change(select(), { target: { value: "__auto__" } });
    });
    expect(screen.queryByText(/NO_HEADER/)).toBeNull();
    expect(within(screen.getByTestId("table-lines")).getAllByRole("listitem")[0].textContent).toContain("工作表「自定指标」");
  });

  test("reading another sheet shows its name in the progress", async () => {
    const port = carPort();
    let release: () => void = () => undefined;
    const read = port.readSheets.bind(port);
    port.readSheets = (names: readonly string[], onProgress?: (p: Progress) => void): Promise<SheetSnapshot[]> => {
      onProgress?.({ phase: "read", done: 2, total: 4, sheet: names[0] });
      return new Promise((resolve) => (release = () => resolve(read(names))));
    };
    renderPane(port);
    await setUp();
    await click("读取当前工作表");
    expect(screen.getByText("正在读取「自定指标」… 2/4 行")).toBeTruthy();
    await act(async () => release());
    expect(screen.queryByText("正在读取「自定指标」… 2/4 行")).toBeNull();
    expect(screen.getByTestId("data-found")).toBeTruthy();
  });

  test("sheets not read yet are read when the scheme or a table's sheet changes after the read", async () => {
    const port = carPort();
    port.others.push({ name: "上月指标", cells: [["销售顾问", "自定指标"], ["王", 2]] });
    port.saved = { version: 1, scheme: { preset: "car-launch-advance" }, part: "orders", params: LAUNCH_PARAMS, columns: {}, tables: { targets: "上月指标" } };
    const session = new PaneSession(port, "zh-CN");
    // the saved choice: the orders and that sheet alone
    await session.readData();
    expect(port.sheetReads).toEqual([["上月指标"]]);
    expect(session.getState().tables[0]).toMatchObject({ found: "上月指标", chosen: "上月指标" });
    // back to finding the table by its headers: the sheets not read yet are read (上月指标 is held already)
    await session.chooseTableSheet("targets", null);
    expect(port.sheetReads).toEqual([["上月指标"], ["自定指标", "说明"]]);
    expect(session.getState().tables[0].chosen).toBeNull();
    expect(session.getState().error).toBeNull();
    // a sheet read with no scheme chosen: choosing the scheme lists the sheets and reads the ones it needs
    const fresh = carPort();
    const other = new PaneSession(fresh, "zh-CN");
    await other.readData();
    other.chooseScheme("preset:car-launch-advance");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fresh.sheetReads).toEqual([["自定指标", "说明"]]);
    expect(other.getState().tables).toEqual([expect.objectContaining({ id: "targets", found: "自定指标" })]);
  });
});
