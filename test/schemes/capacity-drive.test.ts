import { codes, groupWhere, runPreset, RowObject } from "../support/runPreset";

// Specification: docs/presets/capacity-drive.md (from the rule catalogue), "Worked examples", F1–F2 and the target check.
// Expected numbers are typed in from the hand-worked examples, not taken from the engine.

const ID = "capacity-drive";

function item(person: string, taskNo: number | string, due: string, done: string, quality = "是"): RowObject {
  return { 责任人: person, 序号: taskNo, 计划完成时间: due, 实际完成时间: done, 是否按质完成: quality };
}

function fines(rows: RowObject[]) {
  return runPreset(ID, rows, { part: "fines" });
}

describe("capacity-drive worked examples — fines", () => {
  const cases: { n: number; what: string; row: RowObject; fine: number }[] = [
    // 1: item 7, 瞿小君, due 2014-08-28, done 2014-08-28, quality 是 → 0 (on the due date = on time)
    { n: 1, what: "done on the due date is on time", row: item("瞿小君", 7, "2014-08-28", "2014-08-28"), fine: 0 },
    // 2: item 7, due 2014-08-28, done 2014-08-29 → 5 (late by one day)
    { n: 2, what: "one day late", row: item("瞿小君", 7, "2014-08-28", "2014-08-29"), fine: 5 },
    // 4: item 3, 孙虹, due 2014-08-20, done 2014-08-19, quality 否 → 5 (early but not to quality)
    { n: 4, what: "early but not to quality", row: item("孙虹", 3, "2014-08-20", "2014-08-19", "否"), fine: 5 },
  ];

  test.each(cases)("example $n: $what → fine $fine", ({ row, fine }) => {
    const result = fines([row]);
    expect(result.row(0).status).toBe("ok");
    expect(result.row(0).outputs.fine.value).toBe(fine);
    const g = result.groups("person")[0];
    expect(g.outputs.fineTotal.value).toBe(fine);
    expect(g.complete).toBe(true);
  });

  test("examples 1, 2, 4: the verdict names the failing part", () => {
    const result = fines(cases.map((c) => c.row));
    expect(result.rows().map((r) => r.outputs.completion.value)).toEqual(["DONE", "MISSED", "MISSED"]);
    expect(result.rows().map((r) => r.outputs.completionCodes.value)).toEqual(["", "LATE", "NOT_TO_QUALITY"]);
  });

  test("example 3: item 5 (daily), 瞿小君, 14 daily rows in phase 1 with 3 not done → fine 15 (3 × 5)", () => {
    const days = ["08-25", "08-26", "08-27", "08-28", "08-29", "08-30", "08-31", "09-01", "09-02", "09-03", "09-04", "09-05", "09-06", "09-07"];
    const notDone = new Set([2, 7, 11]);
    const rows = days.map((d, i) => item("瞿小君", 5, `2014-${d}`, notDone.has(i) ? "" : `2014-${d}`));
    const result = fines(rows);
    expect(result.rows().map((r) => r.outputs.fine.value)).toEqual(days.map((_, i) => (notDone.has(i) ? 5 : 0)));
    expect(result.rows().filter((r) => r.outputs.fine.value === 5).map((r) => r.outputs.completionCodes.value)).toEqual(["NOT_DONE", "NOT_DONE", "NOT_DONE"]);
    const g = groupWhere(result, "person", { responsible: "瞿小君" });
    expect(g.outputs.misses.value).toBe(3);
    expect(g.outputs.fineTotal.value).toBe(15);
    expect(g.rows).toEqual({ total: 14, ok: 14, excluded: 0, invalid: 0, pending: 0 });
    expect(g.complete).toBe(true);
  });
});

describe("capacity-drive worked examples — targets", () => {
  test.each([
    // 5: 三车间 phase 1: output 2800, 气包率 2.3‰ → MET (both boundaries inclusive)
    { n: 5, phase: 1, output: 2800, rate: "2.3‰", verdict: "MET", failing: "" },
    // 6: 三车间 phase 2: output 2899, 气包率 2.0‰ → NOT_MET (output): 2899 < 2900
    { n: 6, phase: 2, output: 2899, rate: "2.0‰", verdict: "NOT_MET", failing: "OUTPUT_BELOW_TARGET" },
  ])("example $n: 三车间 phase $phase, output $output, 气包率 $rate → $verdict", ({ phase, output, rate, verdict, failing }) => {
    const result = runPreset(ID, [{ 车间: "三车间", 阶段: phase, 产量: output, 气包率: rate }], { part: "targets" });
    expect(result.row(0).status).toBe("ok");
    expect(result.row(0).outputs.targetMet.value).toBe(verdict);
    expect(result.row(0).outputs.targetMetCodes.value).toBe(failing);
  });

  test("a defect rate above 2.3‰ fails the quality part; other workshops have no targets (NOT_APPLICABLE)", () => {
    const result = runPreset(
      ID,
      [
        { 车间: "三车间", 阶段: 2, 产量: 2900, 气包率: "2.4‰" },
        { 车间: "四车间", 阶段: 1, 产量: 100, 气包率: "9‰" },
      ],
      { part: "targets" },
    );
    expect(result.rows().map((r) => r.outputs.targetMet.value)).toEqual(["NOT_MET", "NOT_APPLICABLE"]);
    expect(result.row(0).outputs.targetMetCodes.value).toBe("DEFECT_RATE_ABOVE_MAX");
    expect(result.rows().map((r) => r.status)).toEqual(["ok", "ok"]);
  });

  test("the phase-2 sheet may head the rate column 质量 and write the phase in words", () => {
    const result = runPreset(ID, [{ 车间: "生产三车间", 阶段: "第二阶段", 产量: 2950, 质量: "0.23%" }], { part: "targets" });
    expect(result.row(0).status).toBe("ok");
    expect(result.row(0).outputs.targetMet.value).toBe("MET");
    expect(result.row(0).outputs.targetOutput.value).toBe(2900);
  });

  test("C4: a defect rate typed as a plain 2.3 is invalid RATE_OUT_OF_RANGE; an unknown phase is invalid", () => {
    const result = runPreset(ID, [{ 车间: "三车间", 阶段: 1, 产量: 2800, 气包率: 2.3 }, { 车间: "三车间", 阶段: 3, 产量: 2800, 气包率: "2‰" }], { part: "targets" });
    expect(result.rows().map((r) => r.status)).toEqual(["invalid", "invalid"]);
    expect(codes(result.row(0).reasons)).toEqual(["RATE_OUT_OF_RANGE"]);
    expect(codes(result.row(1).reasons)).toEqual(["UNKNOWN_PHASE"]);
  });
});

describe("capacity-drive validation and grouping", () => {
  test("F2: an item number outside 1–9 is invalid UNKNOWN_TASK and makes the person incomplete (C10)", () => {
    const result = fines([item("胡素华", 10, "2014-09-01", "2014-09-01"), item("胡素华", 9, "2014-09-01", "2014-09-02")]);
    expect(result.row(0).status).toBe("invalid");
    expect(codes(result.row(0).reasons)).toEqual(["UNKNOWN_TASK"]);
    expect(result.row(0).outputs.fine.value).toBeNull();
    const g = groupWhere(result, "person", { responsible: "胡素华" });
    expect(g.outputs.fineTotal.value).toBe(5);
    expect(g.rows.invalid).toBe(1);
    expect(g.complete).toBe(false);
  });

  test("fines aggregate per person over the whole drive, including items due before 8/25, with M/D dates read as 2014", () => {
    const result = fines([
      item("汪迎秋", 2, "8/23", "8/24"),
      item("胡素华", 2, "8/23", "8/23"),
      item("易玉荣", 2, "8/23", ""),
      item("汪迎秋", 8, "9/15", "9/16"),
    ]);
    expect(result.rows().map((r) => r.status)).toEqual(["ok", "ok", "ok", "ok"]);
    expect(groupWhere(result, "person", { responsible: "汪迎秋" }).outputs.fineTotal.value).toBe(10);
    expect(groupWhere(result, "person", { responsible: "胡素华" }).outputs.fineTotal.value).toBe(0);
    expect(groupWhere(result, "person", { responsible: "易玉荣" }).outputs.fineTotal.value).toBe(5);
  });

  test("a blank 是否按质完成 defaults to 是", () => {
    const result = fines([item("瞿小君", 7, "2014-08-28", "2014-08-27", "")]);
    expect(result.row(0).outputs.fine.value).toBe(0);
  });

  test("without a 是否按质完成 column every item counts as done to quality", () => {
    const result = fines([{ 责任人: "胡素华", 序号: 9, 计划完成时间: "2014-09-01", 实际完成时间: "2014-09-01" }]);
    expect(result.row(0).outputs.completion.value).toBe("DONE");
    expect(result.row(0).outputs.fine.value).toBe(0);
  });
});
