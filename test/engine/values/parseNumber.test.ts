import { parseNumber } from "../../../src/engine/values/parseNumber";
import { CellProblem } from "../../../src/engine/values/problem";

// Convention C4 of the catalogue: what a number cell may hold.
describe("parseNumber (C4)", () => {
  test.each([
    [12, "12"],
    ["12", "12"],
    ["１２", "12"],
    ["１２．５", "12.5"],
    ["－３", "-3"],
    ["1,200", "1200"],
    ["1，200", "1200"],
    ["12,345,678.9", "12345678.9"],
    ["¥300", "300"],
    ["￥300", "300"],
    ["300元", "300"],
    ["  42\u3000", "42"],
    ["\u00a07\u00a0", "7"],
    ["93%", "0.93"],
    ["９３％", "0.93"],
    ["2.3‰", "0.0023"],
    ["0.1", "0.1"],
    [0.1, "0.1"],
    ["1e3", "1000"],
  ])("%p reads as %s", (raw, expected) => {
    const p = parseNumber(raw);
    expect(p).not.toBeInstanceOf(CellProblem);
    expect((p as { value: { toFixed(): string } }).value.toFixed()).toBe(expected);
  });

  test.each(["五", "约3万", "12a", "1,20", "3万", "1.2.3", "--1", "¥", "%"])("%p is INVALID_NUMBER, never 0", (raw) => {
    const p = parseNumber(raw);
    expect(p).toBeInstanceOf(CellProblem);
    expect((p as CellProblem).code).toBe("INVALID_NUMBER");
    expect((p as CellProblem).detail).toBe(raw);
  });

  test.each(["#N/A", "#REF!", "#DIV/0!", " #value! "])("Excel error %p is EXCEL_ERROR", (raw) => {
    expect((parseNumber(raw) as CellProblem).code).toBe("EXCEL_ERROR");
  });

  test.each([null, undefined, "", "   ", "\u3000"])("%p is blank (null)", (raw) => {
    expect(parseNumber(raw)).toBeNull();
  });

  test("NaN and Infinity are not numbers", () => {
    expect((parseNumber(NaN) as CellProblem).code).toBe("INVALID_NUMBER");
    expect((parseNumber(Infinity) as CellProblem).code).toBe("INVALID_NUMBER");
  });

  test("text that needed cleaning is reported as normalised; plain numbers are not", () => {
    expect((parseNumber("１２") as { normalized: boolean }).normalized).toBe(true);
    expect((parseNumber(" 12 ") as { normalized: boolean }).normalized).toBe(false);
    expect((parseNumber(12) as { normalized: boolean }).normalized).toBe(false);
  });
});
