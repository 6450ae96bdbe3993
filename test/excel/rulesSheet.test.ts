import { rulesBookToScheme, RULES_STRUCTURE_SHEET, schemeToRulesBook } from "../../src/engine";
import type { RulesBook } from "../../src/engine";
import { MAX_REQUEST_BYTES } from "../../src/excel/payload";
import { ExcelRules, RULES_SETTING } from "../../src/excel/rulesSheet";
import { SimBook, SimContext, SimSheet, simRun } from "../../src/preview/excelSim";
import { SimSettings } from "../../src/preview/settings";
import { getPreset, presetIds } from "../../src/schemes";
import type { Cell } from "./types";

// The task pane's rules-sheet adapter (src/excel/rulesSheet.ts) on the simulated host (src/preview/excelSim/), which
// rejects any Office.js member it does not implement and, as Office.js documents, refuses to delete a very hidden sheet.
// Expected cells typed in from docs/presets/mobile-retention.md: 营业员 1–5 → 20, from the 6th → 40.

const MOBILE = getPreset("mobile-retention")!;
const OTHER = "其他岗位（中心经理、网格经理、装维经理）";

function adapter(book: SimBook, settings = new SimSettings()) {
  const contexts: SimContext[] = [];
  const port = new ExcelRules({ run: simRun(book, (c) => contexts.push(c)), settings });
  return { port, settings, contexts };
}

function gridOf(sheet: SimSheet, rows: unknown[][]): (Cell | null)[][] {
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((_, r) => Array.from({ length: width }, (_, c) => sheet.get(c, r + 1) ?? null));
}
const padded = (rows: unknown[][]) => {
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((line) => Array.from({ length: width }, (_, c) => (line[c] === undefined || line[c] === "" ? null : line[c])));
};
/** the 1-based row of the sheet whose first cells are `start` */
const rowOf = (sheet: SimSheet, ...start: unknown[]) => {
  for (let r = 1; r <= 400; r++) if (start.every((v, c) => (sheet.get(c, r) ?? null) === v)) return r;
  throw new Error(`no row ${start.join(" | ")}`);
};
const book0 = (): RulesBook => schemeToRulesBook(MOBILE, "zh-CN");

describe("rules sheet adapter (simulated Excel)", () => {
  test("Edit rules: 规则 holds the clerk's layout, shaded, drop-downs on the roles; the structure very hidden and protected", async () => {
    const book = new SimBook("明细");
    book.sheet("明细")!.put([["揽装人", "岗位"], ["王丽", "营业员"]]);
    const { port, settings, contexts } = adapter(book);
    const rules = book0();
    const out = await port.writeRulesBook(rules);

    expect(out).toMatchObject({ sheet: "规则", renamed: false, rows: rules.view.rows.length });
    const ws = book.sheet("规则")!;
    expect(gridOf(ws, rules.view.rows)).toEqual(padded(rules.view.rows));
    expect(ws.get(0, 1)).toBe("规则 · 移动老客户维系考核");
    expect(settings.get(RULES_SETTING)).toBe(ws.id);
    expect(book.active).toBe(ws);
    // the tier row a clerk changes: 营业员 | 6 | (blank) | 40, its rate cell shaded as editable, its role a drop-down
    const r = rowOf(ws, "营业员", 6);
    expect(ws.get(3, r)).toBe(40);
    expect(ws.fills.get(SimSheet.key(3, r))).toBe("#FFF9E5");
    expect(ws.fills.get(SimSheet.key(1, r))).toBeUndefined();
    const roles = ws.validations.find((v) => v.rect.left === 0 && v.rect.top <= r && r <= v.rect.bottom);
    expect(roles?.list).toEqual(["营业员", "中心经理", "网格经理", "装维经理", OTHER]);
    // texts stay texts: the role cells and every heading are "@"
    expect(ws.numberFormats.get(SimSheet.key(0, r))).toBe("@");
    expect(ws.numberFormats.get(SimSheet.key(3, r))).toBeUndefined();
    expect(ws.fills.get(SimSheet.key(0, 1))).toBe("#1F4E79");
    expect(ws.frozenRows).toBe(1);
    // the structure: very hidden, protected, the scheme document in it
    const s = book.sheet(RULES_STRUCTURE_SHEET)!;
    expect(s.veryHidden).toBe(true);
    expect(s.protected).toBe(true);
    expect(s.get(0, 1)).toBe("jili-rules/2");
    expect([s.get(0, 2), s.get(1, 2)]).toEqual(["sheet", "规则"]);
    expect(Math.max(...contexts[0].requestBytes)).toBeLessThan(MAX_REQUEST_BYTES);
    // the user's sheet is untouched
    expect(book.sheet("明细")!.grid()).toEqual([["揽装人", "岗位"], ["王丽", "营业员"]]);
  });

  test.each(presetIds())("%s: written and read back through the simulated host, the same scheme", async (id) => {
    const book = new SimBook("明细");
    const { port } = adapter(book);
    const scheme = getPreset(id)!;
    await port.writeRulesBook(schemeToRulesBook(scheme, "zh-CN"));
    const read = await port.readRulesSheet();
    expect(read?.sheet).toBe("规则");
    const back = rulesBookToScheme(read!.cells, read!.structure);
    if (!back.ok) throw new Error(`${id}: ${JSON.stringify(back.problems.slice(0, 3))}`);
    expect(back.scheme).toEqual(scheme);
  });

  test("the clerk's 40 → 50 is read back; Edit rules again replaces Jili's two sheets only", async () => {
    const book = new SimBook("明细");
    const { port, settings } = adapter(book);
    await port.writeRulesBook(book0());
    const first = book.sheet("规则")!;
    const r = rowOf(first, "营业员", 6);
    first.cells.set(SimSheet.key(3, r), 50);
    const read = await port.readRulesSheet();
    const back = rulesBookToScheme(read!.cells, read!.structure);
    const tiers = back.ok && (back.scheme.parts[0].steps.find((s) => s.name === "bonus") as unknown as { tiersBy: { tables: Record<string, { rate: number }[]> } });
    expect(tiers && tiers.tiersBy.tables["营业员"].map((t) => t.rate)).toEqual([20, 50]);

    // the structure sheet is very hidden: Office.js deletes it only once visible (the simulation refuses otherwise)
    await port.writeRulesBook(book0());
    expect(book.sheets.filter((s) => s.name.startsWith("规则"))).toHaveLength(1);
    expect(book.sheets.filter((s) => s.name === RULES_STRUCTURE_SHEET)).toHaveLength(1);
    const second = book.sheet("规则")!;
    expect(second).not.toBe(first);
    expect(settings.get(RULES_SETTING)).toBe(second.id);
    expect(second.get(3, r)).toBe(40);
    expect(book.sheet(RULES_STRUCTURE_SHEET)!.veryHidden).toBe(true);
  });

  test("a sheet of the user's named 规则 is never touched: the rules go to 规则 (2), named so in the structure", async () => {
    const book = new SimBook("明细");
    const mine = book.addSheet("规则");
    mine.put([["我的规则", "不要动"]]);
    const { port, settings } = adapter(book);
    const out = await port.writeRulesBook(book0());
    expect(out).toMatchObject({ sheet: "规则 (2)", renamed: true });
    expect(mine.grid()).toEqual([["我的规则", "不要动"]]);
    expect(mine.numberFormats.size).toBe(0);
    expect(settings.get(RULES_SETTING)).toBe(book.sheet("规则 (2)")!.id);
    expect(book.sheet(RULES_STRUCTURE_SHEET)!.get(1, 2)).toBe("规则 (2)");
    const read = await port.readRulesSheet();
    expect(read?.sheet).toBe("规则 (2)");
    expect(rulesBookToScheme(read!.cells, read!.structure).ok).toBe(true);
    await port.writeRulesBook(book0());
    expect(book.sheets.map((s) => s.name)).toEqual(["明细", "规则", "规则 (2)", RULES_STRUCTURE_SHEET]);
    expect(mine.grid()).toEqual([["我的规则", "不要动"]]);
  });

  test("no rules sheet: null; a rate typed as 四十 is refused at its cell", async () => {
    const book = new SimBook("明细");
    const { port } = adapter(book);
    expect(await port.readRulesSheet()).toBeNull();
    await port.writeRulesBook(book0());
    const ws = book.sheet("规则")!;
    const r = rowOf(ws, "营业员", 6);
    ws.cells.set(SimSheet.key(3, r), "四十");
    const read = await port.readRulesSheet();
    const back = rulesBookToScheme(read!.cells, read!.structure);
    expect(!back.ok && back.problems.map((p) => p.address)).toEqual([`D${r}`]);
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
