import * as fs from "fs";
import { readXlsx } from "../../src/cli/readXlsx";
import { JsonDocument } from "../../src/cli/jsonDoc";
import { CliOutcome, example, jili } from "./helpers";

// The CLI run as a subprocess on the committed samples (examples/, scripts/generate-examples.ts). Expected numbers
// are worked out by hand from the preset pages (docs/presets/), not taken from the engine.


const runs: Record<string, CliOutcome> = {};
const jsonOf = (k: string) => JSON.parse(runs[k].stdout) as JsonDocument;
const group = (doc: JsonDocument, key: Record<string, string>) => {
  const g = doc.groups.find((x) => Object.entries(key).every(([k, v]) => x.key[k] === v));
  if (!g) throw new Error(`no group ${JSON.stringify(key)}`);
  return g;
};

beforeAll(async () => {
  const jobs: Record<string, string[]> = {
    schemes: ["schemes"],
    schemesJson: ["schemes", "--json"],
    mobile: ["validate", example("mobile-retention.xlsx"), "--scheme", "mobile-retention", "--json"],
    mobileText: ["validate", example("mobile-retention.xlsx"), "--scheme", "mobile-retention"],
    titled: ["validate", example("mobile-retention-titled.xlsx"), "-s", "mobile-retention", "--json"],
    titledText: ["validate", example("mobile-retention-titled.xlsx"), "-s", "mobile-retention", "--lang", "en-US"],
    summaryEn: ["summary", example("mobile-retention.xlsx"), "--scheme", "mobile-retention", "--lang", "en-US"],
    broadband: ["validate", example("broadband-retention.xlsx"), "--scheme", "broadband-retention", "--json"],
    repair: ["summary", example("repair-dept-grade.xlsx"), "--scheme", "repair-dept-grade", "--json"],
    postal: ["validate", example("postal-client-maintenance.xlsx"), "--scheme", "postal-client-maintenance", "--json"],
    car: ["validate", example("car-referral.xlsx"), "--scheme", "car-referral", "--json"],
    wage: ["validate", example("equipment-post-wage.xlsx"), "--scheme", "equipment-post-wage", "--json"],
    effective: ["validate", example("mobile-retention.xlsx"), "--scheme", "mobile-retention", "--param", "effectiveFrom=2016-01-10", "--json"],
    schemeFile: ["summary", example("mobile-retention.xlsx"), "--scheme", "src/schemes/mobile-retention.json", "--json"],
  };
  const entries = Object.entries(jobs);
  const outcomes = await Promise.all(entries.map(([, args]) => jili(args)));
  entries.forEach(([k], i) => (runs[k] = outcomes[i]));
});

describe("jili schemes", () => {
  test("lists every preset with both titles", () => {
    expect(runs.schemes.code).toBe(0);
    expect(runs.schemes.stdout).toMatch(/mobile-retention\s+移动老客户维系考核\s+Mobile old-customer retention/);
    const doc = JSON.parse(runs.schemesJson.stdout);
    expect(doc.schemes.find((s: { id: string }) => s.id === "mobile-retention").title).toEqual({ "zh-CN": "移动老客户维系考核", "en-US": "Mobile old-customer retention" });
  });
});

describe("mobile-retention sample", () => {
  test("exit 0, every row valid; 王丽 (营业员, 8 eligible households in 2016-01) gets 5×20 + 3×40 = 220", () => {
    expect(runs.mobile.code).toBe(0);
    const doc = jsonOf("mobile");
    expect(doc).toMatchObject({ format: "jili-cli/1", command: "validate", scheme: { id: "mobile-retention" }, part: "orders", sheet: "购机送费明细", headerRow: 1 });
    expect(doc.stats.invalid).toBe(0);
    const g = group(doc, { person: "王丽", month: "2016-01" });
    // 6 due (1 each) + 2 non-due (0.5 each) = 7 units; the 9th row is a 副卡 and does not count
    expect(g.outputs).toEqual({ households: 8, kpiUnits: 7, personOverageUnits: 0, bonus: 220 });
    expect(g.rows).toEqual({ total: 9, ok: 8, excluded: 1, invalid: 0, pending: 0 });
    expect(g.complete).toBe(true);
  });

  test("王丽's rows: the 1st–5th household get 20, the 6th–8th 40, the 副卡 row is excluded SECONDARY_CARD", async () => {
    const [sheet] = await readXlsx(fs.readFileSync(example("mobile-retention.xlsx")));
    const name = (row: number) => sheet.cells[row - 1][0];
    const month = (row: number) => String(sheet.cells[row - 1][2]).slice(0, 7);
    const rows = jsonOf("mobile").rows.filter((r) => name(r.row) === "王丽" && month(r.row) === "2016-01");
    expect(rows.map((r) => r.outputs.rowBonus)).toEqual([20, 20, 20, 20, 20, 40, 40, 40, 0]);
    expect(rows[8]).toMatchObject({ status: "excluded", codes: ["SECONDARY_CARD"] });
  });

  test("李强 (网格经理, 3 non-due households) → units 1.5, bonus 2×20 + 1×40 = 80", () => {
    expect(group(jsonOf("mobile"), { person: "李强", month: "2016-01" }).outputs).toMatchObject({ kpiUnits: 1.5, bonus: 80 });
  });

  test("the text report names the file, sheet, header row and counts", () => {
    expect(runs.mobileText.code).toBe(0);
    expect(runs.mobileText.stdout).toContain("工作表：购机送费明细");
    expect(runs.mobileText.stdout).toContain("所有行均有效");
    expect(runs.mobileText.stdout).toMatch(/排除行：\n(\s+第 \d+ 行：.*\n)*\s+第 \d+ 行：副卡不纳入奖励（M1） \[SECONDARY_CARD\]/);
  });

  test("summary in English prints the per-person table", () => {
    expect(runs.summaryEn.code).toBe(0);
    expect(runs.summaryEn.stdout).toMatch(/Recruiter\s+Month\s+Households counted/);
    expect(runs.summaryEn.stdout).toMatch(/王丽\s+2016-01\s+8\s+7\s+0\s+220\.00/);
  });

  test("--param sets a scheme parameter: with the start date moved to 2016-01-10 the earlier rows are excluded", () => {
    const doc = jsonOf("effective");
    expect(runs.effective.code).toBe(0);
    // 王丽's households on 01-03, 01-05, 01-06, 01-09 drop out: 4 left → 4×20 = 80
    expect(group(doc, { person: "王丽", month: "2016-01" }).outputs.bonus).toBe(80);
    expect(doc.stats.byReason.BEFORE_EFFECTIVE_DATE).toBeGreaterThanOrEqual(4);
  });

  test("a scheme file works like the preset", () => {
    expect(runs.schemeFile.code).toBe(0);
    expect(JSON.parse(runs.schemeFile.stdout).groups).toEqual(jsonOf("mobile").groups);
  });
});

describe("sample with a title above the header", () => {
  test("the header is found on row 4; two invalid rows give exit 1 and name their cells", () => {
    expect(runs.titled.code).toBe(1);
    const doc = jsonOf("titled");
    expect(doc.headerRow).toBe(4);
    const invalid = doc.rows.filter((r) => r.status === "invalid");
    expect(invalid.map((r) => r.codes)).toEqual([["MISSING_RECRUITER"], ["UNKNOWN_CUSTOMER_TYPE"]]);
    expect(invalid.map((r) => r.row)).toEqual([11, 13]);
    expect(invalid[0].outputs.rowBonus).toBeNull();
    // 王丽: 6 due households in March → 5×20 + 1×40 = 140
    expect(group(doc, { person: "YD0101", month: "2016-03" }).outputs).toMatchObject({ households: 6, kpiUnits: 6, bonus: 140 });
    expect(runs.titledText.stdout).toContain("Invalid rows (to fix):");
    expect(runs.titledText.stdout).toMatch(/row 11, B11: Recruiter is blank/);
    expect(runs.titledText.stdout).toContain("2 rows are invalid");
  });
});

describe("other presets", () => {
  test("broadband-retention: 3 PREPAY + 2 FIBER → units 3.0, cash 60, FIBER cash pending EXTERNAL_SCHEME", () => {
    expect(runs.broadband.code).toBe(0);
    const doc = jsonOf("broadband");
    const g = group(doc, { person: "KD0112", month: "2016-01" });
    expect(g.outputs).toMatchObject({ kpiUnits: 3, cashTotal: 60, prepayHouseholds: 3, fiberHouseholds: 2 });
    expect(g.pending).toEqual({ cashTotal: "EXTERNAL_SCHEME" });
    expect(doc.rows[2]).toMatchObject({ row: 4, status: "ok", outputs: { units: 0.5, cash: null }, pending: { cash: "EXTERNAL_SCHEME" } });
  });

  test("repair-dept-grade: 周杰 组长 10,8,9,7 → 8.6 良 300; 孙悦 组员 9,9,9,9 → 9.0 优 300; a suspended group gets 0", () => {
    expect(runs.repair.code).toBe(0);
    const doc = jsonOf("repair");
    expect(doc.command).toBe("summary");
    expect(doc.rows[0].outputs).toEqual({ score: 8.6, grade: "良", bonus: 300 });
    expect(doc.rows[1].outputs).toEqual({ score: 9, grade: "优", bonus: 300 });
    const suspended = doc.groups.find((g) => g.key.group === "电修组");
    expect(suspended?.outputs.teamBonus).toBe(0);
    expect(suspended?.rows.excluded).toBe(4);
  });

  test("postal-client-maintenance: weeks 12, 9, 15, 14 and 63% → 50 + 45 = 95, week 2 warned", () => {
    const doc = jsonOf("postal");
    expect(group(doc, { person: "YZ007" }).outputs).toMatchObject({ monthHouseholds: 50, infoScore: 50, contributionScore: 45, total: 95 });
    expect(doc.rows[1].warnings).toEqual(["WEEKLY_MIN_NOT_MET"]);
  });

  test("car-referral: old customer 300 points; staff 200 + 100 yuan; 销售顾问 excluded; not invoiced pending", () => {
    const doc = jsonOf("car");
    expect(group(doc, { person: "张建国" }).outputs).toMatchObject({ totalPoints: 300, totalCash: 0 });
    expect(group(doc, { person: "JT031" }).outputs).toMatchObject({ referrals: 2, totalCash: 300 });
    expect(doc.rows[4]).toMatchObject({ status: "excluded", codes: ["SALES_CONSULTANT"] });
    expect(doc.rows[5]).toMatchObject({ status: "pending", codes: ["NOT_INVOICED"] });
  });

  test("equipment-post-wage: 一级 factor 1 → 3000, factor 0.8 → 2820, 三级 pending MISSING_LEVEL_AMOUNT", () => {
    const rows = jsonOf("wage").rows;
    expect(rows[0].outputs).toEqual({ wage: 3000, basePay: 2100, assessmentPay: 900, total: 3000 });
    expect(rows[1].outputs.total).toBe(2820);
    expect(rows[2]).toMatchObject({ status: "pending", codes: ["MISSING_LEVEL_AMOUNT"] });
  });
});
