import { codes, groupWhere, runPreset, RowObject } from "../support/runPreset";

// Specification: docs/presets/car-team-monthly.md (from the rule catalogue), "Worked examples". Expected values are typed in from the catalogue table.

function team(name: string, actual: number | string, target: number | string | null, month = "2016-03"): RowObject {
  return { 团队: name, 月份: month, 新车指标: target, 完成台数: actual };
}

const EXAMPLE_1 = () => [team("A", 12, 10), team("B", 15, 15), team("C", 9, 6)];

function winners(rows: RowObject[], params: Record<string, unknown> = {}): string[] {
  const result = runPreset("car-team-monthly", rows, { params });
  return result
    .rows()
    .map((r, i) => (r.outputs.isWinner.value === true ? String(rows[i].团队) : null))
    .filter((x): x is string => x !== null);
}

describe("car-team-monthly worked examples", () => {
  test.each([
    // 1: A 12/10, B 15/15, C 9/6 → C (120 %, 100 %, 150 %)
    { n: 1, rows: EXAMPLE_1(), params: {}, winners: ["C"] },
    // 2: same, absolute variant → B (15 cars)
    { n: 2, rows: EXAMPLE_1(), params: { rankByCount: true }, winners: ["B"] },
    // 3: A 9/6, C 9/6 → A and C (tie, manual), both 150 %
    { n: 3, rows: [team("A", 9, 6), team("C", 9, 6)], params: {}, winners: ["A", "C"] },
  ])("example $n: winners $winners", ({ rows, params, winners: expected }) => {
    expect(winners(rows, params)).toEqual(expected);
  });

  test("example 1: completion rates 120 %, 100 %, 150 %; the month names C as the winner", () => {
    const result = runPreset("car-team-monthly", EXAMPLE_1());
    expect(result.rows().map((r) => r.outputs.completion.value)).toEqual([1.2, 1, 1.5]);
    expect(result.rows().map((r) => r.outputs.winnerRank.value)).toEqual([2, 3, 1]);
    const m = groupWhere(result, "month", { month: "2016-03" });
    expect(m.outputs.winnerTeam.value).toBe("C");
    expect(m.outputs.winners.value).toBe(1);
    expect(m.warnings).toEqual([]);
  });

  test("example 3: both tied teams are winners and carry the tie warning for a manual decision", () => {
    const result = runPreset("car-team-monthly", [team("A", 9, 6), team("C", 9, 6), team("B", 5, 6)]);
    expect(result.rows().map((r) => r.outputs.isWinner.value)).toEqual([true, true, false]);
    expect(codes(result.row(0).warnings)).toEqual(["TIE_FOR_MANUAL_DECISION"]);
    expect(codes(result.row(1).warnings)).toEqual(["TIE_FOR_MANUAL_DECISION"]);
    expect(codes(result.row(2).warnings)).toEqual([]);
    expect(groupWhere(result, "month", { month: "2016-03" }).outputs.winners.value).toBe(2);
  });

  test("example 4: D 5/0 is invalid NO_TARGET and not ranked; the winner is declared among the other teams, with warning TEAM_NOT_RANKED", () => {
    const result = runPreset("car-team-monthly", [...EXAMPLE_1(), team("D", 5, 0)]);
    const d = result.row(3);
    expect(d.status).toBe("invalid");
    expect(codes(d.reasons)).toEqual(["NO_TARGET"]);
    expect(d.outputs.isWinner.value).toBeNull();
    expect(result.rows().map((r) => r.outputs.isWinner.value)).toEqual([false, false, true, null]);
    const m = groupWhere(result, "month", { month: "2016-03" });
    expect(m.outputs.winnerTeam.value).toBe("C");
    expect(codes(m.warnings)).toEqual(["TEAM_NOT_RANKED"]);
    expect(m.rows).toMatchObject({ total: 4, ok: 3, invalid: 1 });
    expect(m.complete).toBe(false);
  });
});

describe("car-team-monthly rules and conventions", () => {
  test("a blank or negative target is invalid NO_TARGET as well", () => {
    const result = runPreset("car-team-monthly", [team("A", 5, null), team("B", 5, -3), team("C", 4, 5)]);
    expect(result.rows().map((r) => r.status)).toEqual(["invalid", "invalid", "ok"]);
    expect(codes(result.row(0).reasons)).toEqual(["NO_TARGET"]);
    expect(codes(result.row(1).reasons)).toEqual(["NO_TARGET"]);
    expect(result.row(2).outputs.isWinner.value).toBe(true);
  });

  test("the award amount is pending AMOUNT_NOT_DEFINED for the winner only; the month total is pending", () => {
    const result = runPreset("car-team-monthly", EXAMPLE_1());
    expect(result.row(2).outputs.award.pending).toBe("AMOUNT_NOT_DEFINED");
    expect(result.row(2).status).toBe("ok");
    expect(result.row(0).outputs.award).toMatchObject({ value: 0 });
    expect(result.row(0).outputs.award.pending).toBeUndefined();
    const m = groupWhere(result, "month", { month: "2016-03" });
    expect(m.outputs.monthAward.pending).toBe("AMOUNT_NOT_DEFINED");
    expect(m.complete).toBe(false);
  });

  test("each month has its own winner", () => {
    const rows = [team("A", 12, 10, "2016-03"), team("B", 9, 6, "2016-03"), team("A", 20, 10, "2016-04"), team("B", 6, 6, "2016-04")];
    const result = runPreset("car-team-monthly", rows);
    expect(groupWhere(result, "month", { month: "2016-03" }).outputs.winnerTeam.value).toBe("B");
    expect(groupWhere(result, "month", { month: "2016-04" }).outputs.winnerTeam.value).toBe("A");
    expect(result.rows().map((r) => r.outputs.isWinner.value)).toEqual([false, true, true, false]);
  });

  test("full-width digits are read (C4); unreadable actuals are invalid INVALID_NUMBER", () => {
    const result = runPreset("car-team-monthly", [team("A", "１２", "10"), team("B", "十二", 10)]);
    expect(result.row(0).outputs.completion.value).toBe(1.2);
    expect(result.row(1).status).toBe("invalid");
    expect(result.row(1).reasons[0]).toMatchObject({ code: "INVALID_NUMBER", column: "完成台数" });
  });
});
