/** @jest-environment jsdom */
import "./textEncoder";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Cell } from "../excel/types";
import { SimBook } from "../../src/preview/excelSim";
import { removalFor } from "../../src/taskpane/controller/removal";
import { adapterFor } from "../excel/harness";
import { bigSheet, HEADERS, order } from "../excel/data";
import { renderPane } from "./render";

// Issue 19 item 6, "every row reachable", on the simulated Office.js host: the pane over the real Excel adapter.

const ROWS = 20_000;
/**
 * bigSheet(n): row i (0-based) is sheet row i + 2; every 7th (i % 7 = 3) a secondary card, every 11th (i % 11 = 5) a bad
 * date. A row with both is invalid (a bad date), and its exclusion is not listed: i ≡ 3 (mod 7) and i ≡ 5 (mod 11)
 * is i ≡ 38 (mod 77). So the excluded rows are i % 7 = 3 and i % 77 ≠ 38: 2 857 − 260 = 2 597 of them, and the
 * invalid ones i % 11 = 5: 1 818.
 */
const excludedRows = () => Array.from({ length: ROWS }, (_, i) => i).filter((i) => i % 7 === 3 && i % 77 !== 38).map((i) => i + 2);

async function click(name: string | RegExp, within_?: HTMLElement) {
  await act(async () => {
    fireEvent.click((within_ ? within(within_) : screen).getByRole("button", { name }));
  });
}

async function validated(cells: Cell[][]) {
  const book = new SimBook("明细");
  book.active.put(cells);
  const ports = adapterFor(book);
  const view = renderPane(ports.port);
  fireEvent.change(screen.getByRole("combobox", { name: "方案" }), { target: { value: "preset:mobile-retention" } });
  await click("读取当前工作表");
  await click("校验");
  // at this size the evaluation gives the event loop turns (worker/): the list comes after them
  await screen.findByTestId("counts");
  await waitFor(() => expect(view.session.getState().busy).toBeNull());
  return { book, ...ports, ...view };
}

const rowButtons = (list: HTMLElement) => within(list).queryAllByRole("button", { name: /^选中/ });

describe("every row reachable (20 000 rows)", () => {
  jest.setTimeout(120_000);

  test("the list renders a bounded number of rows at a constant height; a row far down is reached by scrolling or the keyboard and selects its cell or row", async () => {
    const { book } = await validated(bigSheet(ROWS));
    expect(within(screen.getByTestId("issue-SECONDARY_CARD")).getByText("2597")).toBeTruthy();
    expect(within(screen.getByTestId("issue-INVALID_DATE")).getByText("1818")).toBeTruthy();
    const excluded = screen.getByTestId("rows-SECONDARY_CARD");
    const invalid = screen.getByTestId("rows-INVALID_DATE");
    // 8 rows in view and 4 below: 12 rows of 2 597 in the DOM; the list is 8 rows of 28 px tall (+ its border)
    expect(rowButtons(excluded)).toHaveLength(12);
    expect(rowButtons(invalid)).toHaveLength(12);
    expect(excluded.style.height).toBe(`${8 * 28 + 2}px`);
    expect(within(excluded).getAllByRole("listitem")[0].getAttribute("aria-setsize")).toBe("2597");

    // the keyboard: End on the first row goes to the last excluded row, i = 19 995 (19 995 % 7 = 3, % 77 = 52): row 19 997
    const first = rowButtons(excluded)[0];
    // the first excluded row: i = 3, row 5
    expect(first.getAttribute("aria-label")).toBe("选中 第 5 行");
    expect(first.tabIndex).toBe(0);
    expect(rowButtons(excluded)[1].tabIndex).toBe(-1);
    first.focus();
    await act(async () => {
      fireEvent.keyDown(first, { key: "End" });
    });
    const last = within(excluded).getByRole("button", { name: "选中 第 19997 行" });
    expect(document.activeElement).toBe(last);
    expect(rowButtons(excluded).length).toBeLessThanOrEqual(17);
    await act(async () => {
      fireEvent.keyDown(last, { key: "ArrowUp" });
    });
    // the excluded row before it: i = 19 988 (19 988 % 7 = 3): row 19 990
    expect(document.activeElement?.getAttribute("aria-label")).toBe("选中 第 19990 行");
    await click("选中 第 19997 行", excluded);
    // an excluded row names no column: its whole row is selected on its sheet
    expect(book.active.name).toBe("明细");
    expect(book.activeCell).toEqual({ col: 0, row: 19997 });

    // the mouse: scrolled to the bottom, the last invalid row (i = 19 992, 19 992 % 11 = 5: D19994) is there to click
    await act(async () => {
      invalid.scrollTop = 1817 * 28;
      fireEvent.scroll(invalid);
    });
    expect(rowButtons(invalid).length).toBeLessThanOrEqual(17);
    await click("选中 D19994", invalid);
    expect(book.activeCell).toEqual({ col: 3, row: 19994 });
  });

  test("filter to the excluded rows hides exactly the other data rows, changes no cell, and clearing (or Remove Jili output) restores them; a row the user hid stays hidden", async () => {
    const cells = bigSheet(ROWS);
    const { book, session, settings } = await validated(cells);
    const sheet = book.sheet("明细")!;
    // the user hid row 3 (i = 1, not excluded) before
    sheet.hiddenRows.add(3);
    const values = JSON.stringify([...sheet.cells]);
    await click(/^筛选到这些行：排除/);
    const kept = new Set(excludedRows());
    const expected = new Set<number>([3]);
    for (let r = 2; r <= ROWS + 1; r++) if (!kept.has(r)) expected.add(r);
    expect(sheet.hiddenRows.size).toBe(expected.size);
    expect([...sheet.hiddenRows].every((r) => expected.has(r))).toBe(true);
    expect([...kept].some((r) => sheet.hiddenRows.has(r))).toBe(false);
    expect(sheet.hiddenRows.has(1)).toBe(false); // the header stays
    expect(JSON.stringify([...sheet.cells])).toBe(values);
    // 20 000 − 2 597 = 17 403 rows not listed, of which row 3 was hidden by the user: Jili hid 17 402
    expect(screen.getByTestId("issues-done").textContent).toBe("已筛选「明细」：显示 2597 行，隐藏 17402 行（未改动任何单元格）。");
    expect(screen.getByTestId("filter-state").textContent).toBe("「明细」已由 Jili 筛选，隐藏了 17402 行。");

    await click("取消筛选");
    expect([...sheet.hiddenRows]).toEqual([3]);
    expect(screen.getByTestId("issues-done").textContent).toBe("已取消筛选：17402 行重新显示。");
    expect(screen.queryByTestId("filter-state")).toBeNull();
    expect(settings.get("jili.filter") ?? null).toBeNull();

    // filtered again, then removed with the rest of Jili's output
    await click(/^筛选到所有问题行/);
    // every row listed: the 2 597 excluded and the 1 818 invalid stay; 20 000 − 4 415 = 15 585 others, row 3 the user's
    expect(sheet.hiddenRows.size).toBe(15_585);
    const removal = removalFor(session);
    await act(async () => {
      await removal.prepare();
    });
    expect(removal.getState().confirm?.filtered).toBe(15_584);
    await act(async () => {
      await removal.confirm();
    });
    expect([...sheet.hiddenRows]).toEqual([3]);
    expect(JSON.stringify([...sheet.cells])).toBe(values);
  });
});

describe("export issues", () => {
  const small = () => {
    const cells: Cell[][] = [["2016年1月 购机送费明细"], [], HEADERS, ...Array.from({ length: 8 }, (_, i) => order("王丽", "营业员", i + 1, true))];
    cells[4] = order("王丽", "营业员", 2, true, { 办理日期: "2016-13-45" });
    cells[6] = order("王丽", "营业员", 4, true, { 办理日期: "不详" });
    cells[7] = order("王丽", "营业员", 5, true, { 是否副卡: "是" });
    return cells;
  };

  test("writes one line per issue to a recorded sheet, in the pane's language; a later export replaces it; Remove Jili output deletes it", async () => {
    const { book, session } = await validated(small());
    await click("导出问题清单");
    const sheet = book.sheet("Jili·问题清单")!;
    expect(sheet.grid()).toEqual([
      ["工作表", "行", "列", "状态", "代码", "原因"],
      ["明细", 5, "D", "无效", "INVALID_DATE", "「办理日期」不是有效日期：2016-13-45"],
      ["明细", 7, "D", "无效", "INVALID_DATE", "「办理日期」不是有效日期：不详"],
      ["明细", 8, null, "排除", "SECONDARY_CARD", "副卡不纳入奖励（M1）"],
    ]);
    expect(book.active.name).toBe("明细");
    expect(screen.getByTestId("issues-done").textContent).toBe("已把 3 条问题写入工作表「Jili·问题清单」。");

    // in English, the reasons follow the language and the sheet is replaced
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "切换到英文界面" }));
    });
    await click("Export issues");
    expect(book.sheet("Jili·问题清单")).toBeUndefined();
    const en = book.sheet("Jili·Issues")!.grid();
    expect(en[0]).toEqual(["Sheet", "Row", "Column", "Status", "Code", "Reason"]);
    expect(en.slice(1).map((l) => l.slice(0, 5))).toEqual([
      ["明细", 5, "D", "invalid", "INVALID_DATE"],
      ["明细", 7, "D", "invalid", "INVALID_DATE"],
      ["明细", 8, null, "excluded", "SECONDARY_CARD"],
    ]);
    for (const line of en.slice(1)) expect(String(line[5])).not.toMatch(/不是有效日期|副卡不纳入/);
    expect(String(en[1][5])).toContain("2016-13-45");

    const removal = removalFor(session);
    await act(async () => {
      await removal.prepare();
    });
    expect(removal.getState().confirm?.sheets).toEqual(["Jili·Issues"]);
    await act(async () => {
      await removal.confirm();
    });
    expect(book.sheet("Jili·Issues")).toBeUndefined();
  });
});
