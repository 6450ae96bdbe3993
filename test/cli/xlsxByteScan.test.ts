import { attrValue, columnAt, nameAt, rowNumberAttr, sheetDataStart, span, tagEndAt, worksheetPrefix } from "../../src/cli/xlsx/byteScan";
import * as CH from "../../src/cli/xlsx/bytes";

// The byte-level helpers the sheet reader and patcher share (src/cli/xlsx/byteScan.ts, codes in bytes.ts).

const b = (s: string) => Buffer.from(s, "latin1");

describe("bytes", () => {
  it("names the character codes they stand for", () => {
    const chars: [number, string][] = [
      [CH.LT, "<"],
      [CH.GT, ">"],
      [CH.SLASH, "/"],
      [CH.EQUALS, "="],
      [CH.DQUOTE, '"'],
      [CH.SQUOTE, "'"],
      [CH.BANG, "!"],
      [CH.QUESTION, "?"],
      [CH.COLON, ":"],
      [CH.AMP, "&"],
      [CH.HASH, "#"],
      [CH.DOLLAR, "$"],
      [CH.LBRACKET, "["],
      [CH.RBRACKET, "]"],
      [CH.SPACE, " "],
      [CH.TAB, "\t"],
      [CH.LF, "\n"],
      [CH.CR, "\r"],
      [CH.DIGIT_0, "0"],
      [CH.UPPER_A, "A"],
      [CH.UPPER_Z, "Z"],
      [CH.LOWER_A, "a"],
      [CH.LOWER_Z, "z"],
      [CH.LOWER_R, "r"],
      [CH.LOWER_S, "s"],
      [CH.LOWER_T, "t"],
      [CH.LOWER_N, "n"],
      [CH.LOWER_B, "b"],
      [CH.LOWER_E, "e"],
      [CH.LOWER_D, "d"],
      [CH.LOWER_I, "i"],
      [CH.LOWER_X, "x"],
    ];
    for (const [code, ch] of chars) expect(String.fromCharCode(code)).toBe(ch);
    expect(Buffer.from([CH.BOM_1, CH.BOM_2, CH.BOM_3]).toString("utf8")).toBe("\ufeff");
  });
});

describe("byteScan", () => {
  it("columnAt reads column letters in any case, after an optional $", () => {
    expect(columnAt(b("A1"), 0)).toBe(0);
    expect(columnAt(b("ab12"), 0)).toBe(27);
    expect(columnAt(b('r="$XFD1"'), 3)).toBe(16383);
    expect(columnAt(b("12"), 0)).toBe(-1);
    expect(columnAt(b('""'), 1)).toBe(-1);
  });

  it("rowNumberAttr reads r as a number, NaN without one", () => {
    const tag = (s: string) => {
      const buf = b(s);
      return rowNumberAttr(buf, 4, buf.indexOf(">"));
    };
    expect(tag('<row r="17" spans="1:3">')).toBe(17);
    expect(tag("<row  r = '5'>")).toBe(5);
    expect(tag('<row spans="1:3">')).toBeNaN();
    expect(tag('<row r="">')).toBe(0);
    expect(tag('<row r="1e2">')).toBe(1);
  });

  it("attrValue finds a whole attribute name, tagEndAt skips quoted >", () => {
    const buf = b(`<c rr="x" r='B2' t="s>">`);
    const te = tagEndAt(buf, 0, buf.length);
    expect(te).toBe(buf.length - 1);
    expect(attrValue(buf, 2, te, b("r"))).toBe(true);
    expect(buf.toString("latin1", span.start, span.end)).toBe("B2");
    expect(attrValue(buf, 2, te, b("s"))).toBe(false);
    expect(tagEndAt(b('<c r="A1'), 0, 8)).toBe(-1);
  });

  it("nameAt matches a whole tag name", () => {
    expect(nameAt(b("<c r="), 1, b("c"))).toBe(true);
    expect(nameAt(b("<c/>"), 1, b("c"))).toBe(true);
    expect(nameAt(b("<cols>"), 1, b("c"))).toBe(false);
  });

  it("finds the worksheet's prefix and its sheetData, not a longer name", () => {
    const xml = b('<?xml version="1.0"?><x:worksheet xmlns:x="m"><x:sheetDataX/><x:sheetData><x:row/></x:sheetData></x:worksheet>');
    expect(worksheetPrefix(xml)).toBe("x:");
    expect(sheetDataStart(xml, "x:")).toBe(xml.indexOf("<x:sheetData>"));
    expect(sheetDataStart(b("<worksheet/>"), "")).toBe(-1);
  });
});
