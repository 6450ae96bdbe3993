import { applyRates, loadScheme, ratesModel, rulesBookToScheme, schemeToRulesBook } from "../../src/engine";
import type { RulesBook, RulesCell, SchemeDocument } from "../../src/engine";
import { getPreset } from "../../src/schemes";
import { cutJson } from "../../src/engine/rulesSheet/view/structure";

// A cold review of the rates model (src/engine/rates) and the 规则 sheet (src/engine/rulesSheet/view), from a finance
// clerk's side. Expected values and addresses are worked out by hand from docs/presets/*.md and docs/rules-sheet.md:
// mobile-retention's 规则 sheet (README) has the tier table's header on row 28 (岗位 | 户数从 | 户数到 | 每户奖励（元）,
// columns A–D), then 营业员 1–5 20 (row 29), 营业员 6– 40 (row 30), 其他岗位 1–2 20 (row 31), 其他岗位 3– 40 (row 32);
// the 移动效能 table (客户类型 | 移动效能) has its header on row 21, 到期目标客户 1 on row 22, 非到期目标客户 0.5 on row 23.

type Grid = RulesCell[][];
const MOBILE = getPreset("mobile-retention")!;
const OTHER = "其他岗位（中心经理、网格经理、装维经理）";
const copy = (g: Grid): Grid => g.map((r) => [...r]);
const read = (book: RulesBook, view: Grid) => rulesBookToScheme(view, book.structure.rows);
const problemsOf = (r: ReturnType<typeof read>) => (r.ok ? [] : r.problems.map((p) => ({ code: p.code, address: p.address })));
const zhBook = schemeToRulesBook(MOBILE, "zh-CN");

describe("the layout this review's addresses rely on (README, docs/presets/mobile-retention.md)", () => {
  test("tier rows 29–32 and the 移动效能 rows 22–23", () => {
    const g = zhBook.view.rows;
    expect(g[27]).toEqual(["岗位", "户数从", "户数到", "每户奖励（元）"]);
    expect(g.slice(28, 32)).toEqual([
      ["营业员", 1, 5, 20],
      ["营业员", 6, null, 40],
      [OTHER, 1, 2, 20],
      [OTHER, 3, null, 40],
    ]);
    expect(g[20]).toEqual(["客户类型", "移动效能"]);
    expect(g.slice(21, 23)).toEqual([
      ["到期目标客户", 1],
      ["非到期目标客户", 0.5],
    ]);
  });
});

describe("a row cleared in the middle of a table (instead of deleted)", () => {
  // Defect (fixed in view/read.ts): the reader ended a table at its first blank row, so a clerk who cleared a row's
  // contents (Delete key) instead of deleting the row silently lost every row under it, and the sheet was accepted.
  // Clearing the 其他岗位 1–2 row dropped the 3– 40 row too: the other posts (中心经理, 网格经理, 装维经理) then had no tier
  // table at all — a wrong payment for every one of them with no message.
  test("clearing 其他岗位 1–2 (row 31) is refused at A31, naming row 32 below it", () => {
    const g = copy(zhBook.view.rows);
    g[30] = [null, null, null, null];
    const back = read(zhBook, g);
    expect(problemsOf(back)).toEqual([{ code: "RULES_BLANK_ROW_IN_TABLE", address: "A31" }]);
    expect(!back.ok && back.problems[0].message["zh-CN"]).toContain("第 32 行");
  });

  test("clearing 到期目标客户 (row 22) is refused, not read as a 移动效能 table with no rows", () => {
    // before: the table read as {} and was accepted, so no household earned any KPI unit
    const g = copy(zhBook.view.rows);
    g[21] = ["", ""];
    expect(problemsOf(read(zhBook, g))).toEqual([{ code: "RULES_BLANK_ROW_IN_TABLE", address: "A22" }]);
  });

  test("the English sheet likewise", () => {
    const en = schemeToRulesBook(MOBILE, "en-US");
    const g = copy(en.view.rows);
    g[30] = [];
    const back = read(en, g);
    expect(problemsOf(back)).toEqual([{ code: "RULES_BLANK_ROW_IN_TABLE", address: "A31" }]);
    expect(!back.ok && back.problems[0].message["en-US"]).toContain("row 32");
  });

  test("deleting the row itself still removes the tier (docs/rules-sheet.md: delete its row)", () => {
    // 其他岗位 becomes one open tier at 20 from the 1st household; 营业员 unchanged
    const g = copy(zhBook.view.rows);
    g.splice(31, 1);
    g[30] = [OTHER, 1, null, 20];
    const back = read(zhBook, g);
    expect(back.ok).toBe(true);
    const step = back.ok && (back.scheme.parts[0].steps.find((s) => s.kind === "progressive") as unknown as { tiersBy: { tables: unknown } });
    expect(step && step.tiersBy.tables).toEqual({ 营业员: [{ upTo: 5, rate: 20 }, { rate: 40 }], "*": [{ rate: 20 }] });
  });

  test("typing in the blank row right under a table still adds a row (docs/rules-sheet.md)", () => {
    // 营业员 … 其他岗位 3– closed at 10, then 11– at 60 typed in row 33
    const g = copy(zhBook.view.rows);
    g[31] = [OTHER, 3, 10, 40];
    g[32] = [OTHER, 11, null, 60];
    const back = read(zhBook, g);
    expect(back.ok).toBe(true);
    const step = back.ok && (back.scheme.parts[0].steps.find((s) => s.kind === "progressive") as unknown as { tiersBy: { tables: Record<string, unknown> } });
    expect(step && step.tiersBy.tables["*"]).toEqual([{ upTo: 2, rate: 20 }, { upTo: 10, rate: 40 }, { rate: 60 }]);
  });
});

describe("a row inserted above a table's header", () => {
  // Defect (fixed in view/read.ts): rows between a section's heading and its table's header were passed over, so a
  // tier typed in a row inserted above the header row was silently not applied while the sheet read as accepted.
  test("a tier typed above the header (new row 28) is refused at A28", () => {
    const g = copy(zhBook.view.rows);
    g.splice(27, 0, ["营业员", 1, 3, 10]);
    expect(problemsOf(read(zhBook, g))).toEqual([{ code: "RULES_ROW_ABOVE_HEADER", address: "A28" }]);
  });

  test("a note typed in column A alone above the header is left alone", () => {
    const g = copy(zhBook.view.rows);
    g.splice(27, 0, ["2016年12月核对"]);
    const back = read(zhBook, g);
    expect(back.ok && back.scheme).toEqual(MOBILE);
  });

  test("an empty inserted row there is harmless", () => {
    const g = copy(zhBook.view.rows);
    g.splice(27, 0, []);
    const back = read(zhBook, g);
    expect(back.ok && back.scheme).toEqual(MOBILE);
  });
});

describe("a rule the validator refuses names the cell that holds the value", () => {
  // Defect (fixed in rates/apply.ts): every validator finding was placed in column A of its row (the 岗位 cell), so a
  // fractional or unclosed 户数到 was reported at A29 / A30 instead of the 户数到 cell C29 / C30.
  test("户数到 5.5 on row 29: C29", () => {
    const g = copy(zhBook.view.rows);
    g[28][2] = 5.5;
    g[29][1] = null;
    const problems = problemsOf(read(zhBook, g));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.address)).toEqual(problems.map(() => "C29"));
  });

  test("a tier added under the open 营业员 6– tier without closing it: C30, not a 从 that 'should be 1'", () => {
    // Defect (fixed in rates/shapes/tiers.ts): after an open tier the 从 check expected 1 ("the first tier starts at 1"),
    // telling the clerk to type 1 in B31; what is wrong is the blank 户数到 of the tier before (C30).
    const g = copy(zhBook.view.rows);
    g.splice(30, 0, ["营业员", 11, null, 60]);
    const back = read(zhBook, g);
    expect(problemsOf(back)).toEqual([{ code: "TIER_OPEN_BEFORE_END", address: "C30" }]);
  });

  test("once 户数到 10 is typed in C30 the same sheet reads: 1–5 20, 6–10 40, 11– 60", () => {
    const g = copy(zhBook.view.rows);
    g.splice(30, 0, ["营业员", 11, null, 60]);
    g[29][2] = 10;
    const back = read(zhBook, g);
    const step = back.ok && (back.scheme.parts[0].steps.find((s) => s.kind === "progressive") as unknown as { tiersBy: { tables: Record<string, unknown> } });
    expect(step && step.tiersBy.tables["营业员"]).toEqual([{ upTo: 5, rate: 20 }, { upTo: 10, rate: 40 }, { rate: 60 }]);
  });
});

describe("tables of text values that also hold numbers round-trip with their numbers", () => {
  // Defect (fixed in rates/shapes/lookup.ts and bands.ts): a lookup (or bands) whose leaves are not all numbers is
  // shown as a text column, and reading it back turned every number into its text ("5000"), with no edit at all: a
  // lookup then gives the text "5000", not the amount 5000.
  function mallWithTextTop(): SchemeDocument {
    // docs/presets/mall-referral.md: 抵扣现金 by contract total, < 150000 → 5000, 150000–300000 → 8000, ≥ 300000 → 10000;
    // here the top band says 另议 (to be agreed) instead of an amount
    const doc = JSON.parse(JSON.stringify(getPreset("mall-referral")!)) as { parts: { steps: { name: string; bands?: { value: unknown }[] }[] }[] };
    const slab = doc.parts.flatMap((p) => p.steps).find((s) => s.name === "shopDeduction")!;
    slab.bands![2].value = "另议";
    return loadScheme(doc);
  }

  test("bands 5000 / 8000 / 另议 read back unchanged", () => {
    const scheme = mallWithTextTop();
    for (const lang of ["zh-CN", "en-US"] as const) {
      const book = schemeToRulesBook(scheme, lang);
      const back = read(book, book.view.rows);
      expect(back.ok && back.scheme).toEqual(scheme);
    }
  });

  test("a lookup 到期目标客户 1 / 非到期目标客户 待定 reads back with 1 a number", () => {
    const doc = JSON.parse(JSON.stringify(MOBILE)) as { parts: { steps: { kind: string; table?: Record<string, unknown> }[] }[] };
    const lookup = doc.parts[0].steps.find((s) => s.kind === "lookup")!;
    lookup.table = { 到期目标客户: 1, 非到期目标客户: "待定" };
    const scheme = loadScheme(doc);
    const book = schemeToRulesBook(scheme, "zh-CN");
    const back = read(book, book.view.rows);
    expect(back.ok && back.scheme).toEqual(scheme);
  });
});

describe("a scheme with a dated version that changes a tier by its position", () => {
  // Defect (fixed in rates/apply.ts): a version's change names a list item by position (docs/rules-sheet.md: "by
  // their id / name / key / code or by position from 1"; a tier has no id, so a tier is named by position). A clerk who
  // inserted or deleted a tier row in that list on the 规则 sheet silently moved the version's change onto another
  // tier. Here the 2015 version pays 营业员 30 (not 40) from the 6th household: `营业员[2].rate` = 30. The clerk splits
  // the open tier for the base rules — 6–10 at 40, 11– at 50 — and the 2015 rules became 1–5 20, 6–10 30, 11– 50: a
  // 2015 营业员 with 12 households earned 5×20 + 5×30 + 2×50 = 350 instead of 5×20 + 7×30 = 310, with no message.
  const versioned = (): SchemeDocument =>
    loadScheme({
      ...JSON.parse(JSON.stringify(MOBILE)),
      versions: [{ title: { "zh-CN": "2015版", "en-US": "2015 rules" }, to: "2015-12-31", changes: [{ at: "parts[orders].steps[bonus].tiersBy.tables.营业员[2].rate", value: 30 }] }],
    });

  test("inserting a tier in that list is refused, at the table's header (row 29 here: one version line more)", () => {
    const scheme = versioned();
    const book = schemeToRulesBook(scheme, "zh-CN");
    const g = copy(book.view.rows);
    // one note line more under the title (the version), so everything is one row lower: header 29, 营业员 6– on 31
    expect(g[28]).toEqual(["岗位", "户数从", "户数到", "每户奖励（元）"]);
    expect(g[30]).toEqual(["营业员", 6, null, 40]);
    g[30] = ["营业员", 6, 10, 40];
    g.splice(31, 0, ["营业员", 11, null, 50]);
    const back = read(book, g);
    expect(problemsOf(back)).toEqual([{ code: "RATE_VERSION_BY_POSITION", address: "A29" }]);
  });

  test("changing a number in that list (no row added or removed) still reads", () => {
    const scheme = versioned();
    const book = schemeToRulesBook(scheme, "zh-CN");
    const g = copy(book.view.rows);
    g[30][3] = 50;
    const back = read(book, g);
    const step = back.ok && (back.scheme.parts[0].steps.find((s) => s.kind === "progressive") as unknown as { tiersBy: { tables: Record<string, unknown> } });
    expect(step && step.tiersBy.tables["营业员"]).toEqual([{ upTo: 5, rate: 20 }, { rate: 50 }]);
    expect(back.ok && back.scheme.versions).toEqual(scheme.versions);
  });

  test("a row added to another role's list does not touch it", () => {
    const scheme = versioned();
    const book = schemeToRulesBook(scheme, "zh-CN");
    const g = copy(book.view.rows);
    // 其他岗位 3– (row 33) closed at 10, then 11– at 50
    g[32] = [OTHER, 3, 10, 40];
    g.splice(33, 0, [OTHER, 11, null, 50]);
    expect(read(book, g).ok).toBe(true);
  });
});

describe("effective dates (生效日期: rows 9 生效起 and 10 生效止, dates in column B)", () => {
  // Defect (fixed in rates/build.ts): a 生效止 before the 生效起 (a clerk typing 2016/1/1 into the wrong row, say) was
  // accepted; the scheme then applies to no day (both ends inclusive, docs/rules-sheet.md), so every order of
  // mobile-retention would fall outside it and nobody be paid — with the sheet reported as read.
  test("生效起 2016-12-31, 生效止 2016/1/1: refused at B10", () => {
    const g = copy(zhBook.view.rows);
    expect(g[8]).toEqual(["生效起", "2016-01-01"]);
    g[8][1] = "2016-12-31";
    g[9][1] = "2016/1/1";
    expect(problemsOf(read(zhBook, g))).toEqual([{ code: "RATE_EFFECTIVE_EMPTY", address: "B10" }]);
  });

  test("a single day (生效起 = 生效止 = 2016-01-01, the 止 typed as the Excel serial 42370) reads", () => {
    // 42370 is 2016-01-01 in Excel's 1900 date system (1 = 1900-01-01, with the 1900-02-29 Excel counts)
    const g = copy(zhBook.view.rows);
    g[9][1] = 42370;
    const back = read(zhBook, g);
    expect(back.ok && back.scheme.effective).toEqual({ from: "2016-01-01", to: "2016-01-01" });
  });
});

describe("a table of fixed rows sorted by its values (repair-dept-grade's 权重, rows 15–18)", () => {
  // Defect (fixed in rates/shapes/fixedRows.ts): sorting the weights table by 权重 (Excel's Sort on the selection) kept
  // every label and value together, yet each row was checked against the label written at its old place and refused
  // as a changed label (「项目」由 Jili 写出，应为「工作态度」…). Now each row is read by its own label when all are there.
  // docs/presets/repair-dept-grade.md: 工作态度 0.2, 维修技能 0.4, 服从情况 0.3, 部门协作 0.1, in that order.
  const repair = getPreset("repair-dept-grade")!;
  const book = schemeToRulesBook(repair, "zh-CN");
  const weightsOf = (s: SchemeDocument) => (s.parts[0].steps.find((x) => x.kind === "weighted") as unknown as { items: { weight: number }[] }).items.map((i) => i.weight);

  test("the layout: header on row 14, 工作态度 … 部门协作 on 15–18", () => {
    expect(book.view.rows[13]).toEqual(["项目", "权重"]);
    expect(book.view.rows.slice(14, 18)).toEqual([
      ["工作态度", 0.2],
      ["维修技能", 0.4],
      ["服从情况", 0.3],
      ["部门协作", 0.1],
    ]);
  });

  test("sorted by 权重 descending, 工作态度 0.25 and 部门协作 0.05: read by label", () => {
    const g = copy(book.view.rows);
    g.splice(14, 4, ["维修技能", 0.4], ["服从情况", 0.3], ["工作态度", 0.25], ["部门协作", 0.05]);
    const back = read(book, g);
    expect(back.ok && weightsOf(back.scheme)).toEqual([0.25, 0.4, 0.3, 0.05]);
  });

  test("a bad value in the sorted table names its own cell (B17: 工作态度 now on row 17)", () => {
    const g = copy(book.view.rows);
    g.splice(14, 4, ["维修技能", 0.4], ["服从情况", 0.3], ["工作态度", "四十"], ["部门协作", 0.1]);
    expect(problemsOf(read(book, g))).toEqual([{ code: "RATE_NOT_NUMBER", address: "B17" }]);
  });

  test("a label really changed is still refused at its cell (A15)", () => {
    const g = copy(book.view.rows);
    g[14][0] = "态度";
    expect(problemsOf(read(book, g))).toEqual([{ code: "RATE_FIXED_CHANGED", address: "A15" }]);
  });

  test("effective rows swapped by a sort: 生效止 before 生效起 is still found at its own cell (B9)", () => {
    const g = copy(zhBook.view.rows);
    g[8] = ["生效止", "2015-12-31"];
    g[9] = ["生效起", "2016-01-01"];
    expect(problemsOf(read(zhBook, g))).toEqual([{ code: "RATE_EFFECTIVE_EMPTY", address: "B9" }]);
  });
});

describe("a percent cell typed without its % sign (hotel-staff-marketing's 会议奖励比例, 2%)", () => {
  // Not fixed (a reading the pane's form shares; left for the owners to decide): the rates model's percent column holds
  // the fraction (0.02, shown 2.00% on the sheet and "2%" in the pane's rates form). On the sheet Excel's own percent
  // entry turns a typed 3 into 0.03; but text reaching applyRates — what the rates form passes, or a cell typed with a
  // leading apostrophe — is read as the bare number, so a clerk who replaces the form's "2%" with "3" sets the meeting
  // rate to 300 %: docs/presets/hotel-staff-marketing.md pays the rate × the customer's total spend on a meeting (5.), so a 10 000 yuan
  // meeting pays 30 000 instead of 300, with nothing refused. Excel's rule for percent cells (a number ≥ 1 typed into
  // a percent cell is that many percent) would give 0.03; refusing a bare number over 1 would also do.
  const hotel = getPreset("hotel-staff-marketing")!;
  const model = ratesModel(hotel, "zh-CN");
  const s = model.sections.findIndex((x) => x.id === "params");
  const t = model.sections[s].tables.findIndex((x) => x.id === "params-percent");
  const rowsWith = (v: string) => model.sections.map((sec, i) => sec.tables.map((_, j) => (i === s && j === t ? [["会议奖励比例", v]] : undefined)));
  const rateOf = (r: ReturnType<typeof applyRates>) => (r.ok ? r.scheme.params.find((p) => p.key === "meetingRate")!.value : r.problems.map((p) => p.code));

  test("the form's own text \"3%\" is 0.03", () => {
    expect(model.sections[s].tables[t].rows).toEqual([["会议奖励比例", 0.02]]);
    expect(rateOf(applyRates(hotel, model, rowsWith("3%")))).toBe(0.03);
  });

  // fixed (rates/cells.ts readPercent): text follows Excel's percent entry — 3 is 3 %, 0.03 the fraction itself
  test("\"3\" typed in the percent column is 3 % (0.03), not 300 %; \"0.03\" stays 0.03", () => {
    expect(rateOf(applyRates(hotel, model, rowsWith("3")))).toBe(0.03);
    expect(rateOf(applyRates(hotel, model, rowsWith("0.03")))).toBe(0.03);
  });
});

describe("the structure sheet's JSON pieces (30 000 characters a cell)", () => {
  // Defect (fixed in view/structure.ts): the JSON was cut every 30 000 UTF-16 units, so a character outside the BMP
  // (a rare name character such as 𠮷, U+20BB7, in a title or a role) sitting across a cut was split into two lone
  // halves, one per cell; a lone half cannot be written into an .xlsx cell (XML) nor kept by a host, so the scheme read
  // back was changed or damaged.
  const loneHalf = (p: string) => /[\uD800-\uDBFF]$/.test(p) || /^[\uDC00-\uDFFF]/.test(p);

  test("a pair straddling the 30 000th unit stays in one piece", () => {
    const json = "a".repeat(29_999) + "𠮷" + "b";
    const pieces = cutJson(json);
    expect(pieces.join("")).toBe(json);
    expect(pieces.filter(loneHalf)).toEqual([]);
    expect(pieces.map((p) => p.length)).toEqual([29_999, 3]);
  });

  test.each(["", "a"])("the same through a whole rules book: a description of 𠮷 after %j, each piece whole, read back equal", (lead) => {
    // 20 000 of them (40 000 units) cover the 30 000th unit; with or without one letter before them, one of the two
    // descriptions puts a pair across it
    const scheme = loadScheme({ ...JSON.parse(JSON.stringify(MOBILE)), description: { "zh-CN": lead + "𠮷".repeat(20_000), "en-US": "x" } });
    const book = schemeToRulesBook(scheme, "zh-CN");
    const pieces = book.structure.rows[3].slice(1);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.filter(loneHalf)).toEqual([]);
    const back = read(book, book.view.rows);
    expect(back.ok && back.scheme).toEqual(scheme);
  });
});

describe("a retyped section heading is named at its own row", () => {
  // Defect (fixed in view/read.ts): a heading that no longer reads as written was reported at the row where the search
  // began — the blank row under the table before (A24) — not at the heading the clerk retyped (A25).
  test("「4. 揽装奖励合计(元)」 retyped as 「4. 揽装奖励」: A25", () => {
    const g = copy(zhBook.view.rows);
    expect(g[24]).toEqual(["4. 揽装奖励合计(元)"]);
    g[24] = ["4. 揽装奖励"];
    expect(problemsOf(read(zhBook, g))).toEqual([{ code: "RULES_SECTION_MISSING", address: "A25" }]);
  });

  test("trailing spaces after a heading or a header label are no change", () => {
    const g = copy(zhBook.view.rows);
    g[24] = ["4. 揽装奖励合计(元)  "];
    g[27] = ["岗位 ", "户数从", "户数到", "每户奖励（元） "];
    const back = read(zhBook, g);
    expect(back.ok && back.scheme).toEqual(MOBILE);
  });
});
