import * as fs from "fs";
import * as path from "path";
import type { RawCell } from "../../src/engine";
import { readInput, selectTable } from "../../src/cli/input";
import { runScheme } from "../../src/cli/run";
import { readXlsx } from "../../src/cli/readXlsx";
import { fillXlsx } from "../../src/cli/xlsx/fill";
import { getPreset } from "../../src/schemes";
import { SimBook } from "../../src/preview/excelSim";
import { fillRequestFor } from "./flow";
import { adapterFor } from "./harness";

const EXAMPLES = path.join(__dirname, "..", "..", "examples");

/** What Excel's `values` gives for a cell exceljs read: dates as serials, empty as null. */
function asExcel(v: RawCell): string | number | boolean | null {
  if (v instanceof Date) return (v.getTime() - Date.UTC(1899, 11, 30)) / 86400000;
  return v === undefined || v === "" ? null : v;
}

function square(grid: RawCell[][]): (string | number | boolean | null)[][] {
  const width = Math.max(0, ...grid.map((l) => (l ?? []).length));
  let rows = grid.map((l) => Array.from({ length: width }, (_, c) => asExcel((l ?? [])[c])));
  while (rows.length && rows[rows.length - 1].every((c) => c === null)) rows = rows.slice(0, -1);
  return rows;
}

describe("the pane writes the same cells as the command line", () => {
  test.each(["mobile-retention.xlsx", "mobile-retention-titled.xlsx"])("%s", async (file) => {
    const scheme = getPreset("mobile-retention")!;
    const input = await readInput(path.join(EXAMPLES, file));
    const table = selectTable(scheme, input, {});
    const run = runScheme(scheme, table, { params: {}, map: [], assume: [] }, "zh-CN");
    const out = await fillXlsx(fs.readFileSync(path.join(EXAMPLES, file)), { sheet: table.sheet, headerRow: table.headerRow + 1, rowNumbers: table.rowNumbers, ownedHeaders: table.ownedHeaders }, run.plan, "zh-CN");
    const cli = await readXlsx(out);

    const book = new SimBook(table.sheet);
    const original = input.sheets.find((s) => s.name === table.sheet)!;
    book.active.put(square(original.cells));
    const { port } = adapterFor(book);
    const { request } = await fillRequestFor(port, "mobile-retention");
    expect((await port.fill(request, { overwrite: false })).status).toBe("done");

    expect(square(book.active.grid())).toEqual(square(cli.find((s) => s.name === table.sheet)!.cells));
    expect(square(book.sheet("Jili汇总")!.grid())).toEqual(square(cli.find((s) => s.name === "Jili汇总")!.cells));
  });
});
