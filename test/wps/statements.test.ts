import { SimBook } from "../../src/preview/excelSim";
import { recordedStatements } from "../../src/excel/statementsRecord";
import { etHost } from "../../src/preview/etSim";
import { addSheet } from "../../src/wps/sheets";
import { checkSeveralSheets, severalSheets } from "../excel/severalSheets";
import { wpsAdapterFor } from "./harness";

// The WPS statements adapter on the simulated ET host: the same checks as Excel's for statements on several sheets.

describe("statements longer than one sheet (WPS)", () => {
  test("written on several sheets in order, recorded together, replaced together, removed together; the user's sheet untouched", async () => {
    await checkSeveralSheets(() => {
      const book = new SimBook("明细");
      book.addSheet("Jili·个人明细 (2)").put([["my notes", 1]]);
      const ports = wpsAdapterFor(book);
      return { book, settings: ports.settings, statements: ports.statements, port: ports.port };
    }, true);
  });
});

describe("WPS: names taken while the statements are written", () => {
  test("a sheet the user adds meanwhile under a planned name (another case) is left alone: the statements take a free name, all recorded, the data sheet still active", async () => {
    const { parts } = severalSheets();
    const book = new SimBook("明细");
    book.addSheet("Jili·个人明细 (2)").put([["my notes", 1]]);
    const ports = wpsAdapterFor(book);
    let added = false;
    const onProgress = () => {
      if (added) return;
      added = true;
      // the planned names are Jili·个人明细, (3) and (4): the user takes (3) while the first sheet is written
      book.addSheet("jili·个人明细 (3)").put([["mine too", 2]]);
    };
    const done = await ports.statements.writeStatements(parts, { onProgress });
    expect(done).toMatchObject({ status: "done", sheets: ["Jili·个人明细", "Jili·个人明细 (3) (2)", "Jili·个人明细 (4)"] });
    expect(book.sheet("jili·个人明细 (3)")!.grid()).toEqual([["mine too", 2]]);
    expect(book.sheet("Jili·个人明细 (2)")!.grid()).toEqual([["my notes", 1]]);
    expect(recordedStatements(ports.settings)).toEqual(["Jili·个人明细", "Jili·个人明细 (3) (2)", "Jili·个人明细 (4)"]);
    expect(book.active.name).toBe("明细");
  });

  test("a sheet the host will not name is deleted again and the sheet that was active is active again", () => {
    const book = new SimBook("明细");
    book.addSheet("备注");
    const app = etHost(book);
    const names = () => book.sheets.map((s) => s.name);
    const before = names();
    expect(() => addSheet(app, "备注")).toThrow();
    expect(names()).toEqual(before);
    expect(book.active.name).toBe("明细");
  });
});
