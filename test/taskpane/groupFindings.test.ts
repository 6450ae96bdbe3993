/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { FakePort } from "./fakePort";
import { renderPane } from "./render";

// Findings that belong to a group (issue 17 item 7), in the pane's results. car-team-monthly,
// docs/presets/car-team-monthly.md example 3: A and C both sold 9 cars against a target of 6 (150 %) in March 2016,
// tied for first place — left to the manager (TIE_FOR_MANUAL_DECISION, on the month). B, 5 of 10, is third.

const TIE = [
  ["团队", "月份", "新车指标", "完成台数"],
  ["A", "2016-03", 6, 9],
  ["C", "2016-03", 6, 9],
  ["B", "2016-03", 10, 5],
];

async function choose(name = "方案") {
  fireEvent.change(screen.getByRole("combobox", { name }), { target: { value: "preset:car-team-monthly" } });
}
async function click(name: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name }));
  });
}
const findingsIn = (el: HTMLElement) => within(el).queryAllByTestId("group-finding");

describe("group findings in the results", () => {
  test("Validate: the tie is listed with its month and the teams, in words, the code on a details line", async () => {
    renderPane(new FakePort(TIE));
    await choose();
    await click("校验");
    const list = screen.getByTestId("group-findings");
    expect(list.textContent).toContain("分组提示");
    const items = findingsIn(list);
    expect(items).toHaveLength(1);
    const text = within(items[0]).getByTestId("finding-text").textContent ?? "";
    expect(text).toMatch(/^月份 2016-03：/);
    expect(text).toContain("并列第一");
    expect(text).toContain("A / C");
    expect(text).not.toContain("TIE_FOR_MANUAL_DECISION");
    expect(items[0].textContent).toContain("代码：TIE_FOR_MANUAL_DECISION");
  });

  test("Fill: the result panel lists it once, under the headline; in English after a switch", async () => {
    const { session } = renderPane(new FakePort(TIE));
    await choose();
    await click("计算并填写");
    const result = screen.getByRole("region", { name: "本次结果" });
    expect(findingsIn(result)).toHaveLength(1);
    expect(screen.getAllByTestId("group-finding")).toHaveLength(1);
    act(() => session.setLang("en-US"));
    const text = within(findingsIn(screen.getByRole("region", { name: "Result" }))[0]).getByTestId("finding-text").textContent ?? "";
    expect(text).toMatch(/^Month 2016-03: Tied for first/);
  });

  test("no tie, no findings", async () => {
    renderPane(new FakePort([TIE[0], TIE[1], TIE[3]]));
    await choose();
    await click("校验");
    expect(screen.queryByTestId("group-findings")).toBeNull();
  });
});
