/** @jest-environment jsdom */
import "./textEncoder";
import { screen, within } from "@testing-library/react";
import { act } from "react";
import type { WorkbookPort } from "../../src/excel/port";
import { SimBook } from "../../src/preview/excelSim";
import { removalFor } from "../../src/taskpane/controller/removal";
import { sheetAdapterFor } from "../excel/harness";
import { summaryByKey } from "../excel/tablesScenario";
import { wpsAdapterFor } from "../wps/harness";
import { renderSession } from "./render";
import { CUSTOMERS, DIRECT, PENALTY } from "../support/newCustomerDevSheets";
import { campaignSession } from "./campaignSession";

// Issue 17 item 5 in the pane: what a salesperson earns across new-customer-dev's three parts, each on a sheet of its
// own. Amounts by hand from docs/presets/new-customer-dev.md (the same workbook as test/cli/personTotal.test.ts):
//   王: customer 甲 qualifies in months 1–3 (Example 1): tranche 1 + tranche 2 = 1000 + 2000 = 3000; direct sales
//       90,000 in one month, below the 100,000 threshold: 0; task not completed and 359,999 < 60 % × 600,000
//       (Example 8): fined −500. Total 3000 + 0 − 500 = 2500.
//   赵: no new customers (0); 120,000 at 16 % and 130,000 at 17 % (Example 9): the one-time award 3000; task
//       completed: no fine. Total 3000.



function campaignBook(withPenalty = true): SimBook {
  const book = new SimBook("客户进货");
  book.active.put(CUSTOMERS);
  book.addSheet("直营部").put(DIRECT);
  if (withPenalty) book.addSheet("考核").put(PENALTY);
  return book;
}

const HOSTS: [string, (book: SimBook) => Promise<WorkbookPort>][] = [
  ["Excel", async (book) => (await sheetAdapterFor(book)).port],
  ["WPS", async (book) => wpsAdapterFor(book).port],
];

describe.each(HOSTS)("%s: person totals after a fill", (_host, portFor) => {
  test("the other parts are run on their sheets; the totals are written as Jili's sheet 个人合计, replaced by a later fill and removed with Jili's output", async () => {
    const book = campaignBook();
    const session = campaignSession(await portFor(book));
    await session.fill();
    const st = session.getState();
    expect(st.error).toBeNull();
    const totals = summaryByKey(book.sheet("Jili·个人合计"));
    const row = (who: string) => Object.values(totals.get(who) ?? {});
    // person, customers, direct, penalty (deducted), total, complete
    expect(row("王").slice(0, 6)).toEqual(["王", 3000, 0, -500, 2500, "是"]);
    expect(row("赵").slice(0, 6)).toEqual(["赵", 0, 3000, 0, 3000, "是"]);
    // the data sheets are read, never written
    expect(book.sheet("直营部")!.grid()).toEqual(DIRECT);
    expect(book.sheet("考核")!.grid()).toEqual(PENALTY);

    // a second fill replaces Jili's sheet without asking
    await session.fill();
    expect(session.getState().conflicts).toBeNull();
    expect(book.sheets.filter((s) => !s.deleted && s.name.startsWith("Jili·个人合计")).map((s) => s.name)).toEqual(["Jili·个人合计"]);

    const removal = removalFor(session);
    await removal.prepare();
    expect(removal.getState().confirm?.sheets).toEqual(expect.arrayContaining(["Jili汇总", "Jili·个人合计"]));
    await removal.confirm();
    expect(book.sheet("Jili·个人合计")).toBeUndefined();
  });

  test("a part whose sheet is missing is named and the totals say they are incomplete", async () => {
    const book = campaignBook(false);
    const session = campaignSession(await portFor(book));
    await session.fill();
    const pt = session.getState().summary?.personTotal;
    expect(pt?.run.leftOut.map((l) => l.part)).toEqual(["penalty"]);
    const totals = summaryByKey(book.sheet("Jili·个人合计"));
    // 王 without the penalty part: 3000 + 0, not complete
    expect(Object.values(totals.get("王") ?? {}).slice(4, 6)).toEqual([3000, "否"]);
  });
});

describe("the result panel", () => {
  test("shows the table, where each part was read, and the sheet it was written to; in English after a switch", async () => {
    const book = campaignBook();
    const session = campaignSession((await sheetAdapterFor(book)).port);
    renderSession(session);
    await act(() => session.fill());
    const panel = screen.getByTestId("person-totals");
    expect(panel.textContent).toContain("个人合计：业务员个人合计（活动期）");
    expect(panel.textContent).toContain("读取：大客户部/市场部·客户月度进货：工作表「客户进货」");
    const rows = within(panel)
      .getAllByTestId("person-total-row")
      .map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent));
    expect(rows.find((r) => r[0] === "王")?.slice(0, 6)).toEqual(["王", "3,000.00", "0.00", "-500.00", "2,500.00", "是"]);
    expect(rows.find((r) => r[0] === "赵")?.slice(0, 6)).toEqual(["赵", "0.00", "3,000.00", "0.00", "3,000.00", "是"]);
    expect(panel.textContent).toContain("已写入工作表「Jili·个人合计」。");
    act(() => session.setLang("en-US"));
    expect(screen.getByTestId("person-totals").textContent).toContain("Person totals: Per salesperson (whole campaign)");
  });
});
