/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import type { SavedRun } from "../../src/excel/port";
import { FakePort } from "./fakePort";
import { renderPane } from "./render";

// The period of a sheet that holds one month and no month column (issue 17 item 6), the pane's `--param period=…`.
// postal-client-maintenance, docs/presets/postal-client-maintenance.md example 2: 张敏 collected N = 62 households
// (information score 62) at a contribution rate of 77 % (50 × 0.77 ÷ 0.70 = 55): total 117.

const NO_MONTH = [
  ["姓名", "收集客户信息户数", "贡献率"],
  ["张敏", 62, "77%"],
];

async function choose(name = "方案") {
  fireEvent.change(screen.getByRole("combobox", { name }), { target: { value: "preset:postal-client-maintenance" } });
}
async function click(name: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name }));
  });
}
function typePeriod(value: string, label = "期间（年-月）") {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

/** the summary's row of a person, header → value */
function summaryRow(port: FakePort, who: string): Record<string, unknown> {
  const summary = port.fills[port.fills.length - 1].request.summary!;
  const row = summary.rows.find((r) => r[0] === who)!;
  return Object.fromEntries(summary.headers.map((h, i) => [String(h), row[i]]));
}

describe("the period field", () => {
  test("a sheet without a month column: the field is offered, Fill waits for it, and the period stands for the month", async () => {
    const port = new FakePort(NO_MONTH);
    renderPane(port);
    await choose();
    await click("读取当前工作表");
    const field = screen.getByTestId("period");
    expect(field.textContent).toContain("表中没有「月份」列");
    // 月份 is required: nothing runs until the period is named
    expect(screen.getByRole("button", { name: "计算并填写" }).hasAttribute("disabled")).toBe(true);
    typePeriod("2012-08");
    expect(screen.getByRole("button", { name: "计算并填写" }).hasAttribute("disabled")).toBe(false);
    await click("计算并填写");
    expect(screen.queryByRole("alert")).toBeNull();
    expect(summaryRow(port, "张敏")).toMatchObject({ 月份: "2012-08", 本月收集户数: 62, 信息量得分: 62, 贡献率得分: 55, 考核总分: 117 });
    // the summary sheet says what the month rests on
    expect(port.fills[0].request.summary!.notes!.some((n) => n.includes("月份＝2012-08"))).toBe(true);
    // saved with the run's parameters
    expect((port.saved as SavedRun).params).toMatchObject({ period: "2012-08" });
  });

  test("English: the same field and hint", async () => {
    const port = new FakePort(NO_MONTH);
    renderPane(port, "en-US");
    await choose("Scheme");
    await click("Read the active sheet");
    expect(screen.getByTestId("period").textContent).toContain("The sheet has no Month column");
    typePeriod("2012-08", "Period (year-month)");
    await click("Calculate and fill");
    expect(summaryRow(port, "张敏")).toMatchObject({ "Total score": 117 });
  });

  test("a period that is not a year-month is refused by the run, at the run step, in words", async () => {
    const port = new FakePort(NO_MONTH);
    renderPane(port);
    await choose();
    await click("读取当前工作表");
    typePeriod("201608");
    await click("计算并填写");
    const bar = within(screen.getByRole("region", { name: "4. 校验与填写" })).getByRole("alert");
    expect(within(bar).getByTestId("message-details").textContent).toContain("ASSUMED_INVALID");
    expect(within(bar).getByTestId("message-headline").textContent).toContain("201608");
    expect(port.fills).toHaveLength(0);
  });

  test("a saved period and a sheet that has a month column now: the run refuses it, and the field stays to be cleared", async () => {
    const port = new FakePort([
      ["姓名", "月份", "收集客户信息户数", "贡献率"],
      ["张敏", "2012-08", 62, "77%"],
    ]);
    port.saved = { version: 1, scheme: { preset: "postal-client-maintenance" }, params: { period: "2012-09" }, columns: {} };
    renderPane(port);
    await click("校验");
    const bar = within(screen.getByRole("region", { name: "4. 校验与填写" })).getByRole("alert");
    expect(within(bar).getByTestId("message-details").textContent).toContain("PERIOD_WITH_COLUMN");
    expect(screen.getByTestId("period").textContent).toContain("表中已有「月份」列");
    typePeriod("");
    await click("校验");
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.queryByTestId("period")).toBeNull();
    expect(screen.getByTestId("counts").textContent).toBe("共 1 行：计奖 1，排除 0，无效 0，待定 0");
  });
});
