import { loadScheme, SchemeDocument } from "../../src/engine";
import { ExcelErrorLike } from "../../src/functions/excelError";
import { checkFn, rewardFn } from "../../src/functions/functions";
import { recalcOnSchemeChange } from "../../src/functions/recalc";
import { publishWorkbookScheme, resetWorkbookScheme, setWorkbookSchemeSource } from "../../src/functions/workbookScheme";
import { wpsFunction } from "../../src/wps/functions/register";
import { savedRunSource } from "../../src/wps/functions/workbookSource";
import { getPreset } from "../../src/schemes";
import { PaneSession } from "../../src/taskpane/controller/session";
import { FakePort } from "../taskpane/fakePort";

// =JILI.REWARD / =JILI.CHECK on the workbook's own scheme (the one the pane holds and saves, with its parameters),
// the part argument and the parameters argument. Expected values from docs/presets/*.md, worked by hand.

const flat = (m: unknown[][]) => m.map((r) => r[0]);
const isError = (v: unknown): v is ExcelErrorLike => typeof v === "object" && v !== null && "code" in v && "message" in v;

beforeEach(() => resetWorkbookScheme());

/** mobile-retention with the 营业员 rate beyond the fifth household changed from 40 to this (as the 规则 sheet or the rates form would). */
function mobileWithRate(rate: number): SchemeDocument {
  const doc = JSON.parse(JSON.stringify(getPreset("mobile-retention")));
  const step = doc.parts.find((p: { id: string }) => p.id === "orders").steps.find((s: { name: string }) => s.name === "bonus");
  step.tiersBy.tables["营业员"] = [{ upTo: 5, rate: 20 }, { rate }];
  return loadScheme(doc);
}

describe("the workbook's scheme (mobile-retention): a rate change reaches the cells", () => {
  const headers = [["揽装人", "岗位", "办理日期", "客户类型", "是否有效4G用户", "是否副卡", "是否无月租用户", "是否补贴未到期中途取消后重办"]];
  const rows = [1, 2, 3, 4, 5, 6, 7, 8].map((d) => ["王丽", "营业员", `2016-01-0${d}`, "到期目标客户", "是", "否", "否", "否"]);

  test("before the pane published a scheme the call waits (#N/A); a pane with none is #VALUE! saying so", async () => {
    const [[waiting]] = await rewardFn("workbook", "bonus", rows, headers);
    expect(isError(waiting) && waiting.code).toBe("#N/A");
    expect((waiting as ExcelErrorLike).message).toContain("open the Jili pane");
    publishWorkbookScheme(null);
    const [[none]] = await rewardFn("workbook", "bonus", rows, headers);
    expect(isError(none) && none.code).toBe("#VALUE!");
  });

  test("王丽's 8 households: 5×20 + 3×40 = 220, then 5×20 + 3×50 = 250 after the rate beyond the fifth becomes 50", async () => {
    publishWorkbookScheme({ scheme: getPreset("mobile-retention")!, part: null, params: {} });
    expect(flat(await rewardFn("workbook", "bonus", rows, headers))).toEqual(Array(8).fill(220));
    publishWorkbookScheme({ scheme: mobileWithRate(50), part: null, params: {} });
    expect(flat(await rewardFn("workbook", "bonus", rows, headers))).toEqual(Array(8).fill(250));
    expect(flat(await rewardFn("workbook", "rowBonus", rows, headers))).toEqual([20, 20, 20, 20, 20, 50, 50, 50]);
    // "工作簿" and an empty scheme name the same scheme
    expect(flat(await rewardFn("工作簿", "bonus", rows, headers))).toEqual(Array(8).fill(250));
    expect(flat(await rewardFn("", "bonus", rows, headers))).toEqual(Array(8).fill(250));
    // a preset id still means the preset, whatever the workbook holds
    expect(flat(await rewardFn("mobile-retention", "bonus", rows, headers))).toEqual(Array(8).fill(220));
  });

  test("a change asks once for a recalculation, and only when a cell reads the workbook's scheme", async () => {
    const requests: number[] = [];
    const stop = recalcOnSchemeChange(async () => void requests.push(1), { delayMs: 5 });
    const wait = () => new Promise((r) => setTimeout(r, 20));
    publishWorkbookScheme({ scheme: getPreset("mobile-retention")!, part: null, params: {} });
    await wait();
    expect(requests).toHaveLength(0); // no cell reads it yet: nothing to recalculate
    await rewardFn("workbook", "bonus", rows, headers);
    const changed = mobileWithRate(50);
    publishWorkbookScheme({ scheme: changed, part: null, params: {} });
    publishWorkbookScheme({ scheme: changed, part: null, params: {} }); // the same again: no change
    publishWorkbookScheme({ scheme: mobileWithRate(60), part: null, params: {} });
    await wait();
    expect(requests).toHaveLength(1); // one request for the burst
    stop();
  });
});

describe("car-launch-ladder: prize ranks in cells once the launch date is given (docs/presets/car-launch-ladder.md)", () => {
  const headers = [["销售顾问", "订车时间", "交车时间"]];
  // Example 1: A 09:01 delivered day 6; B 09:03 delivered day 11 (forfeited, keeps position 2); A 09:10 day 10
  const example1 = [
    ["A", "03-05 09:01", "03-11"],
    ["B", "03-05 09:03", "03-16"],
    ["A", "03-05 09:10", "03-15"],
  ];

  test("without the launch date the ranks are pending (#N/A), as in the CLI without --param", async () => {
    const out = flat(await rewardFn("car-launch-ladder", "ladderPrizeRank", example1, headers));
    expect(out.every((v) => isError(v) && v.code === "#N/A")).toBe(true);
  });

  test("Example 1 with launchDate from a parameters range: ranks 1, 2, 3; prizes 1000, 0, 500; A 1500, B 0", async () => {
    const params = [["launchDate", "2016-03-05"]];
    expect(flat(await rewardFn("car-launch-ladder", "ladderPrizeRank", example1, headers, undefined, params))).toEqual([1, 2, 3]);
    expect(flat(await rewardFn("car-launch-ladder", "ladderPrize", example1, headers, undefined, params))).toEqual([1000, 0, 500]);
    expect(flat(await rewardFn("car-launch-ladder", "prizes", example1, headers, undefined, params))).toEqual([1500, 0, 1500]);
    expect(flat(await checkFn("car-launch-ladder", example1, headers, undefined, params))).toEqual(["", "", ""]);
  });

  test("Example 4 as Excel passes it: date-time serials, the launch date a date cell (serial 42434 = 2016-03-05) named by its title", async () => {
    const day = 42434; // 2016-03-05 in the 1900 date system
    const rows = [
      ["A", day + 9 / 24, day + 12 + 12 / 24],
      ["B", day + 9.5 / 24, day + 2 + 12 / 24],
      ["C", day + 10 / 24, day + 2 + 12 / 24],
    ];
    const params = [
      ["上市会日期", day],
      [null, null],
    ];
    expect(flat(await rewardFn("car-launch-ladder", "ladderPrizeRank", rows, headers, "", params))).toEqual([1, 2, 3]);
    expect(flat(await rewardFn("car-launch-ladder", "ladderPrize", rows, headers, "", params))).toEqual([0, 800, 500]);
  });

  test("an unknown parameter is refused, naming the known ones", async () => {
    const [[v]] = await rewardFn("car-launch-ladder", "ladderPrize", example1, headers, undefined, [["launch", "2016-03-05"]]);
    expect((v as ExcelErrorLike).message).toContain('has no parameter "launch"; available: launchDate');
  });

  test("a launch date set in the pane reaches the cells (the pane's session publishes its parameters)", async () => {
    const port = new FakePort([]);
    port.saved = { version: 1, scheme: { preset: "car-launch-ladder" }, params: {}, columns: {} };
    const session = new PaneSession(port, "zh-CN");
    expect(flat(await rewardFn("workbook", "ladderPrizeRank", example1, headers)).every((v) => isError(v) && v.code === "#N/A")).toBe(true);
    session.setParam("launchDate", "2016-03-05");
    expect(flat(await rewardFn("workbook", "ladderPrizeRank", example1, headers))).toEqual([1, 2, 3]);
    expect(flat(await rewardFn("workbook", "ladderPrize", example1, headers))).toEqual([1000, 0, 500]);
    // a cell's own parameters override the pane's: a launch day one day later leaves every order outside it
    expect(flat(await checkFn("workbook", example1, headers, undefined, [["launchDate", "2016-03-06"]])).every((t) => String(t).startsWith("excluded: NOT_AT_LAUNCH"))).toBe(true);
    session.setParam("launchDate", "");
    expect(flat(await rewardFn("workbook", "ladderPrizeRank", example1, headers)).every((v) => isError(v) && v.code === "#N/A")).toBe(true);
  });
});

describe("the part argument on a multi-part scheme (capacity-drive: fines, targets)", () => {
  const headers = [["车间", "阶段", "产量", "气包率"]];
  // Examples 5 and 6: 2800 against 2800 and 2.3‰ against 2.3‰ → MET; 2899 against 2900 → NOT_MET
  const rows = [
    ["三车间", 1, 2800, "2.3‰"],
    ["三车间", 2, 2899, "2.0‰"],
  ];

  test("by id or by title; without it the first part (fines), which has no such output", async () => {
    expect(flat(await rewardFn("capacity-drive", "targetMet", rows, headers, "targets"))).toEqual(["MET", "NOT_MET"]);
    expect(flat(await rewardFn("capacity-drive", "targetOutput", rows, headers, "车间阶段目标"))).toEqual([2800, 2900]);
    expect(flat(await checkFn("capacity-drive", rows, headers, "targets"))).toEqual(["", ""]);
    const [[v]] = await rewardFn("capacity-drive", "targetMet", rows, headers);
    expect((v as ExcelErrorLike).message).toContain("(fines) has no output");
  });

  test("an unknown part lists the parts", async () => {
    const [[v]] = await rewardFn("capacity-drive", "targetMet", rows, headers, "nope");
    expect((v as ExcelErrorLike).message).toContain('has no part "nope"; available: fines, targets');
  });

  test("the workbook's scheme runs the pane's part unless the cell names another", async () => {
    publishWorkbookScheme({ scheme: getPreset("capacity-drive")!, part: "targets", params: {} });
    expect(flat(await rewardFn("workbook", "targetMet", rows, headers))).toEqual(["MET", "NOT_MET"]);
    const [[v]] = await rewardFn("workbook", "targetMet", rows, headers, "fines");
    expect((v as ExcelErrorLike).message).toContain("(fines) has no output");
  });
});

describe("in WPS the functions read the run the pane saved in the workbook (the pane is another page)", () => {
  const headers = [["销售顾问", "订车时间", "交车时间"]];
  const rows = [
    ["A", "03-05 10:00", "03-08 12:00"],
    ["B", "03-05 11:00", "03-08 12:00"],
  ];

  test("car-launch-ladder Example 3 with the launch date saved in the run: A 1000, B 800 (WPS cells)", () => {
    let run: unknown = { version: 1, scheme: { preset: "car-launch-ladder" }, params: { launchDate: "2016-03-05" }, columns: {} };
    setWorkbookSchemeSource(savedRunSource(() => run));
    const reward = wpsFunction("REWARD");
    expect(reward("workbook", "ladderPrize", rows, headers)).toEqual([[1000], [800]]);
    // a scheme document saved by the 规则 sheet or the rates form: mobile-retention with 50 beyond the fifth
    const doc = JSON.parse(JSON.stringify(getPreset("mobile-retention")));
    doc.parts[0].steps.find((s: { name: string }) => s.name === "bonus").tiersBy.tables["营业员"] = [{ upTo: 5, rate: 20 }, { rate: 50 }];
    run = { version: 1, scheme: { document: doc }, params: {}, columns: {} };
    const mobileHeaders = [["揽装人", "岗位", "办理日期", "客户类型", "是否有效4G用户", "是否副卡", "是否无月租用户", "是否补贴未到期中途取消后重办"]];
    const mobileRows = [1, 2, 3, 4, 5, 6, 7, 8].map((d) => ["王丽", "营业员", `2016-01-0${d}`, "到期目标客户", "是", "否", "否", "否"]);
    expect(flat(reward("workbook", "bonus", mobileRows, mobileHeaders))).toEqual(Array(8).fill(250));
    // no run saved: the cell says the workbook has no scheme
    run = null;
    expect(String(reward("workbook", "bonus", mobileRows, mobileHeaders)[0][0])).toMatch(/^#VALUE! 本工作簿还没有方案/);
  });

  test("a scheme published by a pane in the same runtime takes precedence over the saved run", async () => {
    setWorkbookSchemeSource(savedRunSource(() => ({ scheme: { preset: "mobile-retention" }, params: {} })));
    publishWorkbookScheme({ scheme: getPreset("car-launch-ladder")!, part: null, params: { launchDate: "2016-03-05" } });
    expect(flat(await rewardFn("workbook", "ladderPrize", rows, headers))).toEqual([1000, 800]);
  });
});
