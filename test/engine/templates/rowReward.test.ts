/**
 * The slab and fixed-by-type forms: the document passes loadScheme and pays as worked by hand here (bands from
 * included, to not included, as the slab template's notes say; a type without an amount is pending, never 0).
 */
import { evaluate, loadScheme } from "../../../src/engine";
import { buildFromForm, type FormValues } from "../../../src/engine/templates";

describe("slab form → scheme", () => {
  const form = (): FormValues => ({
    columns: { person: "业务员", date: "成交日期", amount: "签约总价" },
    tables: { bands: [["150000", "5000"], ["300000", "8000"], ["", "10000"]] },
    conditions: [{ kind: "pick", column: "状态", op: "eq", value: "退订" }],
  });

  test("149,999.99 → 5000; 150,000 (the limit, not included below it) → 8000; 300,000 → 10000; a cancelled deal → excluded; month 23000", () => {
    const r = buildFromForm("slab", form());
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(() => loadScheme(JSON.stringify(r.document))).not.toThrow();
    const rows = [
      ["李四", "2016-03-01", "149999.99", "有效"],
      ["李四", "2016-03-02", "150000", "有效"],
      ["李四", "2016-03-03", "300000", "有效"],
      ["李四", "2016-03-04", "500000", "退订"],
    ];
    const result = evaluate(r.scheme, { headers: ["业务员", "成交日期", "签约总价", "状态"], rows });
    expect(rows.map((_, i) => result.row(i).outputs.reward.value)).toEqual([5000, 8000, 10000, 0]);
    expect(result.row(3).status).toBe("excluded");
    expect(result.groups("personMonth")[0].outputs.total.value).toBe(23000);
  });

  test("limits that do not go up, and a last band with a limit", () => {
    const v = form();
    v.tables.bands = [["300000", "5000"], ["150000", "8000"], ["400000", "10000"]];
    const r = buildFromForm("slab", v);
    expect(r.ok ? [] : r.problems.map((p) => [p.code, p.at])).toEqual([
      ["BANDS_ORDER", { kind: "table", table: "bands", row: 2, column: "to" }],
      ["TIERS_OPEN_END", { kind: "table", table: "bands", row: 3, column: "to" }],
    ]);
  });
});

describe("fixed-by-type form → scheme", () => {
  const form = (): FormValues => ({
    columns: { person: "推荐人", date: "日期", kind: "车型" },
    tables: { amounts: [["甲类", "300"], ["乙类", "200"]] },
    conditions: [{ kind: "pick", column: "是否成交", op: "no", value: "" }],
  });

  test("甲类 300, 乙类 200, 丙类 (no amount) pending, a deal not closed excluded", () => {
    const r = buildFromForm("fixed-by-type", form());
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(() => loadScheme(JSON.stringify(r.document))).not.toThrow();
    const rows = [
      ["张三", "2016-05-02", "甲类", "是"],
      ["张三", "2016-05-03", "乙类", "是"],
      ["张三", "2016-05-04", "丙类", "是"],
      ["张三", "2016-05-05", "甲类", "否"],
    ];
    const result = evaluate(r.scheme, { headers: ["推荐人", "日期", "车型", "是否成交"], rows });
    expect(rows.map((_, i) => result.row(i).status)).toEqual(["ok", "ok", "pending", "excluded"]);
    expect(rows.slice(0, 2).map((_, i) => result.row(i).outputs.reward.value)).toEqual([300, 200]);
  });

  test("a type written twice, an amount that is no number", () => {
    const v = form();
    v.tables.amounts = [["甲类", "300"], ["甲类", "三百"]];
    const r = buildFromForm("fixed-by-type", v);
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(["TYPE_TWICE", "NUMBER_INVALID"]);
  });
});
