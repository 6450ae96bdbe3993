import { assembleTable, loadScheme, locateInWorkbook, locateOnSheet, runChecked } from "../../src/engine";
import type { RawCell } from "../../src/engine";
import { getPreset } from "../../src/schemes";

// Review of src/engine/run/identity.ts (staff id vs name warnings) and of how runChecked merges its marks with the
// marks of a table put together from several sheets (mergeRowMarks).

interface Sheet {
  name: string;
  cells: RawCell[][];
}

describe("mergeRowMarks keeps the joined table's findings on rows the identity check says nothing about", () => {
  // mergeRowMarks maps over the identity marks, a sparse array: Array.prototype.map skips its holes, so every join
  // mark (JOIN_NO_PARTNER, JOIN_CONFLICT, JOIN_KEY_BLANK, JOIN_NO_MAIN_ROW …) on a row without an identity warning is
  // dropped as soon as one other row of the sheet has an identity warning.
  const ADVANCE = getPreset("car-launch-advance")!;
  const PARAMS = { launchDate: "2016-03-05", commissionPerCar: 800 };
  const orders = (second: string): Sheet => ({
    name: "订单",
    cells: [
      ["工号", "销售顾问", "订车时间", "交车时间"],
      ["E1", "王", "03-05 10:00", "03-06 15:00"],
      ["E1", second, "03-05 10:00", "03-10 15:00"],
      ["E2", "李", "03-05 10:00", "03-07 15:00"],
    ],
  });
  const targets: Sheet = { name: "指标", cells: [["工号", "销售顾问", "自定指标"], ["E1", "王", 2]] };
  const codesOfRow4 = (second: string) => {
    const sheets = [orders(second), targets];
    const table = assembleTable(ADVANCE, locateInWorkbook(ADVANCE, sheets), sheets);
    const row = runChecked(ADVANCE, { table, params: PARAMS }, "zh-CN").result.rows().find((r) => r.row === 4 && !r.sheet)!;
    return row.reasons.map((r) => r.code);
  };

  test("without an identity warning anywhere, 李 (E2, not on 指标) is invalid JOIN_NO_PARTNER", () => {
    expect(codesOfRow4("王")).toContain("JOIN_NO_PARTNER");
  });

  // correct: 李's row keeps JOIN_NO_PARTNER whatever other rows say; here it is lost and the row is refused as
  // MISSING_TARGET ("该销售顾问没有自定指标"), which sends the clerk to the wrong sheet
  test("a typo in another consultant's name (王 / 汪 under E1) does not drop 李's JOIN_NO_PARTNER", () => {
    expect(codesOfRow4("汪")).toContain("JOIN_NO_PARTNER");
  });

  // A scheme a team writes itself: a commission rate kept on a sheet of its own, with a stated default of 5 %.
  const bi = (zh: string, en: string) => ({ "zh-CN": zh, "en-US": en });
  const scheme = loadScheme({
    format: "jili-scheme/1",
    id: "rate-commission",
    title: bi("提成", "Commission"),
    source: "review",
    params: [],
    parts: [
      {
        id: "sales",
        title: bi("销售", "Sales"),
        fields: [
          { key: "staffId", type: "text", title: bi("工号", "Staff ID"), absentMeans: bi("按姓名识别", "people told apart by name") },
          { key: "name", type: "text", title: bi("姓名", "Name"), required: true },
          { key: "sales", type: "money", title: bi("销售额", "Sales"), required: true },
          { key: "rate", type: "rate", title: bi("提成比例", "Rate"), default: 0.05 },
        ],
        tables: [{ id: "rates", title: bi("提成比例表", "Rates"), fields: ["rate"], keys: [["staffId", "name"]] }],
        levels: [{ id: "person", title: bi("人员", "Person"), keys: [{ name: "person", expr: "coalesce(staffId, name)", title: bi("人员", "Person") }] }],
        steps: [
          { name: "bonus", kind: "expr", expr: "sales * rate", title: bi("提成", "Commission") },
          { name: "personBonus", kind: "aggregate", scope: "person", op: "sum", of: "bonus", title: bi("提成合计", "Commission total") },
        ],
        outputs: {
          row: [{ name: "bonus", title: bi("提成(元)", "Commission (yuan)"), type: "money" }],
          person: [{ name: "personBonus", title: bi("提成合计(元)", "Commission total (yuan)"), type: "money" }],
        },
      },
    ],
  });
  // E2 has two rates on the rates sheet that disagree (10 % and 20 %): JOIN_CONFLICT, never a guess
  const rates: Sheet = { name: "提成比例表", cells: [["工号", "提成比例"], ["E1", "10%"], ["E2", "10%"], ["E2", "20%"]] };
  const sales = (second: string): Sheet => ({ name: "销售", cells: [["工号", "姓名", "销售额"], ["E1", "王丽", 1000], ["E1", second, 1000], ["E2", "李强", 1000]] });
  const li = (second: string) => {
    const sheets = [sales(second), rates];
    const table = assembleTable(scheme, locateInWorkbook(scheme, sheets), sheets);
    return runChecked(scheme, { table, params: {} }, "zh-CN").result.rows().find((r) => r.row === 4)!;
  };

  test("E2's conflicting rates make 李强's row invalid JOIN_CONFLICT", () => {
    const row = li("王丽");
    expect({ status: row.status, codes: row.reasons.map((r) => r.code) }).toEqual({ status: "invalid", codes: ["JOIN_CONFLICT"] });
  });

  // correct: invalid JOIN_CONFLICT as above; here the conflict is dropped, the rate cell stays blank, the stated
  // default 5 % fills it and 李强 is paid 1000 × 5 % = 50, status ok, with nothing said
  test("with 王丽 / 王莉 under E1 elsewhere, 李强 is not silently paid at the default rate", () => {
    const row = li("王莉");
    expect({ status: row.status, bonus: row.outputs.bonus.value }).toEqual({ status: "invalid", bonus: null });
  });
});

describe("a name that comes with a staff id on some rows and a blank id on others (identity.ts skips blank ids)", () => {
  // mobile-retention, level key coalesce(staffId, recruiter): 营业员 20 yuan for the 1st–5th household, 40 from the
  // 6th (docs/presets/mobile-retention.md). 王丽 has 8 households in January: 5 with 工号 YD01, 3 with the 工号 left blank.
  const scheme = getPreset("mobile-retention")!;
  const H = ["揽装人", "工号", "岗位", "办理日期", "客户类型", "是否副卡", "是否无月租用户", "是否有效4G用户", "是否补贴未到期中途取消后重办"];
  const row = (id: string | null): RawCell[] => ["王丽", id, "营业员", "2016-01-05", "到期目标客户", "否", "否", "是", "否"];
  const rows = [...[1, 2, 3, 4, 5].map(() => row("YD01")), ...[1, 2, 3].map(() => row(null))];

  function result() {
    const table = locateOnSheet(scheme, { name: "订单", cells: [H, ...rows] });
    return runChecked(scheme, { table, params: {} }, "zh-CN").result;
  }

  // correct: as for one name under two ids (NAME_IDS_DIFFER), each row says that 王丽 is computed under YD01 and under
  // her name (or the rows are one person: 5 × 20 + 3 × 40 = 220); here she is two people, YD01 (5 households, 100)
  // and 王丽 (3 households, 60), 160 in all, and no row says anything
  test("the split is not silent: 王丽's rows warn (she would earn 220 as one person, 160 as two)", () => {
    const r = result();
    expect(r.rows().every((x) => x.warnings.length > 0)).toBe(true);
  });
});
