import type { SimBook } from "../../src/preview/excelSim";
import type { WorkbookPort } from "../../src/excel/port";
import type { SettingsLike } from "../../src/excel/settings";
import type { SummaryTable } from "../../src/engine";

/**
 * The filter and the issues sheet through an adapter (Excel or WPS) over the simulated book: the same expectations
 * for both hosts, each worked out by hand from the sheet below.
 */
export function filterScenario(name: string, make: (book: SimBook) => { port: WorkbookPort; settings: SettingsLike }, newBook: () => SimBook) {
  /** a header on row 2 under a title, data on rows 3..12 (a value per row), the user's row 6 hidden */
  const book = () => {
    const b = newBook();
    b.active.put([["title"], ["name", "n"], ...Array.from({ length: 10 }, (_, i) => [`p${i + 3}`, i + 3])]);
    b.active.hiddenRows.add(6);
    return b;
  };
  const issues = (title: string): SummaryTable => ({ sheetName: title, level: "", headers: ["工作表", "行"], rows: [["明细", 4], ["明细", 9]], numberFormats: [null, null], chart: null });

  describe(`filter and export (${name})`, () => {
    test("keeps rows 4, 9 and 12: hides 3, 5, 7, 8, 10, 11 (6 is the user's), then shows exactly those again", async () => {
      const b = book();
      const sheet = b.sheets[0];
      const values = JSON.stringify([...sheet.cells]);
      const { port, settings } = make(b);
      const out = await port.filterRows({ sheet: sheet.name, headerRow: 2, lastRow: 12, keep: [4, 9, 12, 40] });
      expect(out).toEqual({ hidden: 6, shown: 3 });
      expect([...sheet.hiddenRows].sort((a, c) => a - c)).toEqual([3, 5, 6, 7, 8, 10, 11]);
      expect(settings.get("jili.filter")).toEqual({ sheet: sheet.name, rows: [[3, 3], [5, 5], [7, 8], [10, 11]] });
      expect(port.activeFilter()).toEqual({ sheet: sheet.name, rows: [[3, 3], [5, 5], [7, 8], [10, 11]] });
      // a second filter replaces the first: keep row 3 only
      expect(await port.filterRows({ sheet: sheet.name, headerRow: 2, lastRow: 12, keep: [3] })).toEqual({ hidden: 8, shown: 1 });
      expect([...sheet.hiddenRows].sort((a, c) => a - c)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
      expect(await port.clearFilter()).toEqual({ sheet: sheet.name, shown: 8 });
      expect([...sheet.hiddenRows]).toEqual([6]);
      expect(JSON.stringify([...sheet.cells])).toBe(values);
      expect(settings.get("jili.filter") ?? null).toBeNull();
      expect(await port.clearFilter()).toEqual({ sheet: null, shown: 0 });
    });

    test("a protected sheet is not filtered", async () => {
      const b = book();
      b.sheets[0].protected = true;
      const { port } = make(b);
      expect(await port.filterRows({ sheet: b.sheets[0].name, headerRow: 2, lastRow: 12, keep: [4] })).toEqual({ hidden: 0, shown: 0, sheetProtected: true });
      expect([...b.sheets[0].hiddenRows]).toEqual([6]);
    });

    test("the issues sheet: written, replaced, and a sheet of the user's with its name is never touched", async () => {
      const b = book();
      const mineBefore = b.addSheet("Jili·问题清单");
      mineBefore.put([["the user's"]]);
      const { port } = make(b);
      expect(await port.writeIssues(issues("Jili·问题清单"))).toEqual({ sheet: "Jili·问题清单 (2)" });
      expect(b.sheet("Jili·问题清单")!.grid()).toEqual([["the user's"]]);
      expect(b.sheet("Jili·问题清单 (2)")!.grid()).toEqual([["工作表", "行"], ["明细", 4], ["明细", 9]]);
      expect(b.active.name).toBe(b.sheets[0].name);
      expect(await port.writeIssues(issues("Jili·问题清单"))).toEqual({ sheet: "Jili·问题清单 (2)" });
      expect(b.sheets.filter((s) => s.name.startsWith("Jili·问题清单")).length).toBe(2);
      const inv = await port.inventoryOutput();
      expect(inv.recorded).toEqual([{ kind: "issues", sheet: "Jili·问题清单 (2)" }]);
      await port.filterRows({ sheet: b.sheets[0].name, headerRow: 2, lastRow: 12, keep: [4] });
      const after = await port.inventoryOutput();
      expect(after.filter).toEqual({ sheet: b.sheets[0].name, rows: 8 });
      const removed = await port.removeOutput({ columns: [], sheets: ["issues"], marks: false, filter: true });
      expect(removed).toEqual({ columns: 0, sheets: ["Jili·问题清单 (2)"], marks: 0, filtered: 8 });
      expect(b.sheet("Jili·问题清单 (2)")).toBeUndefined();
      expect(b.sheet("Jili·问题清单")!.grid()).toEqual([["the user's"]]);
      expect([...b.sheets[0].hiddenRows]).toEqual([6]);
    });
  });
}
