/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { FillOutcome } from "../../src/excel/port";
import { HEADERS, order } from "../excel/data";
import { FakePort } from "./fakePort";
import { renderPane } from "./render";

const eight = () => [["2016年1月 购机送费明细"], [], HEADERS, ...Array.from({ length: 8 }, (_, i) => order("王丽", "营业员", i + 1, true))];

async function chooseScheme(id = "mobile-retention") {
  fireEvent.change(screen.getByRole("combobox", { name: "方案" }), { target: { value: `preset:${id}` } });
}

async function readSheet() {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "读取当前工作表" }));
  });
}

describe("task pane", () => {
  test("scheme choice, then the header is found under the titles", async () => {
    const port = new FakePort(eight());
    renderPane(port);
    expect(screen.getByRole("button", { name: "读取当前工作表" })).toHaveProperty("disabled", true);
    await chooseScheme();
    await readSheet();
    expect(screen.getByTestId("data-found").textContent).toBe("「明细」表头在第 3 行，数据 8 行");
    expect(screen.getByRole("combobox", { name: "揽装人" })).toBeTruthy();
  });

  test("a missing required column is named before anything runs; a manual mapping fixes it", async () => {
    const cells = eight().map((line, r) => (r === 2 ? line.map((h) => (h === "揽装人" ? "经办人" : h)) : line));
    const port = new FakePort(cells);
    renderPane(port);
    await chooseScheme();
    await readSheet();
    expect(screen.getByRole("alert").textContent).toContain("缺少必需的列：揽装人");
    expect(screen.getByRole("button", { name: "校验" })).toHaveProperty("disabled", true);
    fireEvent.change(screen.getByRole("combobox", { name: "揽装人" }), { target: { value: "0" } });
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByRole("button", { name: "校验" })).toHaveProperty("disabled", false);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "计算并填写" }));
    });
    expect(port.saved?.columns).toEqual({ recruiter: "经办人" });
    expect(screen.getByTestId("total").textContent).toBe("220.00");
  });

  test("validate: issues grouped by code with counts; clicking a cell selects it", async () => {
    const cells = eight();
    cells[4] = order("王丽", "营业员", 2, true, { 办理日期: "2016-13-45" });
    cells[6] = order("王丽", "营业员", 4, true, { 办理日期: "不详" });
    cells[7] = order("王丽", "营业员", 5, true, { 是否副卡: "是" });
    const port = new FakePort(cells);
    renderPane(port);
    await chooseScheme();
    await readSheet();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "校验" }));
    });
    expect(screen.getByTestId("counts").textContent).toBe("共 8 行：计奖 5，排除 1，无效 2，待定 0");
    const groups = within(screen.getByRole("list", { name: "校验结果" })).getAllByRole("listitem");
    expect(groups[0].textContent).toContain("无效");
    expect(within(groups[0]).getByText("2")).toBeTruthy();
    expect(screen.getByTestId("issue-SECONDARY_CARD").textContent).toContain("排除");
    expect(port.marks.map((m) => m.address)).toEqual(["D5", "D7"]);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "选中 D7" }));
    });
    expect(port.selected).toEqual([{ sheet: "明细", address: "D7" }]);
  });

  test("progress bar while writing, and cancel", async () => {
    const port = new FakePort(eight());
    let release: (o: FillOutcome) => void = () => undefined;
    port.fillScript = [
      (request, { cancel, onProgress }) => {
        onProgress?.({ phase: "write", done: 5000, total: 10000 });
        return new Promise<FillOutcome>((resolve) => {
          release = (o) => resolve(cancel?.cancelled ? { status: "cancelled", rowsWritten: 5000, stats: { syncs: 2, chunks: 1, largestRequest: 10 } } : o);
        });
      },
    ];
    renderPane(port);
    await chooseScheme();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "计算并填写" }));
    });
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect(screen.getByText("正在写入… 5000/10000 行")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "取消" }));
    await act(async () => release({ status: "done", rows: 8, stats: { syncs: 2, chunks: 1, largestRequest: 10 } }));
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.getByText(/已取消：已写入 5000 行/)).toBeTruthy();
  });

  test("overwrite? a user's formula in the way is shown; confirming writes; the result is at a glance", async () => {
    const port = new FakePort(eight());
    port.fillScript = [
      async () => ({ status: "conflicts", conflicts: [{ kind: "formula", sheet: "明细", address: "K5", canOverwrite: true }] }),
      async (request) => ({ status: "done", rows: request.rowNumbers.length, stats: { syncs: 4, chunks: 1, largestRequest: 100 } }),
    ];
    renderPane(port);
    await chooseScheme();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "计算并填写" }));
    });
    const dialog = await screen.findByRole("alertdialog");
    expect(dialog.textContent).toContain("K5（公式）");
    expect(port.fills.map((f) => f.overwrite)).toEqual([false]);
    await act(async () => {
      fireEvent.click(within(dialog).getByRole("button", { name: "覆盖" }));
    });
    expect(port.fills.map((f) => f.overwrite)).toEqual([false, true]);
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    // 营业员 with 8 eligible households: 5×20 + 3×40 = 220, one person paid
    expect(screen.getByTestId("paid").textContent).toBe("1");
    expect(screen.getByTestId("total").textContent).toBe("220.00");
  });

  test("declining keeps the user's data", async () => {
    const port = new FakePort(eight());
    port.fillScript = [async () => ({ status: "conflicts", conflicts: [{ kind: "formula", sheet: "明细", address: "K5", canOverwrite: true }] })];
    renderPane(port);
    await chooseScheme();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "计算并填写" }));
    });
    fireEvent.click(within(await screen.findByRole("alertdialog")).getByRole("button", { name: "不覆盖" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(port.fills).toHaveLength(1);
    expect(screen.queryByTestId("total")).toBeNull();
  });

  test("rows excluded by reason in the result", async () => {
    const cells = eight();
    cells[5] = order("王丽", "营业员", 3, true, { 是否副卡: "是" });
    cells[6] = order("王丽", "营业员", 4, true, { 是否副卡: "是" });
    const port = new FakePort(cells);
    renderPane(port);
    await chooseScheme();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "计算并填写" }));
    });
    // 6 eligible: 5×20 + 1×40 = 140 (the evaluation gives the event loop turns: the total comes after them)
    expect((await screen.findByTestId("total")).textContent).toBe("140.00");
    // the reason in words with its count; the code only on the details line under it
    expect(screen.getByTestId("excluded-by-reason").textContent).toMatch(/副卡不纳入奖励（M1） — 2代码：SECONDARY_CARD/);
    // the pane switched to English after the fill: the reasons follow (the preset's English message), no run again
    fireEvent.click(screen.getByRole("button", { name: "切换到英文界面" }));
    expect(screen.getByTestId("excluded-by-reason").textContent).toMatch(/Secondary cards are excluded \(M1\) — 2Code: SECONDARY_CARD/);
  });

  test("language switch: English labels, and columns written in English", async () => {
    const port = new FakePort(eight());
    renderPane(port);
    fireEvent.click(screen.getByRole("button", { name: "切换到英文界面" }));
    expect(screen.getByRole("heading").textContent).toBe("Jili incentives");
    fireEvent.change(screen.getByRole("combobox", { name: "Scheme" }), { target: { value: "preset:mobile-retention" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Calculate and fill" }));
    });
    expect(port.fills[0].request.columns.map((c) => c.header)).toContain("Jili·Bonus (yuan)");
    expect(port.fills[0].request.summary?.sheetName).toBe("Jili Summary");
    expect(screen.getByText("People paid")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Switch to Chinese" }));
    expect(screen.getByRole("heading").textContent).toBe("Jili 激励计算");
  });

  test("the scheme and mapping saved in the workbook make next month one click", async () => {
    const port = new FakePort(eight());
    port.saved = { version: 1, scheme: { preset: "mobile-retention" }, part: "orders", params: {}, columns: { staffId: "工号" }, lang: "zh-CN" };
    renderPane(port);
    expect((screen.getByRole("combobox", { name: "方案" }) as HTMLSelectElement).value).toBe("saved");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "按保存的设置计算并填写" }));
    });
    expect(port.fills).toHaveLength(1);
    expect(screen.getByTestId("total").textContent).toBe("220.00");
  });

  test("a broken scheme file is a typed, bilingual error listing its issues", async () => {
    const port = new FakePort(eight());
    const { session } = renderPane(port);
    act(() => session.loadSchemeText(JSON.stringify({ format: "jili-scheme/1", id: "x" })));
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("方案文件无效");
    expect(alert.textContent).toContain("SCHEME_INVALID");
    act(() => session.setLang("en-US"));
    expect(screen.getByRole("alert").textContent).toContain("The scheme document is invalid");
  });
});
