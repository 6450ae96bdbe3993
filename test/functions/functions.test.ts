import { checkFn, gradeBonusFn, gradeFn, kpiPointsFn, referralBonusFn, rewardFn, tieredFn, weightedScoreFn } from "../../src/functions/functions";
import { ExcelErrorLike } from "../../src/functions/excelError";

// Excel passes ranges as 2-D arrays, empty cells as null, and numbers typed as text as strings.
const col = (...v: unknown[]) => v.map((x) => [x]);
const flat = (r: unknown[][]) => r.map((x) => x[0]);
const isError = (v: unknown): v is ExcelErrorLike => typeof v === "object" && v !== null && "code" in v && "message" in v;

describe("KPI_POINTS (catalogue: mobile 1 / 0.5, broadband prepay likewise, fibre migration 0.5)", () => {
  test("a column of customer types, with an empty cell", () => {
    expect(flat(kpiPointsFn(col("到期目标客户", "非到期目标客户", null, " 到期目标客户\u3000")))).toEqual([1, 0.5, "", 1]);
  });
  test("business column: prepay follows the due status, fibre migration is 0.5 whatever the status", () => {
    expect(flat(kpiPointsFn(col("到期目标客户", "非到期目标客户", "到期目标客户"), col("预存送费", "预存送费", "光纤平移")))).toEqual([1, 0.5, 0.5]);
  });
  test("an unknown status is #VALUE! naming the row, in both languages", () => {
    const [v] = flat(kpiPointsFn(col("到期目标客户", "老客户"))).slice(1);
    expect(isError(v) && v.code).toBe("#VALUE!");
    expect((v as ExcelErrorLike).message).toMatch(/^第2行：.*老客户.* \/ Row 2: /);
  });
});

describe("REFERRAL_BONUS (营业员: 5 at 20 then 40; other roles: 2 at 20 then 40)", () => {
  test.each([
    [5, "营业员", 100],
    [6, "营业员", 140],
    [8, "营业员", 220],
    [2, "网格经理", 40],
    [3, "网格经理", 80],
    [0, "营业员", 0],
  ])("%i households, %s → %i", (n, role, amount) => {
    expect(referralBonusFn([[n]], [[role]])).toEqual([[amount]]);
  });
  test("whole columns, numbers stored as text and full-width digits, one role broadcast", () => {
    expect(flat(referralBonusFn(col("7", "８", 1, null), [["营业员"]]))).toEqual([180, 220, 20, ""]);
  });
  test("negative, fractional and non-numeric counts are #VALUE!, never 0", () => {
    const out = flat(referralBonusFn(col(-1, 2.5, "五"), [["营业员"]]));
    expect(out.every(isError)).toBe(true);
    expect((out[2] as ExcelErrorLike).message).toContain("五");
  });
  test("ranges of different lengths are one #VALUE! saying so", () => {
    const [[v]] = referralBonusFn(col(1, 2, 3), col("营业员", "营业员"));
    expect((v as ExcelErrorLike).message).toBe("区域行数不一致：households 有 3 行，role 有 2 行 / Ranges differ in length: households has 3 rows, role has 2");
  });
  test("an unknown scheme is #VALUE!", () => {
    const [[v]] = referralBonusFn([[1]], [["营业员"]], "no-such-scheme");
    expect((v as ExcelErrorLike).message).toContain("no-such-scheme");
  });
});

describe("TIERED", () => {
  const steps = [
    [5, 20],
    [null, 40],
  ];
  test("step tiers from the sheet reproduce the 营业员 bonus", () => {
    expect(flat(tieredFn(col(5, 6, 8), steps))).toEqual([100, 140, 220]);
  });
  test("straight tiers: the mall deduction by contract total (≥ 300,000 → 10,000; ≥ 150,000 → 8,000; else 5,000)", () => {
    const slab = [
      [0, 5000],
      [150000, 8000],
      [300000, 10000],
    ];
    expect(flat(tieredFn(col(320000, 300000, 299999, 150000, 149999), slab, "straight"))).toEqual([10000, 10000, 8000, 8000, 5000]);
  });
  test("a tier table out of order is one #VALUE! naming the tier", () => {
    const [[v]] = tieredFn([[3]], [[5, 20], [4, 30], [null, 40]]);
    expect((v as ExcelErrorLike).message).toContain("tier 2's \"up to\" must be greater than tier 1's");
  });
});

describe("WEIGHTED_SCORE, GRADE, GRADE_BONUS (repair-dept-grade)", () => {
  const weights = [[0.2, 0.4, 0.3, 0.1]];
  test("exact weighted scores land on the band edges (C7)", () => {
    const scores = [
      [10, 9, 9, 7],
      [2, 5, 6, 8],
      [10, 8, 9, 7],
      [null, null, null, null],
    ];
    expect(flat(weightedScoreFn(scores, weights))).toEqual([9, 5, 8.6, ""]);
  });
  test("grades: 9 → 优, 8.9 → 良, 7 → 良, 5 → 中, 4.5 → 差 (the 4–5 gap closes to 差)", () => {
    expect(flat(gradeFn(col(9, 8.9, 7, 5, 4.5, null)))).toEqual(["优", "良", "良", "中", "差", ""]);
  });
  test("grade bonus by role from the preset table", () => {
    expect(flat(gradeBonusFn(col("优", "良", "中", "差", "优"), col("组长", "组长", "组员", "组员", "组员")))).toEqual([500, 300, 100, 0, 300]);
  });
  test("custom bands from the sheet, with a below-all grade", () => {
    expect(flat(gradeFn(col(95, 60, 10), [["A", 90], ["B", 60], ["C", null]]))).toEqual(["A", "B", "C"]);
  });
});

describe("REWARD and CHECK over a range", () => {
  // 是否无月租用户 and 是否补贴未到期中途取消后重办 stated (否): the preset has no default for them (issue 17)
  const headers = [["揽装人", "岗位", "办理日期", "客户类型", "是否有效4G用户", "是否副卡", "是否无月租用户", "是否补贴未到期中途取消后重办"]];
  const rows = [1, 2, 3, 4, 5, 6, 7, 8].map((d) => ["王丽", "营业员", `2016-01-0${d}`, "到期目标客户", "是", "否", "否", "否"]);
  rows.push(["李强", "营业员", "2016-01-02", "到期目标客户", "是", "是", "否", "否"]);
  rows.push(["", "营业员", "2016-01-02", "到期目标客户", "是", "否", "否", "否"]);

  test("a row output: rows 1–5 at 20, 6–8 at 40; the excluded row 0; the invalid row #VALUE!", async () => {
    const out = flat(await rewardFn("mobile-retention", "rowBonus", rows, headers));
    expect(out.slice(0, 9)).toEqual([20, 20, 20, 20, 20, 40, 40, 40, 0]);
    expect(isError(out[9])).toBe(true);
  });
  test("a group output by its title gives each row its person's total", async () => {
    expect(flat(await rewardFn("mobile-retention", "揽装奖励合计(元)", rows, headers)).slice(0, 9)).toEqual([220, 220, 220, 220, 220, 220, 220, 220, 0]);
  });
  test("headers as the first row of the range", async () => {
    expect(flat(await rewardFn("mobile-retention", "rowBonus", [...headers, ...rows.slice(0, 2)]))).toEqual(["", 20, 20]);
  });
  test("CHECK gives the reasons, empty when fine", async () => {
    const out = flat(await checkFn("mobile-retention", rows, headers));
    expect(out[0]).toBe("");
    expect(out[8]).toBe("excluded: SECONDARY_CARD 副卡不纳入奖励（M1） / Secondary cards are excluded (M1)");
    expect(out[9]).toContain("invalid: MISSING_RECRUITER");
  });
  test("an unknown output lists the available ones", async () => {
    const [[v]] = await rewardFn("mobile-retention", "nope", rows, headers);
    expect((v as ExcelErrorLike).message).toContain("available: units, overageUnits, rowBonus");
  });
});
