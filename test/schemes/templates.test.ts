import * as fs from "fs";
import * as path from "path";
import { evaluate, loadScheme, type RawCell } from "../../src/engine";
import { TEMPLATE_IDS, TEMPLATES } from "../../src/schemes/templates";
import { jiliInProcess, tmpDir } from "../cli/helpers";

// Templates for new schemes (issue 20 item 4): each validates, explains itself, and computes its example numbers as
// worked out by hand below.
const run = (id: string, headers: string[], rows: RawCell[][], level: string) => {
  const result = evaluate(loadScheme(TEMPLATES[id]), { headers, rows });
  return { result, groups: level ? result.groups(level) : [] };
};

test.each(TEMPLATE_IDS)("%s validates and says what to change ($comment)", (id) => {
  expect(() => loadScheme(TEMPLATES[id])).not.toThrow();
  expect(typeof (TEMPLATES[id] as { $comment?: string }).$comment).toBe("string");
});

test("step-by-count: 营业员 8 units → 5×20 + 3×40 = 220; another role 3 units → 2×20 + 1×40 = 80", () => {
  const row = (who: string, role: string, day: number) => [who, role, `2016-01-${String(day).padStart(2, "0")}`];
  const rows = [...Array.from({ length: 8 }, (_, i) => row("王丽", "营业员", i + 1)), ...Array.from({ length: 3 }, (_, i) => row("李强", "中心经理", i + 1))];
  const { groups } = run("step-by-count", ["姓名", "岗位", "日期"], rows, "personMonth");
  expect(groups.map((g) => [g.key.who, g.outputs.bonus.value])).toEqual([
    ["王丽", 220],
    ["李强", 80],
  ]);
});

test("slab: 149 999 → 5000, 150 000 → 8000 (a band holds its lower bound), 300 000 → 10 000", () => {
  const { result } = run("slab", ["姓名", "日期", "金额"], [["甲", "2016-01-02", 149999], ["乙", "2016-01-02", 150000], ["丙", "2016-01-02", 300000]], "personMonth");
  expect(result.rows().map((r) => r.outputs.reward.value)).toEqual([5000, 8000, 10000]);
});

test("weighted-grade: 9 × 0.4 + 10 × 0.6 = 9.6 → 优 → 组长 500; 6 × 0.4 + 6 × 0.6 = 6 → 中 → 组员 100", () => {
  const { result } = run("weighted-grade", ["姓名", "岗位", "月份", "工作态度", "专业技能"], [["甲", "组长", "2016-01", 9, 10], ["乙", "组员", "2016-01", 6, 6]], "");
  expect(result.rows().map((r) => [r.outputs.grade.value, r.outputs.bonus.value])).toEqual([
    ["优", 500],
    ["中", 100],
  ]);
});

test("fixed-by-type: 甲类 closed 300 + 乙类 closed 200; a deal not closed earns nothing → 500", () => {
  const { groups } = run("fixed-by-type", ["姓名", "日期", "类型", "是否成交"], [["甲", "2016-01-02", "甲类", "是"], ["甲", "2016-01-03", "乙类", "否"], ["甲", "2016-01-04", "乙类", "是"]], "personMonth");
  expect(groups[0].outputs.total.value).toBe(500);
});

test("percent-by-count: 2 deals of 1 000 000 → 2 × 0.5 % = 1 % of 2 000 000 = 20 000", () => {
  const { groups } = run("percent-by-count", ["姓名", "日期", "成交金额"], [["甲", "2016-01-02", 1000000], ["甲", "2016-01-09", 1000000]], "personMonth");
  expect([groups[0].outputs.rate.value, groups[0].outputs.award.value]).toEqual([0.01, 20000]);
});

test("rank-awards: 10, 8, 8, 5 → 1000; 600 and 600 (tied second); the fourth earns nothing", () => {
  const { groups } = run("rank-awards", ["姓名", "月份", "业绩"], [["A", "2016-01", 10], ["B", "2016-01", 8], ["C", "2016-01", 8], ["D", "2016-01", 5]], "personMonth");
  expect(groups.map((g) => [g.key.who, g.outputs.prize.value ?? 0])).toEqual([
    ["A", 1000],
    ["B", 600],
    ["C", 600],
    ["D", 0],
  ]);
});

test("fines: one item late and one not done, 100 each → −200; done on time → 0", () => {
  const { groups } = run("fines", ["姓名", "计划完成日期", "实际完成日期"], [["甲", "2016-03-01", "2016-03-05"], ["甲", "2016-03-01", null], ["甲", "2016-03-01", "2016-02-28"]], "personAll");
  expect(groups[0].outputs.fineTotal.value).toBe(-200);
});

test("jili new writes a template that jili summary then runs, with its notes kept; --list names every template", async () => {
  const dir = tmpDir();
  const scheme = path.join(dir, "mine.json");
  expect((await jiliInProcess(["new", "--template", "step-by-count", "--out", scheme])).code).toBe(0);
  expect(JSON.parse(fs.readFileSync(scheme, "utf8")).$comment).toContain("5户内20元");
  const data = path.join(dir, "orders.csv");
  fs.writeFileSync(data, ["姓名,岗位,日期", ...Array.from({ length: 6 }, (_, i) => `王丽,营业员,2016-01-0${i + 1}`)].join("\n") + "\n");
  const out = await jiliInProcess(["summary", data, "--scheme", scheme, "--json"]);
  expect(JSON.parse(out.stdout).groups[0].outputs.bonus).toBe(140); // 5×20 + 1×40
  const list = await jiliInProcess(["new", "--list"]);
  for (const id of TEMPLATE_IDS) expect(list.stdout).toContain(id);
  expect((await jiliInProcess(["new", "--template", "nope"])).code).toBe(2);
});
