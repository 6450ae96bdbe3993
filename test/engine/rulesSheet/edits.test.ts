import { columnLetter, evaluate } from "../../../src/engine";
import { RulesCell, rulesSheetToScheme, schemeToRulesSheet } from "../../../src/engine/rulesSheet";
import { getPreset } from "../../../src/schemes";
import { groupWhere, RowObject, tableOf } from "../../support/runPreset";
import { MOBILE_FLAGS } from "../../support/explicitInputs";

type Grid = RulesCell[][];

const sheetOf = (id: string): Grid => schemeToRulesSheet(getPreset(id)!).rows.map((r) => [...r]);

/** Row index of a block marker whose path ends with `suffix` (the test finds cells by content, like a clerk). */
function blockRow(grid: Grid, suffix: string): number {
  const r = grid.findIndex((row) => typeof row[0] === "string" && row[0].startsWith("@") && row[0].split(" ")[0].endsWith(suffix));
  if (r < 0) throw new Error(`no block ${suffix}`);
  return r;
}

/** First data row at or after `from` whose cells match, by column position (1 = B). */
function dataRow(grid: Grid, from: number, match: Record<number, RulesCell>): number {
  for (let r = from; r < grid.length; r++) if (grid[r][0] === null && Object.entries(match).every(([c, v]) => grid[r][Number(c)] === v)) return r;
  throw new Error(`no row like ${JSON.stringify(match)}`);
}

/** The entry row of `key:tag` in the block starting at `from`. */
function entryRow(grid: Grid, from: number, key: string): number {
  for (let r = from + 1; r < grid.length && !String(grid[r][0] ?? "").startsWith("@"); r++) if (String(grid[r][0] ?? "").startsWith(`${key}:`)) return r;
  throw new Error(`no entry ${key}`);
}

const addr = (r: number, c: number) => `${columnLetter(c)}${r + 1}`;

function stepBlock(grid: Grid, name: string): number {
  const r = grid.findIndex((row, i) => typeof row[0] === "string" && / object$/.test(row[0]) && grid[i + 1]?.[0] === "name:s" && grid[i + 1][2] === name);
  if (r < 0) throw new Error(`no step ${name}`);
  return r;
}

// 营业员 王丽, eight eligible households in 2016-01 (catalogue mobile-retention: 5 × 20 + 3 × 40 = 220)
const rows: RowObject[] = Array.from({ length: 8 }, (_, i) => ({
  揽装人: "王丽",
  岗位: "营业员",
  办理日期: `2016-01-${String(i + 1).padStart(2, "0")}`,
  客户类型: "到期目标客户",
  ...MOBILE_FLAGS,
  是否有效4G用户: "是",
}));

describe("a clerk edits the rules sheet", () => {
  it("changing the 营业员 rate beyond the fifth household from 40 to 50 pays 5×20 + 3×50 = 250", () => {
    const grid = sheetOf("mobile-retention");
    const tiers = blockRow(grid, "tiersBy.tables");
    const r = dataRow(grid, tiers, { 1: "营业员", 2: null, 3: 40 });
    grid[r][3] = 50;
    const back = rulesSheetToScheme(grid);
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    const before = groupWhere(evaluate(getPreset("mobile-retention")!, tableOf(rows)), "person", { person: "王丽" });
    const after = groupWhere(evaluate(back.scheme, tableOf(rows)), "person", { person: "王丽" });
    expect(before.outputs.bonus.value).toBe(220);
    expect(after.outputs.bonus.value).toBe(250);
  });

  it("reads a rate typed as text, a code typed as a number and a start date typed as an Excel date serial", () => {
    const grid = sheetOf("mobile-retention");
    const tiers = blockRow(grid, "tiersBy.tables");
    grid[dataRow(grid, tiers, { 1: "营业员", 2: 5 })][3] = "２０元"; // full-width digits and 元 (C4)
    const root = blockRow(grid, "$");
    grid[entryRow(grid, root, "effective.from")][2] = 42370; // 2016-01-01 as Excel stores it
    const back = rulesSheetToScheme(grid);
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.scheme).toEqual(getPreset("mobile-retention"));
  });

  it("names the cell of a rate that is not a number, in both languages, and gives no scheme", () => {
    const grid = sheetOf("mobile-retention");
    const tiers = blockRow(grid, "tiersBy.tables");
    const r = dataRow(grid, tiers, { 1: "*", 2: 2 });
    grid[r][3] = "二十";
    const back = rulesSheetToScheme(grid);
    expect(back.ok).toBe(false);
    if (back.ok) return;
    expect(back.problems).toEqual([expect.objectContaining({ code: "RULES_NOT_A_NUMBER", address: addr(r, 3) })]);
    expect(back.problems[0].message["zh-CN"]).toContain(`${addr(r, 3)}：应为数字：二十`);
    expect(back.problems[0].message["en-US"]).toContain(`${addr(r, 3)}: must be a number: 二十`);
  });

  it("places the scheme validator's findings on their cells: an open tier before the last, a broken condition", () => {
    const grid = sheetOf("mobile-retention");
    const tiers = blockRow(grid, "tiersBy.tables");
    const open = dataRow(grid, tiers, { 1: "营业员", 2: 5 });
    grid[open][2] = null; // the first tier loses its 5: only the last tier may be open
    const rule = stepBlock(grid, "isSecondary");
    const when = entryRow(grid, rule, "when");
    grid[when][2] = "secondaryCard and";
    const back = rulesSheetToScheme(grid);
    expect(back.ok).toBe(false);
    if (back.ok) return;
    const found = back.problems.map((p) => [p.code, p.address]);
    expect(found).toEqual(expect.arrayContaining([["TIER_OPEN_BEFORE_END", addr(open, 2)], ["EXPR_SYNTAX", addr(when, 2)]]));
  });

  it("names a repeated key of a lookup table and a damaged marker in column A", () => {
    const grid = sheetOf("repair-dept-grade");
    const table = blockRow(grid, ".table");
    const second = dataRow(grid, table, { 1: "良" });
    grid[second][1] = "优";
    const marker = blockRow(grid, "$");
    grid[marker][0] = "@$ obj";
    const back = rulesSheetToScheme(grid);
    expect(back.ok).toBe(false);
    if (back.ok) return;
    expect(back.problems.map((p) => [p.code, p.address])).toEqual(
      expect.arrayContaining([
        ["RULES_DUPLICATE_KEY", addr(second, 1)],
        ["RULES_BAD_MARKER", addr(marker, 0)],
      ]),
    );
  });

  it("refuses a sheet that is not a rules sheet", () => {
    const back = rulesSheetToScheme([["姓名", "金额"], ["王丽", 220]]);
    expect(back).toEqual({ ok: false, problems: [expect.objectContaining({ code: "RULES_NOT_A_RULES_SHEET", address: "A1" })] });
  });

  it("adds a tier a clerk typed as a new row", () => {
    const grid = sheetOf("mobile-retention");
    const tiers = blockRow(grid, "tiersBy.tables");
    const last = dataRow(grid, tiers, { 1: "营业员", 2: null, 3: 40 });
    grid[last][2] = 7; // 6th–7th households at 40
    grid.splice(last + 1, 0, [null, "营业员", null, 60]); // beyond the 7th, 60
    const back = rulesSheetToScheme(grid);
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    const g = groupWhere(evaluate(back.scheme, tableOf(rows)), "person", { person: "王丽" });
    expect(g.outputs.bonus.value).toBe(5 * 20 + 2 * 40 + 1 * 60);
  });
});
