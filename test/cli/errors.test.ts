import * as fs from "fs";
import * as path from "path";
import { example, FIXTURES, jili, jiliInProcess, tmpDir } from "./helpers";


describe("exit code 2: usage, file and scheme errors, in both languages", () => {
  test("subprocess: an unknown scheme", async () => {
    const r = await jili(["validate", example("mobile-retention.xlsx"), "--scheme", "no-such-scheme"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("找不到方案「no-such-scheme」");
    expect(r.stderr).toContain("No scheme no-such-scheme");
  });

  test("a missing --scheme, an unknown command, no arguments", async () => {
    expect((await jiliInProcess(["validate", example("mobile-retention.xlsx")])).code).toBe(2);
    expect((await jiliInProcess(["frobnicate"])).code).toBe(2);
    expect((await jiliInProcess([])).code).toBe(2);
    expect((await jiliInProcess(["--help"])).code).toBe(0);
  });

  test("a missing file, a wrong file type, a bad --lang, a bad --param", async () => {
    const missing = await jiliInProcess(["validate", "nope.xlsx", "-s", "mobile-retention", "--lang", "en-US"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^File not found: nope\.xlsx\n找不到文件：nope\.xlsx/);
    expect((await jiliInProcess(["validate", "data.ods", "-s", "mobile-retention"])).code).toBe(2);
    expect((await jiliInProcess(["validate", example("mobile-retention.xlsx"), "-s", "mobile-retention", "--lang", "fr"])).code).toBe(2);
    const badParam = await jiliInProcess(["validate", example("mobile-retention.xlsx"), "-s", "mobile-retention", "--param", "nope=1"]);
    expect(badParam.code).toBe(2);
    expect(badParam.stderr).toContain("没有参数「nope」");
    expect((await jiliInProcess(["validate", example("mobile-retention.xlsx"), "-s", "mobile-retention", "--param", "novalue"])).code).toBe(2);
  });

  test("a broken scheme document lists every problem with its path", async () => {
    const dir = tmpDir();
    const file = path.join(dir, "broken.json");
    const doc = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "src", "schemes", "mobile-retention.json"), "utf8"));
    doc.parts[0].steps[0].when = "secondaryCard ==";
    delete doc.parts[0].fields[0].title;
    fs.writeFileSync(file, JSON.stringify(doc));
    const r = await jiliInProcess(["validate", example("mobile-retention.xlsx"), "-s", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("方案文件无效");
    expect(r.stderr).toContain("parts[0].fields[0].title");
    fs.writeFileSync(file, "{ not json");
    expect((await jiliInProcess(["validate", example("mobile-retention.xlsx"), "-s", file])).stderr).toContain("not JSON");
  });

  test("a sheet that does not match the scheme, or lacks required columns", async () => {
    const dir = tmpDir();
    const other = path.join(dir, "other.csv");
    fs.writeFileSync(other, "甲,乙\n1,3\n");
    const none = await jiliInProcess(["validate", other, "-s", "mobile-retention"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("找不到表头");
    const wrong = await jiliInProcess(["validate", example("repair-dept-grade.xlsx"), "-s", "car-referral"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("缺少必需的列：介绍人");
    const csv = path.join(dir, "partial.csv");
    fs.writeFileSync(csv, "揽装人,岗位,办理日期\n王丽,营业员,2016-01-03\n");
    const partial = await jiliInProcess(["validate", csv, "-s", "mobile-retention"]);
    expect(partial.code).toBe(2);
    expect(partial.stderr).toContain("缺少必需的列：客户类型、是否有效4G用户");
    expect((await jiliInProcess(["validate", example("mobile-retention.xlsx"), "-s", "mobile-retention", "--sheet", "Sheet9"])).stderr).toContain("没有名为「Sheet9」");
  });

  test("fill refuses to turn a workbook into another type", async () => {
    const r = await jiliInProcess(["fill", path.join(FIXTURES, "roundtrip.xlsx"), "-s", "mobile-retention", "--out", path.join(tmpDir(), "x.csv")]);
    expect(r.code).toBe(2);
  });
});
