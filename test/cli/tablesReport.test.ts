import * as path from "path";
import ExcelJS from "exceljs";
import { jiliInProcess, tmpDir } from "./helpers";

// How the validate report names a row of a wide table (its week) and a row only on a joined sheet (its sheet).
async function workbook(sheets: Record<string, (string | number | null)[][]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  const file = path.join(tmpDir(), "postal.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

test("a bad cell of a wide row is reported with its week; a row only on the rates sheet with that sheet", async () => {
  const file = await workbook({
    周收集: [
      ["员工姓名", "考核月份", "第1周", "第2周", "第3周", "第4周"],
      ["张敏", "2012-08", 12, "十二", 15, 14],
    ],
    贡献率: [
      ["员工姓名", "考核月份", "客户贡献率"],
      ["张敏", "2012-08", "70%"],
      ["李强", "2012-08", "77%"],
    ],
  });
  const zh = await jiliInProcess(["validate", file, "--scheme", "postal-client-maintenance"]);
  expect(zh.stdout).toMatch(/第 2 行（第2周）：「收集客户信息户数」不是有效数字：十二/);
  expect(zh.stdout).toMatch(/第 3 行（工作表「贡献率」）：/);
  const en = await jiliInProcess(["validate", file, "--scheme", "postal-client-maintenance", "--lang", "en-US"]);
  expect(en.stdout).toMatch(/row 2 \(第2周\): /);
  expect(en.stdout).toMatch(/row 3 \(sheet 贡献率\): /);
  const doc = JSON.parse((await jiliInProcess(["validate", file, "--scheme", "postal-client-maintenance", "--json"])).stdout);
  expect(doc.rows.filter((r: { sheet?: string }) => r.sheet === "贡献率").map((r: { row: number }) => r.row)).toEqual([3]);
});

test("--json gives a wide row's week as its label", async () => {
  const file = await workbook({ 周收集: [["员工姓名", "考核月份", "客户贡献率", "第1周", "第2周"], ["张敏", "2012-08", "70%", 12, 9]] });
  const doc = JSON.parse((await jiliInProcess(["validate", file, "--scheme", "postal-client-maintenance", "--json"])).stdout);
  expect(doc.rows.map((r: { row: number; label?: string }) => [r.row, r.label])).toEqual([
    [2, "第1周"],
    [2, "第2周"],
  ]);
});
