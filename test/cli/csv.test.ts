import * as fs from "fs";
import * as path from "path";
import * as iconv from "iconv-lite";
import { decodeCsv, readCsv } from "../../src/cli/readCsv";
import { csvCell } from "../../src/cli/writeCsv";
import { JsonDocument } from "../../src/cli/jsonDoc";
import { example, jili, jiliInProcess, tmpDir } from "./helpers";


describe("reading CSV", () => {
  test("UTF-8 with and without BOM, GBK and UTF-16 are told apart", () => {
    const text = "揽装人,岗位\r\n王丽,营业员\r\n";
    expect(decodeCsv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({ text, encoding: "utf-8-bom" });
    expect(decodeCsv(Buffer.from(text))).toEqual({ text, encoding: "utf-8" });
    expect(decodeCsv(iconv.encode(text, "gbk"))).toEqual({ text, encoding: "gbk" });
    expect(decodeCsv(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf-16le")]))).toEqual({ text, encoding: "utf-16le" });
    expect(readCsv(iconv.encode("a\tb\r\n1\t\r\n", "gbk")).cells).toEqual([["a", "b"], ["1", null]]);
  });

  test("subprocess: the GBK and the BOM sample give the same totals as the workbook (王丽 = YD0101 → 220)", async () => {
    const [gbk, bom] = await Promise.all([
      jili(["validate", example("mobile-retention-gbk.csv"), "-s", "mobile-retention", "--json"]),
      jili(["validate", example("mobile-retention-utf8-bom.csv"), "-s", "mobile-retention", "--json"]),
    ]);
    expect(gbk.code).toBe(0);
    expect(bom.code).toBe(0);
    const a = JSON.parse(gbk.stdout) as JsonDocument;
    const b = JSON.parse(bom.stdout) as JsonDocument;
    expect(a.groups).toEqual(b.groups);
    expect(a.rows).toEqual(b.rows);
    expect(a.groups.find((g) => g.key.person === "YD0101" && g.key.month === "2016-01")?.outputs).toEqual({ households: 8, kpiUnits: 7, personOverageUnits: 0, bonus: 220 });
    expect(a.groups.find((g) => g.key.person === "YD0207")?.outputs.bonus).toBe(80);
  });
});

describe("writing CSV", () => {
  test("text that a spreadsheet would run is escaped; numbers are not", () => {
    expect(csvCell("=HYPERLINK(\"http://x\",\"点我\")")).toBe(`"'=HYPERLINK(""http://x"",""点我"")"`);
    expect(csvCell("+86 138 0000 0000")).toBe("'+86 138 0000 0000");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("-20")).toBe("-20");
    expect(csvCell(-20)).toBe("-20");
    expect(csvCell("1,200")).toBe('"1,200"');
    expect(csvCell("王丽")).toBe("王丽");
    expect(csvCell(null)).toBe("");
  });

  test("fill on a CSV appends Jili's columns, escapes dangerous cells and is the same on a second run", async () => {
    const dir = tmpDir();
    const input = path.join(dir, "orders.csv");
    // the three exclusion flags stated (否): mobile-retention has no default for them (issue 17)
    const rows = [
      "揽装人,岗位,办理日期,手机号码,客户类型,是否有效4G用户,是否副卡,是否无月租用户,是否补贴未到期中途取消后重办,备注",
      "王丽,营业员,2016-01-03,13800000001,到期目标客户,是,否,否,否,=cmd|' /C calc'!A0",
      "王丽,营业员,2016-01-04,+8613800000002,非到期目标客户,是,否,否,否,@SUM(1+1)",
      "=1+1,营业员,2016-01-05,13800000003,到期目标客户,是,否,否,否,-20",
    ];
    fs.writeFileSync(input, iconv.encode(rows.join("\r\n") + "\r\n", "gbk"));
    const first = await jiliInProcess(["fill", input, "-s", "mobile-retention"]);
    expect(first.code).toBe(0);
    const out = path.join(dir, "orders.jili.csv");
    const bytes = fs.readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString("utf8").split("\r\n");
    expect(lines[0]).toBe("揽装人,岗位,办理日期,手机号码,客户类型,是否有效4G用户,是否副卡,是否无月租用户,是否补贴未到期中途取消后重办,备注,Jili·移动效能,Jili·计入超量奖效能,Jili·揽装奖励(元),Jili·状态,Jili·计算说明");
    expect(lines[1]).toMatch(/^王丽,营业员,2016-01-03,13800000001,到期目标客户,是,否,否,否,'=cmd\|' \/C calc'!A0,1,0,20,正常,/);
    expect(lines[2]).toMatch(/^王丽,营业员,2016-01-04,'\+8613800000002,非到期目标客户,是,否,否,否,'@SUM\(1\+1\),0\.5,0,20,正常,/);
    expect(lines[3]).toMatch(/^'=1\+1,营业员,2016-01-05,13800000003,到期目标客户,是,否,否,否,-20,1,0,20,正常,/);
    // filling the filled file replaces Jili's columns instead of adding more
    const again = await jiliInProcess(["fill", out, "-s", "mobile-retention", "--out", path.join(dir, "again.csv")]);
    expect(again.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, "again.csv")).equals(bytes)).toBe(true);
  });

  test("fill on a CSV can write a workbook with the summary sheet", async () => {
    const dir = tmpDir();
    const out = path.join(dir, "filled.xlsx");
    const r = await jiliInProcess(["fill", example("mobile-retention-gbk.csv"), "-s", "mobile-retention", "--out", out, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).out).toBe(out);
    const second = path.join(dir, "filled2.xlsx");
    await jiliInProcess(["fill", example("mobile-retention-gbk.csv"), "-s", "mobile-retention", "--out", second]);
    expect(fs.readFileSync(second).equals(fs.readFileSync(out))).toBe(true);
  });
});
