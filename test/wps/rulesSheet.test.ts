import { rulesBookToScheme, RULES_STRUCTURE_SHEET, schemeToRulesBook } from "../../src/engine";
import { SimBook, SimSheet } from "../../src/preview/excelSim";
import { getPreset } from "../../src/schemes";
import { beyondFifthRow } from "../support/rulesRows";
import { wpsAdapterFor } from "./harness";

// The WPS adapter's rules sheet (src/wps/rulesSheet.ts) on the simulated ET host: the same two sheets as in Excel —
// the clerk's 规则 with its drop-downs, the very hidden, protected structure — and the clerk's 40 → 50 read back
// (营业员 from the 6th household, docs/presets/mobile-retention.md).

const MOBILE = getPreset("mobile-retention")!;

describe("rules sheet over ET (simulated WPS 表格)", () => {
  test("written, edited 40 → 50, read back; written again replaces Jili's two sheets only", async () => {
    const book = new SimBook("明细");
    const { rules } = wpsAdapterFor(book);
    const out = await rules.writeRulesBook(schemeToRulesBook(MOBILE, "zh-CN"));
    expect(out).toMatchObject({ sheet: "规则", renamed: false });
    const ws = book.sheet("规则")!;
    expect(book.active).toBe(ws);
    const r = beyondFifthRow(book);
    expect(ws.get(3, r)).toBe(40);
    expect(ws.validations.find((v) => v.rect.left === 0 && v.rect.top <= r && r <= v.rect.bottom)?.list[0]).toBe("营业员");
    const s = book.sheet(RULES_STRUCTURE_SHEET)!;
    expect(s.veryHidden).toBe(true);
    expect(s.protected).toBe(true);

    ws.cells.set(SimSheet.key(3, r), 50);
    const read = await rules.readRulesSheet();
    const back = rulesBookToScheme(read!.cells, read!.structure);
    expect(back.ok && JSON.stringify(back.scheme)).toContain('"营业员":[{"upTo":5,"rate":20},{"rate":50}]');

    await rules.writeRulesBook(schemeToRulesBook(MOBILE, "zh-CN"));
    expect(book.sheets.map((x) => x.name)).toEqual(["明细", "Jili·settings", "规则", RULES_STRUCTURE_SHEET]);
    expect(book.sheet("规则")!.get(3, r)).toBe(40);
  });
});
