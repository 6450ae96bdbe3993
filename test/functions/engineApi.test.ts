import { ExcelErrorLike } from "../../src/functions/excelError";
import { checkFn, rewardFn, tieredFn } from "../../src/functions/functions";
import { getPreset } from "../../src/schemes";

// The cell functions reach the engine through its public API: dated versions apply in cells as in a run, and a tier
// table typed in the sheet is judged by the engine's rule for tier tables.

const flat = (m: unknown[][]) => m.map((r) => r[0]);

/** mobile-retention where, from 2016-02-01, a 营业员 earns 50 (not 40) beyond the fifth household. */
function versionedJson(): string {
  const scheme = JSON.parse(JSON.stringify(getPreset("mobile-retention")));
  scheme.versions = [
    {
      title: { "zh-CN": "2月调整", "en-US": "from February" },
      from: "2016-02-01",
      changes: [{ at: "parts[orders].steps[bonus].tiersBy.tables.营业员", value: [{ upTo: 5, rate: 20 }, { rate: 50 }] }],
    },
  ];
  return JSON.stringify(scheme);
}

const headers = [["揽装人", "岗位", "办理日期", "客户类型", "是否副卡", "是否无月租用户", "是否有效4G用户", "是否补贴未到期中途取消后重办"]];
const order = (day: string) => ["王丽", "营业员", day, "到期目标客户", "否", "否", "是", "否"];
const six = (month: string) => Array.from({ length: 6 }, (_, i) => order(`2016-${month}-0${i + 1}`));

describe("REWARD with a scheme that has dated versions", () => {
  const rows = [...six("01"), ...six("02")];

  test("each row is paid by the version in force on its date: the sixth household 40 in January, 50 in February", async () => {
    // January: 5×20 + 1×40 (base); February: 5×20 + 1×50 (the version)
    expect(flat(await rewardFn(versionedJson(), "rowBonus", rows, headers))).toEqual([20, 20, 20, 20, 20, 40, 20, 20, 20, 20, 20, 50]);
  });

  test("a group output is each row's own group total: 140 for January's rows, 150 for February's", async () => {
    expect(flat(await rewardFn(versionedJson(), "bonus", rows, headers))).toEqual([...Array(6).fill(140), ...Array(6).fill(150)]);
  });

  test("CHECK is blank for every row of either version", async () => {
    expect(flat(await checkFn(versionedJson(), rows, headers))).toEqual(Array(12).fill(""));
  });
});

describe("TIERED judges a sheet's tier table by the engine's rule", () => {
  test("a closed top tier is refused: units beyond it would be paid nothing (was 300 for 12 units, silently)", () => {
    const [[v]] = tieredFn([[12]], [
      [5, 20],
      [10, 40],
    ]);
    expect((v as ExcelErrorLike).message).toContain("the last tier (row 2) must leave \"up to\" blank");
  });

  test("an open tier before the last is refused, naming its row", () => {
    const [[v]] = tieredFn([[3]], [
      [null, 20],
      [null, 40],
    ]);
    expect((v as ExcelErrorLike).message).toContain('only the last tier may leave "up to" blank (row 1)');
  });
});
