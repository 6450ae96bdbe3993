import { placeFillColumns } from "../../../src/engine";

/** The placement without the set of every column Jili touches (checked in layout.test.ts). */
const placeColumns = (owned: ReadonlyMap<number, string>, headers: string[], last: number) => {
  const { slots, clear } = placeFillColumns(owned, headers, last);
  return { slots, clear };
};

// Where a fill puts the plan's columns on the data sheet, in the CLI and the add-in (src/engine/layout/fillColumns.ts): a column whose header is
// already Jili's keeps its place, Jili's other columns are reused left to right, the rest are appended.

describe("placeColumns", () => {
  it("appends every column after the last used one on a sheet Jili has not filled", () => {
    expect(placeColumns(new Map(), ["奖励", "状态", "说明"], 4)).toEqual({ slots: [5, 6, 7], clear: [] });
    expect(placeColumns(new Map(), ["奖励"], -1)).toEqual({ slots: [0], clear: [] });
  });

  it("keeps a column whose header is Jili's in its place, whatever the plan's order", () => {
    const owned = new Map([
      [7, "说明"],
      [5, "奖励"],
      [6, "状态"],
    ]);
    expect(placeColumns(owned, ["奖励", "状态", "说明"], 7)).toEqual({ slots: [5, 6, 7], clear: [] });
  });

  it("reuses Jili's columns whose headers changed, left to right, then appends; unused ones are cleared", () => {
    // a refill in the other language: no header matches, the old columns are taken in sheet order
    const owned = new Map([
      [9, "Explanation"],
      [8, "Status"],
    ]);
    expect(placeColumns(owned, ["奖励", "状态", "说明"], 9)).toEqual({ slots: [8, 9, 10], clear: [] });
    // fewer plan columns than Jili's old ones: the rest are cleared
    const three = new Map([
      [3, "a"],
      [4, "b"],
      [5, "c"],
    ]);
    expect(placeColumns(three, ["b"], 5)).toEqual({ slots: [4], clear: [3, 5] });
    expect(placeColumns(three, ["x"], 5)).toEqual({ slots: [3], clear: [4, 5] });
  });

  it("gives a header twice in the plan Jili's column once; the second takes a free or a new column", () => {
    expect(placeColumns(new Map([[2, "奖励"]]), ["奖励", "奖励"], 2)).toEqual({ slots: [2, 3], clear: [] });
    const owned = new Map([
      [2, "奖励"],
      [6, "旧列"],
    ]);
    expect(placeColumns(owned, ["奖励", "奖励"], 6)).toEqual({ slots: [2, 6], clear: [] });
  });

  it("matches headers exactly (no trimming, no case folding) and does not change its inputs", () => {
    const owned = new Map([[1, "Status"]]);
    const headers = ["status", "Status "];
    expect(placeColumns(owned, headers, 1)).toEqual({ slots: [1, 2], clear: [] });
    expect([...owned]).toEqual([[1, "Status"]]);
    expect(headers).toEqual(["status", "Status "]);
  });
});
