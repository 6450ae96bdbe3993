// A statements layout shares the cells of its row tables by value, per column (SheetRows.tableCell): a million rows
// hold a few thousand cell objects. What each row shows must not depend on it: every row's cells are checked here
// against the rows given, past the 4 096 values a column remembers (a phone number on each row).
import { buildFillPlan, buildStatements, evaluate, layoutStatements } from "../../../src/engine";
import { SheetRows } from "../../../src/engine/report/statements/sheetRows";
import { getPreset } from "../../../src/schemes";
import { RowObject, tableOf } from "../../support/runPreset";
import { MOBILE_FLAGS } from "../../support/explicitInputs";

test("one cell object per column and value, a text kept as text; each column its own", () => {
  const rows = new SheetRows(3);
  const a = rows.tableCell(0, "是", "cell", null);
  expect(rows.tableCell(0, "是", "cell", null)).toBe(a);
  expect(a).toEqual({ value: "是", style: "cell", numberFormat: "@" });
  expect(rows.tableCell(1, "是", "cellWrap", null)).not.toBe(a);
  expect(rows.tableCell(2, 40, "cell", "#,##0.00")).toEqual({ value: 40, style: "cell", numberFormat: "#,##0.00" });
});

test("5 000 rows with a phone number each: every row's cells are its own values", () => {
  const n = 5000;
  const given: RowObject[] = Array.from({ length: n }, (_, k) => ({
    揽装人: k % 2 ? "王丽" : "李强",
    岗位: "营业员",
    办理日期: "2016-01-14",
    手机号码: String(13800000000 + k),
    客户类型: k % 3 ? "到期目标客户" : "非到期目标客户",
    ...MOBILE_FLAGS,
    是否有效4G用户: "是",
  }));
  const table = tableOf(given);
  const result = evaluate(getPreset("mobile-retention")!, table);
  const plan = buildFillPlan(result, "zh-CN");
  const set = buildStatements(result, table, "zh-CN", { plan });
  const sheet = layoutStatements(set);
  const phoneCol = set.columns.findIndex((c) => c.title === "手机号码");
  const typeCol = set.columns.findIndex((c) => c.title === "客户类型");
  expect(phoneCol).toBeGreaterThanOrEqual(0);
  // the rows of the row tables, in sheet order: those whose phone cell holds a phone number
  const shown = sheet.rows.filter((line) => typeof line[phoneCol]?.value === "string" && /^1380\d{7}$/.test(line[phoneCol]!.value as string));
  expect(shown).toHaveLength(n);
  // each person's statement lists their rows in sheet order: 李强's (even k) then 王丽's (odd k), by the subject order
  const byPerson = new Map<string, number[]>();
  given.forEach((r, k) => byPerson.set(r.揽装人 as string, [...(byPerson.get(r.揽装人 as string) ?? []), k]));
  const order = set.statements.flatMap((s) => byPerson.get(s.subject.map((x) => x.value).join(" ")) ?? []);
  expect(order).toHaveLength(n);
  shown.forEach((line, i) => {
    const k = order[i];
    expect(line[phoneCol]).toEqual({ value: String(13800000000 + k), style: "cell", numberFormat: "@" });
    expect(line[typeCol]?.value).toBe(k % 3 ? "到期目标客户" : "非到期目标客户");
  });
  // the repeated values share cells (one object per value), whatever the phone column past its 4 096 did
  expect(new Set(shown.map((l) => l[typeCol])).size).toBe(2);
});
