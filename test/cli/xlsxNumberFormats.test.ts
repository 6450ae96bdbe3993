import { isDateFormat } from "../../src/engine";
import { dateStyles } from "../../src/cli/xlsx/numberFormats";

// Which cell styles the .xlsx reader turns into dates (src/cli/xlsx/numberFormats.ts): the engine's isDateFormat on
// each style's format (built-in ids as exceljs knows them, custom ones with backslash escapes removed); style 0
// never converts.

function styles(numFmts: [number, string][], xfIds: number[]): string {
  const fmts = numFmts.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${code}"/>`).join("");
  const xfs = xfIds.map((id) => `<xf numFmtId="${id}" fontId="0"/>`).join("");
  return `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts>${fmts}</numFmts><cellXfs count="${xfIds.length}">${xfs}</cellXfs></styleSheet>`;
}

describe("dateStyles", () => {
  it("marks the styles whose format the engine calls a date", () => {
    const custom: [number, string][] = [
      [164, "yyyy-mm-dd"],
      [165, "#,##0.00 &quot;元&quot;"],
      [166, "[Red]0.00"],
      [167, "[$-409]mmm d"],
      [168, "0 \\d\\a\\y"],
    ];
    const ids = [14, 14, 0, 2, 22, 46, 49, 164, 165, 166, 167, 168, 300];
    const out = dateStyles(styles(custom, ids));
    const code = (id: number) => custom.find(([i]) => i === id)?.[1].replace(/&quot;/g, '"').replace(/\\(.)/g, "$1");
    // style 0 is never a date; the rest follow the engine's rule
    expect(out[0]).toBe(0);
    expect([...out.slice(1)]).toEqual([1, 0, 0, 1, 1, 0, 1, 0, 0, 1, 1, 0]);
    for (let i = 1; i < ids.length; i++) {
      const fmt = ids[i] >= 164 ? code(ids[i]) : { 14: "mm-dd-yy", 22: 'm/d/yy "h":mm', 46: "[h]:mm:ss", 0: "General", 2: "0.00", 49: "@" }[ids[i]];
      expect(out[i]).toBe(isDateFormat(fmt) ? 1 : 0);
    }
  });

  it("gives no date styles without styles or cell formats", () => {
    expect(dateStyles(null).length).toBe(0);
    expect(dateStyles("<styleSheet><cellXfs/></styleSheet>").length).toBe(0);
  });
});
