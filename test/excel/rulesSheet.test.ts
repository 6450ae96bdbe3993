import { rulesSheetToScheme, schemeToRulesSheet, RulesSheet } from "../../src/engine";
import { MAX_REQUEST_BYTES } from "../../src/excel/payload";
import { ExcelRules, RULES_SETTING } from "../../src/excel/rulesSheet";
import { SimBook, SimContext, SimSheet, simRun } from "../../src/preview/excelSim";
import { SimSettings } from "../../src/preview/settings";
import { getPreset, presetIds } from "../../src/schemes";
import type { Cell } from "./types";

// The task pane's rules-sheet adapter (src/excel/rulesSheet.ts) on the simulated host (src/preview/excelSim/), which
// rejects any Office.js member it does not implement.

function adapter(book: SimBook, settings = new SimSettings()) {
  const contexts: SimContext[] = [];
  const port = new ExcelRules({ run: simRun(book, (c) => contexts.push(c)), settings });
  return { port, settings, contexts };
}

function gridOf(sheet: SimSheet, rules: RulesSheet): (Cell | null)[][] {
  const width = Math.max(...rules.rows.map((r) => r.length));
  return rules.rows.map((_, r) => Array.from({ length: width }, (_, c) => sheet.get(c, r + 1) ?? null));
}

const padded = (rules: RulesSheet) => {
  const width = Math.max(...rules.rows.map((r) => r.length));
  return rules.rows.map((line) => Array.from({ length: width }, (_, c) => (line[c] === undefined || line[c] === "" ? null : line[c])));
};

/** the 营业员 rate beyond the fifth household in mobile-retention's rules sheet (found, not assumed) */
function rateCell(rules: RulesSheet): { row: number; col: number } {
  const row = rules.rows.findIndex((line, i) => rules.kinds[i] === "data" && line[1] === "营业员" && line[3] === 40);
  return { row: row + 1, col: 3 };
}

describe("rules sheet adapter (simulated Excel)", () => {
  test("Edit rules: a new sheet 规则 holds the rules, texts formatted @, styled, activated, and recorded", async () => {
    const book = new SimBook("明细");
    book.sheet("明细")!.put([["揽装人", "岗位"], ["王丽", "营业员"]]);
    const { port, settings, contexts } = adapter(book);
    const rules = schemeToRulesSheet(getPreset("mobile-retention")!);
    const out = await port.writeRulesSheet(rules);

    expect(out).toMatchObject({ sheet: "规则", renamed: false, rows: rules.rows.length });
    const ws = book.sheet("规则")!;
    expect(gridOf(ws, rules)).toEqual(padded(rules));
    expect(settings.get(RULES_SETTING)).toBe(ws.id);
    expect(book.active).toBe(ws);
    // every text cell is formatted as text (so "1" or 2016-01-01 stays a text), no number cell is
    for (let r = 0; r < rules.rows.length; r++) {
      rules.rows[r].forEach((v, c) => {
        const f = ws.numberFormats.get(SimSheet.key(c, r + 1));
        if (typeof v === "string") expect(f).toBe("@");
        if (typeof v === "number") expect(f).toBeUndefined();
      });
    }
    // the command line's look: grey markers, a dark title row with white bold text, filled block rows, frozen title
    expect(ws.fontColors.get(SimSheet.key(0, 5))).toBe("#808080");
    expect(ws.fills.get(SimSheet.key(1, 1))).toBe("#1F4E79");
    expect(ws.fontColors.get(SimSheet.key(1, 1))).toBe("#FFFFFF");
    expect(ws.bold.has(SimSheet.key(1, 1))).toBe(true);
    const block = rules.kinds.indexOf("block") + 1;
    expect(ws.fills.get(SimSheet.key(1, block))).toBe("#DDEBF7");
    expect(ws.bold.has(SimSheet.key(1, block))).toBe(true);
    expect(ws.frozenRows).toBe(1);
    expect(ws.widths.get(0)).toBeGreaterThan(0);
    // one sync to look, one per chunk: a small sheet is two requests
    expect(contexts).toHaveLength(1);
    expect(contexts[0].syncs).toBe(2);
    // the user's sheet is untouched
    expect(book.sheet("明细")!.grid()).toEqual([["揽装人", "岗位"], ["王丽", "营业员"]]);
  });

  test("the sheet reads back into the same scheme (every preset), each write under the request budget", async () => {
    for (const id of presetIds()) {
      const book = new SimBook("明细");
      const { port, contexts } = adapter(book);
      const scheme = getPreset(id)!;
      await port.writeRulesSheet(schemeToRulesSheet(scheme));
      expect(Math.max(...contexts[0].requestBytes)).toBeLessThan(MAX_REQUEST_BYTES);
      const read = await port.readRulesSheet();
      expect(read?.sheet).toBe("规则");
      const back = rulesSheetToScheme(read!.cells);
      if (!back.ok) throw new Error(`${id}: ${JSON.stringify(back.problems.slice(0, 3))}`);
      expect(back.scheme).toEqual(scheme);
    }
  });

  test("Edit rules again replaces Jili's own sheet only; the clerk's change is read back", async () => {
    const book = new SimBook("明细");
    const { port, settings } = adapter(book);
    const rules = schemeToRulesSheet(getPreset("mobile-retention")!);
    await port.writeRulesSheet(rules);
    const first = book.sheet("规则")!;
    const { row, col } = rateCell(rules);
    // the clerk changes the rate beyond the fifth household 40 → 50
    first.cells.set(SimSheet.key(col, row), 50);
    const read = await port.readRulesSheet();
    const back = rulesSheetToScheme(read!.cells);
    expect(back.ok).toBe(true);
    const tiers = back.ok && (back.scheme.parts[0].steps.find((s) => s.name === "bonus") as unknown as { tiersBy: { tables: Record<string, { rate: number }[]> } });
    expect(tiers && tiers.tiersBy.tables["营业员"].map((t) => t.rate)).toEqual([20, 50]);

    await port.writeRulesSheet(rules);
    expect(book.sheets.filter((s) => s.name.startsWith("规则"))).toHaveLength(1);
    const second = book.sheet("规则")!;
    expect(second).not.toBe(first);
    expect(settings.get(RULES_SETTING)).toBe(second.id);
    expect(second.get(col, row)).toBe(40);
  });

  test("a sheet of the user's named 规则 is never touched: the rules go to 规则 (2), which is read back", async () => {
    const book = new SimBook("明细");
    const mine = book.addSheet("规则");
    mine.put([["我的规则", "不要动"]]);
    const { port, settings } = adapter(book);
    const out = await port.writeRulesSheet(schemeToRulesSheet(getPreset("mobile-retention")!));
    expect(out).toMatchObject({ sheet: "规则 (2)", renamed: true });
    expect(mine.grid()).toEqual([["我的规则", "不要动"]]);
    expect(mine.numberFormats.size).toBe(0);
    expect(settings.get(RULES_SETTING)).toBe(book.sheet("规则 (2)")!.id);
    const read = await port.readRulesSheet();
    expect(read?.sheet).toBe("规则 (2)");
    expect(rulesSheetToScheme(read!.cells).ok).toBe(true);
    // again: Jili's 规则 (2) is replaced, the user's 规则 still untouched
    await port.writeRulesSheet(schemeToRulesSheet(getPreset("mobile-retention")!));
    expect(book.sheets.map((s) => s.name)).toEqual(["明细", "规则", "规则 (2)"]);
    expect(mine.grid()).toEqual([["我的规则", "不要动"]]);
  });

  test("no rules sheet: null; a 规则 sheet written elsewhere (the command line) is read; problems name their cells", async () => {
    const book = new SimBook("明细");
    const { port } = adapter(book);
    expect(await port.readRulesSheet()).toBeNull();
    const rules = schemeToRulesSheet(getPreset("mobile-retention")!);
    const cli = book.addSheet("规则");
    cli.put(rules.rows.map((line) => line.map((v) => (v === null ? null : v))));
    const { row, col } = rateCell(rules);
    cli.cells.set(SimSheet.key(col, row), "四十");
    const read = await port.readRulesSheet();
    expect(read?.sheet).toBe("规则");
    const back = rulesSheetToScheme(read!.cells);
    expect(back.ok).toBe(false);
    expect(!back.ok && back.problems.map((p) => p.address)).toContain(`D${row}`);
  });

  test("selectCell activates the sheet and selects the cell", async () => {
    const book = new SimBook("明细");
    book.addSheet("规则");
    const { port, contexts } = adapter(book);
    await port.selectCell("规则", "D208");
    expect(book.active.name).toBe("规则");
    expect(book.activeCell).toEqual({ col: 3, row: 208 });
    expect(contexts[0].syncs).toBe(1);
  });
});
