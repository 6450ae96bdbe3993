import * as fs from "fs";
import * as path from "path";
import { jiliInProcess, loadWorkbook, tmpDir } from "./helpers";

// Issue 17 through the command line: the column report, --assume and --map, the stop for a needed column, and
// findings that belong to a group. Amounts by hand: 营业员 20 yuan a household up to the fifth.

function csv(name: string, lines: string[]): string {
  const file = path.join(tmpDir(), name);
  fs.writeFileSync(file, lines.join("\n") + "\n");
  return file;
}

const DERIVABLE = ["揽装人,岗位,办理日期,客户类型,是否有效4G用户,卡类型,月租", "王丽,营业员,2016-01-05,到期目标客户,是,副卡,50", "王丽,营业员,2016-01-06,到期目标客户,是,主卡,0", "王丽,营业员,2016-01-07,到期目标客户,是,主卡,58"];

test("a needed column that is missing stops the run (exit 2) in both languages, naming the rule and the way out", async () => {
  const out = await jiliInProcess(["summary", csv("orders.csv", DERIVABLE), "--scheme", "mobile-retention"]);
  expect(out.code).toBe(2);
  expect(out.stderr).toContain("是否补贴未到期中途取消后重办（规则 REAPPLY_AFTER_CANCEL 用到）");
  expect(out.stderr).toContain("Re-applied after cancelling (read by rule REAPPLY_AFTER_CANCEL)");
  expect(out.stderr).toContain("--assume");
  expect(out.stdout).toBe("");
});

test("--assume for it: the 副卡 row and the 月租 0 row are excluded, 20.00 paid; the report starts with the columns", async () => {
  const out = await jiliInProcess(["summary", csv("orders.csv", DERIVABLE), "--scheme", "mobile-retention", "--assume", "是否补贴未到期中途取消后重办=否"]);
  expect(out.code).toBe(0);
  const lines = out.stdout.split("\n");
  expect(lines[0]).toBe("已对应的列：揽装人、岗位、办理日期、客户类型、是否有效4G用户");
  expect(lines).toContain("由其他列推出：是否副卡 ← 卡类型（F）");
  expect(lines).toContain("由其他列推出：是否无月租用户 ← 月租（G）");
  expect(lines).toContain("按确认值计（整张表）：是否补贴未到期中途取消后重办＝否");
  expect(out.stdout).toContain("奖励合计：20.00 元");
});

test("--json gives the column report under stats.columns", async () => {
  const out = await jiliInProcess(["validate", csv("orders.csv", DERIVABLE), "--scheme", "mobile-retention", "--assume", "reappliedAfterCancel=否", "--json"]);
  const doc = JSON.parse(out.stdout);
  const states = Object.fromEntries(doc.stats.columns.fields.map((f: { key: string; state: string }) => [f.key, f.state]));
  expect(states).toMatchObject({ recruiter: "matched", secondaryCard: "derived", noMonthlyFee: "derived", reappliedAfterCancel: "assumed", staffId: "absent" });
  expect(doc.stats.columns.unused).toEqual([]);
});

test("an --assume value the field cannot read, and a --map to a column that is not there, stop the run", async () => {
  const file = csv("orders.csv", DERIVABLE);
  const bad = await jiliInProcess(["summary", file, "--scheme", "mobile-retention", "--assume", "是否补贴未到期中途取消后重办=也许"]);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain("为「是否补贴未到期中途取消后重办」确认的值无法读取：也许");
  const map = await jiliInProcess(["summary", file, "--scheme", "mobile-retention", "--map", "揽装人=业务员"]);
  expect(map.code).toBe(2);
  expect(map.stderr).toContain("表头中没有「业务员」列");
});

test("--map names the column holding a field under another header", async () => {
  const lines = ["业务员,岗位,办理日期,客户类型,是否有效4G用户,是否副卡,是否无月租用户,是否补贴未到期中途取消后重办", "王丽,营业员,2016-01-05,到期目标客户,是,否,否,否"];
  const out = await jiliInProcess(["summary", csv("orders.csv", lines), "--scheme", "mobile-retention", "--map", "揽装人=业务员"]);
  expect(out.code).toBe(0);
  expect(out.stdout).toContain("揽装人←业务员");
  expect(out.stdout).toContain("奖励合计：20.00 元");
});

test("a tie for a manual decision belongs to the month's group: the report and --json say so", async () => {
  const file = csv("teams.csv", ["团队,月份,新车指标,完成台数", "A,2016-03,6,9", "C,2016-03,6,9"]);
  const text = await jiliInProcess(["validate", file, "--scheme", "car-team-monthly"]);
  expect(text.stdout).toContain("分组提示：");
  expect(text.stdout).toContain("2016-03：完成情况并列第一");
  const doc = JSON.parse((await jiliInProcess(["validate", file, "--scheme", "car-team-monthly", "--json"])).stdout);
  expect(doc.groups.some((g: { warnings: string[] }) => g.warnings.includes("TIE_FOR_MANUAL_DECISION"))).toBe(true);
});

test("the summary sheet a fill writes states, under its table, every value confirmed for the sheet and every derivation", async () => {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("订单");
  for (const line of DERIVABLE) ws.addRow(line.split(",").map((c) => (/^\d+$/.test(c) ? Number(c) : c)));
  const dir = tmpDir();
  const input = path.join(dir, "orders.xlsx");
  await wb.xlsx.writeFile(input);
  const out = path.join(dir, "filled.xlsx");
  const run = await jiliInProcess(["fill", input, "--scheme", "mobile-retention", "--assume", "是否补贴未到期中途取消后重办=否", "--out", out]);
  expect(run.code).toBe(0);
  const book = await loadWorkbook(out);
  const summary = book.getWorksheet("Jili汇总")!;
  // one group (王丽 2016-01): header on row 1, the group on row 2, a blank row 3, the notes from row 4: the grand
  // total first (3 rows: the 副卡 row and the 月租 0 row excluded, one household paid 20), then what it rests on
  expect(summary.getCell("A2").value).toBe("王丽");
  expect(summary.getCell("A3").value).toBeNull();
  expect([4, 5, 6, 7].map((r) => summary.getCell(`A${r}`).value)).toEqual([
    "合计：揽装奖励合计(元) 20.00，其中 1 组大于 0；共 1 组，3 行：计奖 1，排除 2，无效 0，待定 0",
    "由其他列推出：是否副卡 ← 卡类型（F）",
    "由其他列推出：是否无月租用户 ← 月租（G）",
    "按确认值计（整张表）：是否补贴未到期中途取消后重办＝否",
  ]);
});

describe("the report's headline counts people, as the pane does (the engine's headline)", () => {
  // issue 19's figures, counted by hand from the sample workbooks: repair-dept-grade pays 9 people (2 teams),
  // postal-client-maintenance pays no money but 7 people have a score
  test("repair-dept-grade: 9 people paid, not 2 teams", async () => {
    const out = await jiliInProcess(["summary", path.join(__dirname, "..", "..", "examples", "repair-dept-grade.xlsx"), "--scheme", "repair-dept-grade"]);
    expect(out.stdout).toMatch(/奖励合计：[0-9,.]+ 元，获奖 9 人\n/);
  });
  test("postal-client-maintenance: no money; 7 people with a score", async () => {
    const out = await jiliInProcess(["summary", path.join(__dirname, "..", "..", "examples", "postal-client-maintenance.xlsx"), "--scheme", "postal-client-maintenance", "--lang", "en-US"]);
    expect(out.stdout).not.toContain("Reward total");
    expect(out.stdout).toMatch(/With a .+: 7 people/);
  });
});

describe("parameters the run needs, and only those", () => {
  // postal-client-maintenance, docs/presets example 2: 62 households, contribution 77 % → 62 + 50 × 0.77 / 0.70 = 117
  const sheet = () => csv("postal.csv", ["姓名,收集客户信息户数,贡献率", "张敏,62,77%"]);

  test("a sheet holding one month needs no month column when the period is named: --param period=2012-08", async () => {
    const out = await jiliInProcess(["summary", sheet(), "--scheme", "postal-client-maintenance", "--param", "period=2012-08"]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("按确认值计（整张表）：月份＝2012-08");
    expect(out.stdout).toMatch(/张敏\s+2012-08\s+62\s+0\.77\s+62\.00\s+55\.00\s+117\.00/);
  });

  test("without it the month column is missing, and the way out is named", async () => {
    const out = await jiliInProcess(["summary", sheet(), "--scheme", "postal-client-maintenance"]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("--param period=2016-05");
  });

  test("a parameter the scheme does not have is a typo, never silently ignored", async () => {
    const out = await jiliInProcess(["summary", sheet(), "--scheme", "postal-client-maintenance", "--param", "perod=2012-08"]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("没有参数「perod」");
    expect(out.stderr).toContain("has no parameter perod");
  });
});
