import { locateOnSheet, runChecked } from "../../../src/engine";
import { getPreset } from "../../../src/schemes";

// Two names under one staff id are summed as one person, one name under two ids as two: each row says so.
const scheme = getPreset("mobile-retention")!;
const H = ["揽装人", "工号", "岗位", "办理日期", "客户类型", "是否副卡", "是否无月租用户", "是否有效4G用户", "是否补贴未到期中途取消后重办"];
const row = (name: string, id: string) => [name, id, "营业员", "2016-01-05", "到期目标客户", "否", "否", "是", "否"];

function run(rows: string[][]) {
  const table = locateOnSheet(scheme, { name: "订单", cells: [H, ...rows] });
  return runChecked(scheme, { table, params: {} }, "zh-CN").result;
}

test("one id with two names: both rows warn, naming the id and the names; they are still one person (40 = 2 × 20)", () => {
  const result = run([row("王丽", "YD01"), row("王莉", "YD01"), row("李强", "YD02")]);
  const w = result.rows().map((r) => r.warnings.map((x) => x.code));
  expect(w).toEqual([["ID_NAMES_DIFFER"], ["ID_NAMES_DIFFER"], []]);
  expect(result.row(0).warnings[0].message["zh-CN"]).toBe("工号「YD01」下有不同的姓名（王丽、王莉）：按同一人合计，请核对");
  const yd01 = result.groups("person").find((g) => g.key.person === "YD01")!;
  expect(yd01.outputs.bonus.value).toBe(40);
});

test("one name with two ids: both rows warn; they are two people", () => {
  const result = run([row("王丽", "YD01"), row("王丽", "YD07")]);
  expect(result.rows().map((r) => r.warnings.map((x) => x.code))).toEqual([["NAME_IDS_DIFFER"], ["NAME_IDS_DIFFER"]]);
  expect(result.row(1).warnings[0].message["en-US"]).toBe("The name 王丽 comes with different staff ids (YD01、YD07): they are computed as different people; please check");
  expect(result.groups("person").length).toBe(2);
});

test("ids and names that agree, and a sheet without an id column, warn about nothing", () => {
  expect(run([row("王丽", "YD01"), row("王丽", "YD01"), row("李强", "YD02")]).rows().every((r) => r.warnings.length === 0)).toBe(true);
  const noId = locateOnSheet(scheme, { name: "订单", cells: [H.filter((h) => h !== "工号"), ...[row("王丽", "x"), row("李强", "y")].map((r) => r.filter((_, i) => i !== 1))] });
  expect(runChecked(scheme, { table: noId, params: {} }, "zh-CN").result.rows().every((r) => r.warnings.length === 0)).toBe(true);
});
