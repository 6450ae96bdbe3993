/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { HEADERS, order } from "../excel/data";
import { FakePort } from "./fakePort";
import { renderPane } from "./render";

// The pane's one warning for results computed from other data or rules (issue 19 item 1), as the clerk sees it.
// mobile-retention 营业员: 5×20 then 40 per household (docs/presets/mobile-retention.md).

const eight = () => [HEADERS, ...Array.from({ length: 8 }, (_, i) => order("王丽", "营业员", i + 1, true))];

async function choose(name = "方案") {
  fireEvent.change(screen.getByRole("combobox", { name }), { target: { value: "preset:mobile-retention" } });
}
async function click(name: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name }));
  });
}

describe("the stale warning", () => {
  test("a cell corrected after the fill: Validate shows one warning naming the data and the fill, with one button; Refresh all fills again", async () => {
    const port = new FakePort(eight());
    renderPane(port, "zh-CN", () => "2016-02-01 09:30");
    await choose();
    await click("计算并填写");
    expect(screen.getByTestId("total").textContent).toBe("220.00");
    expect(screen.queryByTestId("stale")).toBeNull();
    // the eighth household turns out to be a secondary card: 7 households, 5×20 + 2×40 = 180
    port.cells[8] = order("王丽", "营业员", 8, true, { 是否副卡: "是" });
    await click("校验");
    const bar = screen.getByTestId("stale");
    expect(within(bar).getByTestId("stale-title").textContent).toBe("数据或规则已改变，结果需重新计算");
    expect(within(bar).getByTestId("stale-what").textContent).toBe("已改变：数据（工作表「明细」）");
    expect(within(bar).getByTestId("stale-outputs").textContent).toBe("需重新计算：Jili 的列和汇总表（2016-02-01 09:30 计算）");
    expect(within(bar).getAllByRole("button").map((b) => b.textContent)).toEqual(["全部重新计算"]);
    // it sits at the run step, where Validate was clicked, and is announced
    expect(within(screen.getByRole("region", { name: "4. 校验与填写" })).getByTestId("stale")).toBe(bar);
    expect(screen.getByTestId("live").textContent).toContain("数据或规则已改变，结果需重新计算");
    await click("全部重新计算");
    expect(port.fills).toHaveLength(2);
    expect(screen.getByTestId("total").textContent).toBe("180.00");
    expect(screen.queryByTestId("stale")).toBeNull();
  });

  test("a parameter changed after the fill marks the rules; set back, the warning goes", async () => {
    const port = new FakePort(eight());
    const { session } = renderPane(port);
    await choose();
    await click("计算并填写");
    act(() => session.setParam("effectiveFrom", "2016-01-05"));
    expect(screen.getByTestId("stale-what").textContent).toBe("已改变：规则（方案或参数）");
    act(() => session.setParam("effectiveFrom", ""));
    expect(screen.queryByTestId("stale")).toBeNull();
  });

  test("both changed, in English", async () => {
    const port = new FakePort(eight());
    const { session } = renderPane(port, "en-US", () => "2016-02-01 09:30");
    await choose("Scheme");
    await click("Calculate and fill");
    port.cells.push(order("王丽", "营业员", 9, true));
    act(() => session.setParam("effectiveFrom", "2016-01-05"));
    await click("Validate");
    expect(screen.getByTestId("stale-title").textContent).toBe("The data or the rules changed since these results were computed");
    expect(screen.getByTestId("stale-what").textContent).toBe("What changed: the data (sheet 明细) and the rules (the scheme or its parameters)");
    expect(screen.getByTestId("stale-outputs").textContent).toBe("To compute again: Jili's columns and the summary sheet (computed 2016-02-01 09:30)");
    expect(screen.getByRole("button", { name: "Refresh all" })).toBeTruthy();
  });

  test("Remove Jili output forgets the stamps: nothing is left to be stale", async () => {
    const port = new FakePort(eight());
    const { session } = renderPane(port);
    await choose();
    await click("计算并填写");
    expect(port.saved?.stamps?.fill?.rows).toBe(8);
    await act(() => session.forgetOutput());
    expect(port.saved?.stamps).toBeUndefined();
    port.cells.push(order("王丽", "营业员", 9, true));
    await click("校验");
    expect(screen.queryByTestId("stale")).toBeNull();
  });
});
