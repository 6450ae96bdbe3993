import { readAcross } from "../../../src/engine/tables";
import type { FieldDef } from "../../../src/engine";

// Issue 17 item 4: which headers of a wide table stand for a week or a month. Read by hand: a header naming a week
// or month by number is that week or month; one that looks like it but names none stops the run; any other header
// is not a week or month column at all (a note, a total, another field).

const week = { key: "week", type: "text", title: { "zh-CN": "周次", "en-US": "Week" } } as unknown as FieldDef;
const month = { key: "yearMonth", type: "month", title: { "zh-CN": "月份", "en-US": "Month" } } as unknown as FieldDef;

test.each([
  ["第1周", "1"],
  ["第 2 周", "2"],
  ["第一周", "1"],
  ["第十周", "10"],
  ["第十二周", "12"],
  ["第二十一周", "21"],
  ["3周", "3"],
  ["第4週", "4"],
  ["week 1", "1"],
  ["Week 5", "5"],
  ["WEEK3", "3"],
  ["W1", "1"],
  ["w.2", "2"],
  ["wk4", "4"],
  ["第１周", "1"],
])("%s is week %s", (header, value) => {
  expect(readAcross(week, header)).toEqual({ value });
});

test.each(["第?周", "第X周", "第零周", "第0周", "week?", "第周", "本周", "周2", "周一", "星期三", "第1周(8.1-8.7)", "week 1 (8.1-8.7)", "w?"])("%s looks like a week but names none: unreadable", (header) => {
  expect(readAcross(week, header)).toBe("unreadable");
});

test.each(["员工姓名", "考核月份", "合计", "周合计", "本月合计", "Total", "sum", "", "备注"])("%s is no week", (header) => {
  expect(readAcross(week, header)).toBeNull();
});

test.each([null, undefined])("an empty header (%s) is no week", (header) => {
  expect(readAcross(week, header)).toBeNull();
});

test.each(["周报备注", "客户周转率", "周期", "weekly notes", "weekend", "wage"])("%s only contains 周: not a week column, no stop", (header) => {
  expect(readAcross(week, header)).toBeNull();
});

test.each([
  ["2016-05", "2016-05"],
  ["2016年5月", "2016-05"],
  ["2016/5", "2016-05"],
])("%s is the month %s", (header, value) => {
  expect(readAcross(month, header)).toEqual({ value });
});

test.each(["5月", "13月"])("%s looks like a month but names no year-month: unreadable", (header) => {
  expect(readAcross(month, header)).toBe("unreadable");
});

test.each(["员工姓名", "月合计", "合计", "月度备注", "月租"])("%s is no month", (header) => {
  expect(readAcross(month, header)).toBeNull();
});
