import { formatPath, loadScheme, SchemeError } from "../../../src/engine";

const zhen = (zh: string, en: string) => ({ "zh-CN": zh, "en-US": en });

/** A small valid scheme; each test breaks one thing. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break the document in arbitrary ways
function base(): any {
  return {
    format: "jili-scheme/1",
    id: "test-scheme",
    title: zhen("测试", "Test"),
    params: [{ key: "rate", type: "money", title: zhen("单价", "Rate"), value: 40 }],
    parts: [
      {
        id: "rows",
        title: zhen("明细", "Rows"),
        fields: [
          { key: "name", type: "text", title: zhen("姓名", "Name"), required: true },
          { key: "hours", type: "number", title: zhen("小时", "Hours"), min: 0 },
        ],
        levels: [{ id: "person", title: zhen("人", "Person"), keys: [{ name: "person", expr: "name", title: zhen("姓名", "Name") }] }],
        steps: [
          { name: "pay", kind: "flatRate", quantity: "hours", rate: "params.rate" },
          { name: "total", kind: "aggregate", scope: "person", op: "sum", of: "pay" },
          {
            name: "bonus",
            kind: "progressive",
            scope: "person",
            tiers: [{ upTo: 2, rate: 20 }, { upTo: 5, rate: 30 }, { rate: 40 }],
          },
        ],
        outputs: { row: [{ name: "pay", title: zhen("工资", "Pay"), type: "money" }], person: [{ name: "total", title: zhen("合计", "Total"), type: "money" }] },
      },
    ],
  };
}

function problems(doc: unknown): { code: string; path: string; message: string }[] {
  try {
    loadScheme(doc);
  } catch (e) {
    expect(e).toBeInstanceOf(SchemeError);
    return (e as SchemeError).issues.map((i) => ({ code: i.code, path: formatPath(i.path), message: i.message }));
  }
  throw new Error("expected the scheme to be rejected");
}

describe("scheme validation", () => {
  test("the base document is valid", () => {
    expect(loadScheme(base()).id).toBe("test-scheme");
  });

  test("tiers out of order: tiers[2].upTo must be greater than tiers[1].upTo", () => {
    const d = base();
    d.parts[0].steps[2].tiers = [{ upTo: 2, rate: 20 }, { upTo: 5, rate: 30 }, { upTo: 4, rate: 35 }, { rate: 40 }];
    expect(problems(d)).toEqual([
      { code: "TIERS_NOT_INCREASING", path: "parts[0].steps[2].tiers[2].upTo", message: "tiers[2].upTo must be greater than tiers[1].upTo" },
    ]);
  });

  test("every problem is reported at once, each with its path", () => {
    const d = base();
    d.parts[0].steps[0].quantity = "hourz * 2";
    d.parts[0].steps[1].of = "pay +";
    d.parts[0].steps[2].tiers = [{ rate: 20 }, { upTo: 5, rate: 30 }];
    d.parts[0].outputs.person.push({ name: "nothing", title: zhen("无", "None"), type: "money" });
    expect(problems(d).map((p) => [p.code, p.path])).toEqual([
      ["UNKNOWN_NAME", "parts[0].steps[0].quantity"],
      ["EXPR_SYNTAX", "parts[0].steps[1].of"],
      ["TIER_OPEN_BEFORE_END", "parts[0].steps[2].tiers[0].upTo"],
      ["TIER_TOP_CLOSED", "parts[0].steps[2].tiers[1].upTo"],
      ["UNKNOWN_NAME", "parts[0].outputs.person[1].name"],
    ]);
  });

  test("structural errors come from the schema with their paths", () => {
    const d = base();
    d.id = "Not Kebab";
    d.title = { "zh-CN": "只有中文" };
    d.parts[0].fields[1].type = "decimal";
    d.parts[0].steps[0].kind = "magic";
    const got = problems(d);
    expect(got.map((p) => p.path)).toEqual(expect.arrayContaining(["id", "title.en-US", "parts[0].fields[1].type", "parts[0].steps[0].kind"]));
    expect(got.every((p) => p.code.startsWith("SCHEMA_"))).toBe(true);
  });

  test("a step reading a later step, or a group value read without aggregating, is rejected", () => {
    const d = base();
    d.parts[0].steps.unshift({ name: "early", kind: "expr", expr: "pay * 2" });
    d.parts[0].steps.push({ name: "wrong", kind: "expr", expr: "hours + 1", scope: "person" });
    expect(problems(d).map((p) => [p.code, p.path])).toEqual([
      ["UNKNOWN_NAME", "parts[0].steps[0].expr"],
      ["WRONG_SCOPE", "parts[0].steps[4].expr"],
    ]);
  });

  test("slab bands must cover every value exactly once", () => {
    const d = base();
    d.parts[0].steps.push({
      name: "band",
      kind: "slab",
      input: "hours",
      bands: [
        { to: 10, value: 0 },
        { from: 12, to: 20, value: 1 },
        { from: 15, value: 2 },
      ],
    });
    expect(problems(d)).toEqual([
      { code: "BANDS_NOT_A_PARTITION", path: "parts[0].steps[3].bands", message: "no band covers 10–12 between bands[0] and bands[1]" },
      { code: "BANDS_NOT_A_PARTITION", path: "parts[0].steps[3].bands", message: "bands[1] and bands[2] overlap" },
    ]);
  });

  test("duplicate names, unknown scopes, unknown params, unknown codes, bad splits", () => {
    const d = base();
    d.parts[0].steps.push({ name: "pay", kind: "expr", expr: "1" });
    d.parts[0].steps.push({ name: "x1", kind: "expr", expr: "params.nope" });
    d.parts[0].steps.push({ name: "x2", kind: "expr", expr: "1", scope: "team" });
    d.parts[0].steps.push({ name: "x3", kind: "check", conditions: [{ code: "NO_SUCH_MESSAGE", test: "true" }] });
    d.parts[0].steps.push({ name: "x4", kind: "split", base: "1", parts: [{ name: "a", percent: 70 }, { name: "b", percent: 20 }] });
    d.parts[0].steps.push({ name: "x5", kind: "expr", expr: 'pending("NOT_EXPLAINED")' });
    expect(problems(d).map((p) => [p.code, p.path])).toEqual([
      ["DUPLICATE_NAME", "parts[0].steps[3].name"],
      ["UNKNOWN_NAME", "parts[0].steps[4].expr"],
      ["UNKNOWN_SCOPE", "parts[0].steps[5].scope"],
      ["UNKNOWN_CODE", "parts[0].steps[6].conditions[0].code"],
      ["SPLIT_NOT_100", "parts[0].steps[7].parts"],
      ["UNKNOWN_CODE", "parts[0].steps[8].expr"],
    ]);
  });

  test("group steps need a level scope; aggregates need a source below them", () => {
    const d = base();
    d.parts[0].steps.push({ name: "bad1", kind: "aggregate", op: "sum", of: "pay" });
    d.parts[0].steps.push({ name: "bad2", kind: "aggregate", scope: "person", op: "sum" });
    expect(problems(d).map((p) => [p.code, p.path])).toEqual([
      ["NEEDS_LEVEL", "parts[0].steps[3].scope"],
      ["AGGREGATE_NEEDS_OF", "parts[0].steps[4].of"],
    ]);
  });

  test("text that is not JSON, or too large, is rejected before parsing", () => {
    expect(problems("{not json").map((p) => p.code)).toEqual(["NOT_JSON"]);
    expect(problems(" ".repeat(600 * 1024)).map((p) => p.code)).toEqual(["SCHEME_TOO_LARGE"]);
  });

  test("the thrown error names every problem with its path, under a bilingual heading", () => {
    const d = base();
    d.parts[0].steps[0].quantity = "hourz";
    expect(() => loadScheme(d)).toThrow(/方案文件无效[\s\S]*parts\[0\]\.steps\[0\]\.quantity: unknown name hourz/);
  });
});
