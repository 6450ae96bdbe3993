import { parseDate, parseDateTime, serialToDate, Temporal } from "../../../src/engine";

// Excel's 1900 date system shows serial 1 as 1900-01-01, 59 as 1900-02-28, 60 as a 29 February that never was and
// 61 as 1900-03-01 (Microsoft documents the leap-year bug it kept from Lotus 1-2-3). Values typed from that rule.

const day = (n: number) => new Temporal("date", n).toString();

test.each([
  [1, "1900-01-01"],
  [9, "1900-01-09"],
  [59, "1900-02-28"],
  [61, "1900-03-01"],
  [42370, "2016-01-01"],
])("serial %i is %s", (serial, text) => {
  expect(day(parseDate(serial) as number)).toBe(text);
  expect(serialToDate(serial).toISOString().slice(0, 10)).toBe(text);
});

test("serial 60, the 29 February 1900 that does not exist, is not read as a date", () => {
  expect(parseDate(60)).toMatchObject({ code: "INVALID_DATE" });
  expect(parseDateTime(60.5)).toMatchObject({ code: "INVALID_DATE" });
});

test("a serial date-time before March 1900 keeps its time: 59.75 is 1900-02-28 18:00", () => {
  expect(serialToDate(59.75).toISOString()).toBe("1900-02-28T18:00:00.000Z");
});

test("the 1904 system has no phantom day: serial 0 is 1904-01-01, 59 is 1904-02-29", () => {
  expect(serialToDate(0, true).toISOString().slice(0, 10)).toBe("1904-01-01");
  expect(serialToDate(59, true).toISOString().slice(0, 10)).toBe("1904-02-29");
});
