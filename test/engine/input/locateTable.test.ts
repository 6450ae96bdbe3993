import fc from "fast-check";
import { headerScore, isBlankCell, isBlankRow, isSummarySheetName, locateDataTable, RawCell, resolvePart, SUMMARY_SHEET_NAMES } from "../../../src/engine";
import { getPreset } from "../../../src/schemes";

// The rule that cuts a data table out of a sheet, shared by the command line (src/cli/input.ts) and the task pane
// (src/taskpane/controller/locate.ts). Expectations are worked out by hand from the preset's fields.

const mobile = getPreset("mobile-retention")!.parts[0];
const capacity = getPreset("capacity-drive")!;
// mobile-retention: 揽装人, 岗位, 办理日期, 客户类型, 是否有效4G用户 are required; 工号, 手机号码, 是否副卡 … are not
const H = ["揽装人", "岗位", "办理日期", "客户类型", "是否有效4G用户"];
const order = (name: string, day: number): RawCell[] => [name, "营业员", `2016-01-0${day}`, "到期目标客户", "是"];

describe("Jili's summary sheet is recognised by its name, in either language", () => {
  test("the names", () => {
    expect([...SUMMARY_SHEET_NAMES].sort()).toEqual(["Jili Summary", "Jili汇总"]);
  });
  test.each([
    ["Jili汇总", true],
    ["Jili Summary", true],
    ["jili summary", false],
    ["Jili汇总 (2)", false],
    ["汇总", false],
    ["订单", false],
  ])("%s → %s", (name, want) => {
    expect(isSummarySheetName(name)).toBe(want);
  });
});

describe("blank cells and rows", () => {
  test.each([null, undefined, "", " ", "\u3000", "\u00a0", " \t\u3000 "])("%j is blank", (c) => {
    expect(isBlankCell(c as RawCell)).toBe(true);
  });
  test.each(["0", 0, false, "-", "\u3000a"])("%j is not blank", (c) => {
    expect(isBlankCell(c as RawCell)).toBe(false);
  });
  test("a row is blank when every cell is, and a missing row is blank", () => {
    expect(isBlankRow([null, " ", "\u3000"])).toBe(true);
    expect(isBlankRow([])).toBe(true);
    expect(isBlankRow(undefined)).toBe(true);
    expect(isBlankRow([null, 0])).toBe(false);
  });
});

describe("headerScore: required fields named × 1000 + fields named", () => {
  test("the five required columns and 工号", () => {
    expect(headerScore([["工号", ...H]], mobile)).toBe(5 * 1000 + 6);
  });
  test("an alias counts (揽装人员 is 揽装人), an unknown header does not", () => {
    expect(headerScore([["揽装人员", "备注"]], mobile)).toBe(1001);
  });
  test("the best row of the first 30 counts; none → 0", () => {
    expect(headerScore([["标题"], ["岗位"], H], mobile)).toBe(5005);
    expect(headerScore([["a", "b"], [1, 2]], mobile)).toBe(0);
  });
});

describe("resolvePart", () => {
  test("by id", () => {
    expect(resolvePart([], capacity.parts, "targets")?.id).toBe("targets");
  });
  test("an unknown id gives nothing (the caller reports it)", () => {
    expect(resolvePart([], capacity.parts, "nope")).toBeUndefined();
  });
  test("guessed from the header: 车间/阶段/产量/气包率 are the targets part's fields", () => {
    expect(resolvePart([["车间", "阶段", "产量", "气包率"]], capacity.parts)?.id).toBe("targets");
    expect(resolvePart([["责任人", "序号", "计划完成时间"]], capacity.parts)?.id).toBe("fines");
  });
});

describe("locateDataTable", () => {
  test("a title and a blank row above the header: the header is row 3 of the sheet, data rows keep their sheet numbers", () => {
    const cells: RawCell[][] = [["2016年1月明细"], [], H, order("王丽", 3), [null, " ", "\u3000", null, null], [], order("李强", 4)];
    const t = locateDataTable(cells, mobile)!;
    expect(t.part.id).toBe(mobile.id);
    expect(t.headerRow).toBe(2);
    expect(t.headers).toEqual(H);
    expect(t.rowNumbers).toEqual([4, 7]);
    expect(t.rows).toEqual([order("王丽", 3), order("李强", 4)]);
    expect(t.ownedHeaders.size).toBe(0);
  });

  test("Jili's own columns (Jili·…) are blanked in the header and the rows, and listed; a row with only Jili's values is blank", () => {
    const cells: RawCell[][] = [
      ["揽装人", "Jili·状态", "岗位", "办理日期", "客户类型", "是否有效4G用户", "Jili·揽装奖励(元)"],
      ["王丽", "正常", "营业员", "2016-01-03", "到期目标客户", "是", 20],
      [null, "无效", null, null, null, null, 0],
    ];
    const t = locateDataTable(cells, mobile)!;
    expect(t.headers).toEqual(["揽装人", null, "岗位", "办理日期", "客户类型", "是否有效4G用户", null]);
    expect(t.rows).toEqual([["王丽", null, "营业员", "2016-01-03", "到期目标客户", "是", null]]);
    expect(t.rowNumbers).toEqual([2]);
    expect([...t.ownedHeaders]).toEqual([
      [1, "Jili·状态"],
      [6, "Jili·揽装奖励(元)"],
    ]);
  });

  test("a given header row is used as it is (an Excel table's first row)", () => {
    const cells: RawCell[][] = [H, ["序号", "姓名"], order("王丽", 3)];
    const t = locateDataTable(cells, mobile, 1)!;
    expect(t.headerRow).toBe(1);
    expect(t.headers).toEqual(["序号", "姓名"]);
    expect(t.rowNumbers).toEqual([3]);
  });

  test("no header row: null", () => {
    expect(locateDataTable([["a", "b"], [1, 2]], mobile)).toBeNull();
    expect(locateDataTable([], mobile)).toBeNull();
  });

  test("the header on the last row: a table without data rows", () => {
    const t = locateDataTable([["标题"], H], mobile)!;
    expect({ headerRow: t.headerRow, rows: t.rows, rowNumbers: t.rowNumbers }).toEqual({ headerRow: 1, rows: [], rowNumbers: [] });
  });

  test("property: the rows are exactly the non-blank rows under the header, outside Jili's columns, in sheet order", () => {
    const cell = fc.oneof(fc.constant(null), fc.constantFrom("", " ", "\u3000", "\u00a0", "王丽", "0", "Jili·x"), fc.integer({ min: -5, max: 5 }));
    const grid = fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 12 });
    fc.assert(
      fc.property(grid, fc.nat({ max: 3 }), (body, top) => {
        const header: RawCell[] = ["揽装人", "岗位", "Jili·状态", "办理日期"];
        const cells: RawCell[][] = [...Array.from({ length: top }, () => [] as RawCell[]), header, ...body];
        const t = locateDataTable(cells, mobile)!;
        // reference, written out plainly: column 2 is Jili's; a row counts when another column holds non-space text or a number
        const holds = (c: RawCell) => typeof c === "number" || (typeof c === "string" && c.replace(/[\s\u3000\u00a0]/g, "") !== "");
        const want = body.map((line, i) => ({ line, row: top + 2 + i })).filter(({ line }) => line.some((c, j) => j !== 2 && holds(c)));
        expect(t.headerRow).toBe(top);
        expect(t.rowNumbers).toEqual(want.map((w) => w.row));
        expect(t.rows).toEqual(want.map((w) => w.line.map((c, j) => (j === 2 ? null : c))));
      }),
      { seed: 20160101, numRuns: 200 },
    );
  });
});

describe("sheets Jili wrote are never data", () => {
  const { isJiliSheet } = jest.requireActual("../../../src/engine") as typeof import("../../../src/engine");
  test("summary, statements (any suffix) and rules sheets, by name or by the rules marker", () => {
    expect(isJiliSheet("Jili汇总")).toBe(true);
    expect(isJiliSheet("Jili Summary")).toBe(true);
    expect(isJiliSheet("Jili·个人明细 (2)")).toBe(true);
    expect(isJiliSheet("我的规则", [[null], ["jili-rules/1", "规则 Rules"]])).toBe(true);
    expect(isJiliSheet("规则", [["揽装人", "岗位"]])).toBe(false);
    expect(isJiliSheet("1月明细", [["揽装人", "岗位"]])).toBe(false);
  });
});
