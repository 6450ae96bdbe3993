import { SimBook } from "../../src/preview/excelSim";
import { checkSeveralSheets } from "../excel/severalSheets";
import { wpsAdapterFor } from "./harness";

// The WPS statements adapter on the simulated ET host: the same checks as Excel's for statements on several sheets.

describe("statements longer than one sheet (WPS)", () => {
  test("written on several sheets in order, recorded together, replaced together, removed together; the user's sheet untouched", async () => {
    await checkSeveralSheets(() => {
      const book = new SimBook("明细");
      book.addSheet("Jili·个人明细 (2)").put([["my notes", 1]]);
      const ports = wpsAdapterFor(book);
      return { book, settings: ports.settings, statements: ports.statements, port: ports.port };
    });
  });
});
