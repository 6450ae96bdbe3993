import { isDateFormat, serialToDate } from "../../../src/engine";

// A number cell shown with a date format is a date (the .xlsx reader's rule, which the task pane's reader now
// shares). Expectations are read off the format codes by hand.

describe("isDateFormat", () => {
  test.each([
    ["yyyy-mm-dd", true],
    ["m/d/yyyy", true],
    ["mm-dd-yy", true], // Excel's built-in 14 as exceljs names it
    ["[$-804]yyyy\"年\"m\"月\"d\"日\"", true],
    ["h:mm", true],
    ["[h]:mm:ss", true], // an elapsed time: the bracket goes, ":mm:ss" stays
    ["yyyy/m/d h:mm", true],
    ["MMM", true],
  ])("%s is a date format", (fmt, want) => {
    expect(isDateFormat(fmt)).toBe(want);
  });

  test.each([
    ["General", false],
    ["0", false],
    ["0.00", false],
    ["#,##0.00", false],
    ["0%", false],
    ["@", false],
    ["0.00E+00", false],
    ['0.00 "小时"', false], // letters inside quotes are text, not a date part
    ['#,##0 "元";[Red]-#,##0 "元"', false], // a colour in brackets is no date part either
    ["", false],
  ])("%s is not", (fmt, want) => {
    expect(isDateFormat(fmt)).toBe(want);
  });

  test("anything but text is not a format", () => {
    expect(isDateFormat(null)).toBe(false);
    expect(isDateFormat(undefined)).toBe(false);
    expect(isDateFormat(14)).toBe(false);
  });
});

describe("serialToDate", () => {
  test("1900 system: 42370 is 2016-01-01, 25569 is 1970-01-01, fractions are the time of day", () => {
    expect(serialToDate(42370).toISOString()).toBe("2016-01-01T00:00:00.000Z");
    expect(serialToDate(25569).toISOString()).toBe("1970-01-01T00:00:00.000Z");
    expect(serialToDate(42370.75).toISOString()).toBe("2016-01-01T18:00:00.000Z");
  });
  test("1904 system: serial 0 is 1904-01-01, so 40908 is 2016-01-01", () => {
    expect(serialToDate(0, true).toISOString()).toBe("1904-01-01T00:00:00.000Z");
    expect(serialToDate(40908, true).toISOString()).toBe("2016-01-01T00:00:00.000Z");
  });
});
