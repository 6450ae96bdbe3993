// The data sheet's layout keeps a cell's column and length in 2 bytes while they fit and in 4 once one does not
// (src/cli/xlsx/sheetTables.ts): a cell longer than 65 535 bytes or a column past 65 535 must give the same layout.
import { cellEnd, parseSheet } from "../../src/cli/xlsx/sheetLayout";
import { sheetXml } from "./support/packages";

describe("the sheet layout's compact columns and lengths", () => {
  test("usual cells: 2-byte columns and lengths, each cell's end where its </c> ends", () => {
    const xml = sheetXml(`<row r="1"><c r="A1"><v>1</v></c><c r="C1" t="inlineStr"><is><t>甲</t></is></c></row>`);
    const layout = parseSheet(Buffer.from(xml, "utf8"));
    expect(layout.cellCol).toBeInstanceOf(Uint16Array);
    expect(layout.cellLen).toBeInstanceOf(Uint16Array);
    expect([layout.cellCol[0], layout.cellCol[1]]).toEqual([0, 2]);
    const bytes = Buffer.from(xml, "utf8");
    // by hand: the second cell ends right after its </c>, which is followed by </row>
    expect(cellEnd(layout, 1)).toBe(bytes.indexOf("</row>"));
  });

  test("a cell of 70 000 bytes and a column past 65 535 switch to 4 bytes, earlier cells kept", () => {
    const long = "长".repeat(25_000); // 75 000 bytes in UTF-8
    const rows =
      `<row r="1"><c r="B1"><v>7</v></c><c r="C1" t="inlineStr"><is><t>${long}</t></is></c></row>` +
      // DAAA: ((4·26 + 1)·26 + 1)·26 + 1 = 71 007th column, 0-based 71 006
      `<row r="2"><c r="DAAA2"><v>8</v></c></row>`;
    const xml = sheetXml(rows);
    const bytes = Buffer.from(xml, "utf8");
    const layout = parseSheet(bytes);
    expect(layout.cellLen).toBeInstanceOf(Int32Array);
    expect(layout.cellCol).toBeInstanceOf(Int32Array);
    expect(Array.from(layout.cellCol.subarray(0, 3))).toEqual([1, 2, 71_006]);
    const longStart = bytes.indexOf(`<c r="C1"`);
    const longEnd = bytes.indexOf("</c>", longStart) + 4;
    expect(layout.cellStart[1]).toBe(longStart);
    expect(cellEnd(layout, 1)).toBe(longEnd);
    expect(cellEnd(layout, 1) - layout.cellStart[1]).toBeGreaterThan(75_000);
    // the first cell, written before the switch, is still right
    expect(cellEnd(layout, 0)).toBe(longStart);
  });
});
