import { parseBool } from "../../../src/engine/values/parseBool";
import { formatDay, isoWeekday, parseDate, parseDateTime, parseMonth } from "../../../src/engine/values/parseDate";
import { CellProblem } from "../../../src/engine/values/problem";

describe("parseBool (C5)", () => {
  test.each(["是", "Y", "y", "yes", "TRUE", "true", "1", 1, "√", true, " 是 "])("%p is yes", (raw) => expect(parseBool(raw)).toBe(true));
  test.each(["否", "N", "no", "FALSE", "0", 0, "×", false])("%p is no", (raw) => expect(parseBool(raw)).toBe(false));
  test.each([null, "", "  "])("%p is blank", (raw) => expect(parseBool(raw)).toBeNull());
  test.each(["maybe", "2", 2, "是的吧"])("%p is INVALID_YES_NO", (raw) => expect((parseBool(raw) as CellProblem).code).toBe("INVALID_YES_NO"));
});

describe("parseDate (C9)", () => {
  const day = (raw: unknown, year?: number) => {
    const d = parseDate(raw as string, year);
    return typeof d === "number" ? formatDay(d) : d;
  };
  test.each([
    [42370, "2016-01-01"], // Excel serial of 2016-01-01
    [42370.75, "2016-01-01"],
    ["2016-01-01", "2016-01-01"],
    ["2016/1/1", "2016-01-01"],
    ["2016年1月1日", "2016-01-01"],
    ["２０１６－０１－０５", "2016-01-05"],
    ["2016-03-05 09:05", "2016-03-05"],
    ["42370", "2016-01-01"],
  ])("%p is %s", (raw, expected) => expect(day(raw)).toBe(expected));

  test("M/D only with a year fixed by the scheme", () => {
    expect((parseDate("3/5") as CellProblem).code).toBe("INVALID_DATE");
    expect(day("3/5", 2016)).toBe("2016-03-05");
    expect(day("3-5", 2016)).toBe("2016-03-05");
  });

  test.each(["2016-02-30", "2016-13-01", "昨天", "2016-1", "#N/A"])("%p is not a date", (raw) => {
    expect(parseDate(raw)).toBeInstanceOf(CellProblem);
  });

  test("weekday: 2015-03-07 is a Saturday, 2015-03-10 a Tuesday", () => {
    expect(isoWeekday(parseDate("2015-03-07") as number)).toBe(6);
    expect(isoWeekday(parseDate("2015-03-10") as number)).toBe(2);
  });

  test("date-times keep minutes; M-D HH:MM needs the fixed year", () => {
    const a = parseDateTime("2016-03-05 09:05") as number;
    const b = parseDateTime("03-05 09:20", 2016) as number;
    expect(b - a).toBe(15 * 60);
    expect(parseDateTime("03-05 09:20")).toBeInstanceOf(CellProblem);
    expect(parseDateTime(42434.375)).toBe((parseDateTime("2016-03-05 09:00") as number));
  });

  test("month cells: 2016-01, 2016年1月, or a date", () => {
    expect(parseMonth("2016-01")).toBe(2016 * 12);
    expect(parseMonth("2016年3月")).toBe(2016 * 12 + 2);
    expect(parseMonth("2016-03-31")).toBe(2016 * 12 + 2);
    expect(parseMonth("2016-13")).toBeInstanceOf(CellProblem);
  });
});
