import { displayWidth, FILL_COLUMN_WIDTH, headerStyleSource, placeFillColumns, summaryChartCells, summaryColumnWidths } from "../../../src/engine";

// One layout for both faces: the CLI's file writer and the add-in's Office.js writer call these functions.

describe("displayWidth", () => {
  test.each([
    ["", 0],
    ["abc", 3],
    ["王丽", 4],
    ["王a", 3],
    ["Ａ１", 4], // full-width forms U+FF21, U+FF11
    ["ｱ", 1], // half-width katakana U+FF71 is narrow
    ["한국", 4],
    ["𠀀", 2], // CJK Extension B U+20000: one character of two UTF-16 units, two cells wide
    ["𠮷野", 4],
    ["￥20", 4], // full-width yen sign U+FFE5
  ])("%j is %i cells wide", (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe("placeFillColumns", () => {
  test("a sheet with no Jili column: the plan's columns go after the last used column, in order", () => {
    expect(placeFillColumns(new Map(), ["Jili·a", "Jili·b", "Jili·c"], 4)).toEqual({ slots: [5, 6, 7], clear: [], jili: new Set([5, 6, 7]) });
  });

  test("an empty sheet starts at column A", () => {
    expect(placeFillColumns(new Map(), ["Jili·a"], -1).slots).toEqual([0]);
  });

  test("a column whose header is already Jili's keeps its place; other Jili columns are reused left to right", () => {
    const owned = new Map([
      [6, "Jili·c"],
      [2, "Jili·a"],
      [4, "Jili·b"],
    ]);
    // b matches column 4; x takes the leftmost free owned column (2); column 6 is left over and cleared
    expect(placeFillColumns(owned, ["Jili·x", "Jili·b"], 6)).toEqual({ slots: [2, 4], clear: [6], jili: new Set([2, 4, 6]) });
  });

  test("more plan columns than owned ones: the rest are appended after the last used column", () => {
    const owned = new Map([[3, "Jili·状态"]]);
    expect(placeFillColumns(owned, ["Jili·奖励", "Jili·状态", "Jili·说明"], 5).slots).toEqual([6, 3, 7]);
  });

  test("widths by kind: numbers 14, status 24, explanation 60", () => {
    expect(FILL_COLUMN_WIDTH).toEqual({ output: 14, status: 24, explanation: 60 });
  });
});

describe("headerStyleSource", () => {
  test("the last non-blank header cell of the user's", () => {
    expect(headerStyleSource([0, 1, 2, 5], new Set([5, 6]))).toBe(2);
  });
  test("none when every filled header cell is Jili's", () => {
    expect(headerStyleSource([5], new Set([5]))).toBeNull();
    expect(headerStyleSource([], new Set())).toBeNull();
  });
});

describe("summaryColumnWidths", () => {
  test("the widest cell + 2, at least 8, at most 60", () => {
    const long = "x".repeat(70);
    const widths = summaryColumnWidths({
      headers: ["揽装人", "奖励(元)", "说明"],
      rows: [
        ["王丽", 220, "ok"],
        ["欧阳娜娜", 1380.5, long],
      ],
    });
    // 欧阳娜娜 is 8 cells → 10; 奖励(元) is 4 + 4 = 8 cells → 10; the long text is clamped at 60
    expect(widths).toEqual([10, 10, 60]);
  });

  test("a short column is never narrower than 8", () => {
    expect(summaryColumnWidths({ headers: ["a"], rows: [[1]] })).toEqual([8]);
  });
});

describe("summaryChartCells", () => {
  test("one column right of a 6-column table, from row 2, nine columns wide, at least 18 rows down", () => {
    // columns A–F hold the table; G is the gap; the chart covers H2:P18 (H is column 7, 0-based)
    expect(summaryChartCells(6, 3)).toEqual({ first: { col: 7, row: 2 }, last: { col: 15, row: 18 } });
  });
  test("grows with the groups, to row 40 at most", () => {
    expect(summaryChartCells(6, 20).last.row).toBe(24);
    expect(summaryChartCells(6, 500).last.row).toBe(40);
  });
});
