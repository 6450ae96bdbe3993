/**
 * The rank-awards form builds a scheme the validator accepts and that places and pays as docs/presets/car-launch-ladder.md
 * says — first order 1000, second 800, third 500, an order not on the launch day takes no place, equal times go by
 * sheet order with a warning — and as the rank-awards template's note says for people's totals (tied people share
 * the place). Every amount below is worked by hand from those pages.
 */
import { evaluate, loadScheme } from "../../../src/engine";
import { buildFromForm, type FormValues } from "../../../src/engine/templates";

/** car-launch-ladder's ladder as a clerk fills the form: each order ranked by its time, launch day 2016-03-05 */
function ladderForm(): FormValues {
  return {
    choices: { ranked: "rows", order: "earliest", ties: "sheet" },
    columns: { person: "销售顾问", staffId: "", measure: "订车时间", yearMonth: "" },
    tables: { prizes: [["1000"], ["800"], ["500"]] },
    conditions: [
      { kind: "pick", column: "订车时间", op: "before", value: "2016-03-05", reason: "非上市会当天订车" },
      { kind: "pick", column: "订车时间", op: "from", value: "2016-03-06", reason: "非上市会当天订车" },
    ],
  };
}

const LADDER_HEADERS = ["销售顾问", "订车时间", "交车时间"];

function built(id: string, values: FormValues) {
  const r = buildFromForm(id, values);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r;
}

function ladder(rows: string[][]) {
  const result = evaluate(built("rank-awards", ladderForm()).scheme, { headers: LADDER_HEADERS, rows });
  return {
    status: rows.map((_, i) => result.row(i).status),
    place: rows.map((_, i) => result.row(i).outputs.prizeRank?.value ?? null),
    prize: rows.map((_, i) => result.row(i).outputs.prize?.value),
    warnings: rows.map((_, i) => result.row(i, true).warnings.map((w) => w.code)),
    totals: Object.fromEntries(result.groups("person").map((g) => [g.key.who, g.outputs.total.value])),
  };
}

describe("rank-awards form → scheme (car-launch-ladder's ladder)", () => {
  test("the document passes loadScheme, as given and as JSON text; the order time is read as a date-time", () => {
    const r = built("rank-awards", ladderForm());
    expect(() => loadScheme(JSON.stringify(r.document))).not.toThrow();
    expect(r.scheme.parts[0].fields.find((f) => f.key === "measure")?.type).toBe("datetime");
  });

  test("example 2: one consultant holds all three places → 1000 + 800 + 500 = 2300", () => {
    const out = ladder([
      ["A", "2016-03-05 09:00", "2016-03-06 12:00"],
      ["A", "2016-03-05 09:10", "2016-03-10 12:00"],
      ["A", "2016-03-05 09:20", "2016-03-15 12:00"],
    ]);
    expect(out.place).toEqual([1, 2, 3]);
    expect(out.prize).toEqual([1000, 800, 500]);
    expect(out.totals).toEqual({ A: 2300 });
  });

  test("example 3: only two orders → A 1000, B 800, no 500 paid", () => {
    const out = ladder([
      ["A", "2016-03-05 10:00", "2016-03-08 12:00"],
      ["B", "2016-03-05 11:00", "2016-03-08 12:00"],
    ]);
    expect(out.prize).toEqual([1000, 800]);
    expect(out.totals).toEqual({ A: 1000, B: 800 });
  });

  test("places follow the order time, not the sheet: a fourth order earns nothing", () => {
    const out = ladder([
      ["C", "2016-03-05 09:30", ""],
      ["A", "2016-03-05 09:01", ""],
      ["B", "2016-03-05 09:03", ""],
      ["A", "2016-03-05 09:10", ""],
    ]);
    expect(out.place).toEqual([4, 1, 2, 3]);
    expect(out.prize).toEqual([0, 1000, 800, 500]);
    expect(out.totals).toEqual({ C: 0, A: 1500, B: 800 });
  });

  test("an order not on the launch day is excluded and takes no place (the 03-04 order before all others)", () => {
    const out = ladder([
      ["B", "2016-03-04 18:00", ""],
      ["A", "2016-03-05 09:01", ""],
      ["B", "2016-03-05 09:03", ""],
      ["C", "2016-03-06 08:00", ""],
    ]);
    expect(out.status).toEqual(["excluded", "ok", "ok", "excluded"]);
    expect(out.prize).toEqual([0, 1000, 800, 0]);
    expect(out.totals).toEqual({ A: 1000, B: 800, C: 0 });
  });

  test("equal order times: sheet order decides (B before A), both flagged for a check", () => {
    const out = ladder([
      ["B", "2016-03-05 09:00", ""],
      ["A", "2016-03-05 09:00", ""],
    ]);
    expect(out.prize).toEqual([1000, 800]);
    expect(out.warnings).toEqual([["TIE_BY_ROW_ORDER"], ["TIE_BY_ROW_ORDER"]]);
  });
});

describe("rank-awards form: people's month totals (the template's 1000 / 600 / 300, tied people share the place)", () => {
  const form = (): FormValues => ({
    choices: { ranked: "people", order: "highest", ties: "share" },
    columns: { person: "姓名", staffId: "", measure: "完成台数", yearMonth: "月份" },
    tables: { prizes: [["1000"], ["600"], ["300"]] },
    conditions: [],
  });

  test("March: A 12 + 3 = 15 and B 15 share 1st (1000 each), C's 9 is 3rd (300); April is ranked on its own", () => {
    const rows = [
      ["A", "2016-03", "12"],
      ["B", "2016-03", "15"],
      ["C", "2016-03", "9"],
      ["A", "2016-03", "3"],
      ["C", "2016-04", "2"],
    ];
    const result = evaluate(built("rank-awards", form()).scheme, { headers: ["姓名", "月份", "完成台数"], rows });
    const groups = result.groups("personMonth").map((g) => [g.key.who, g.key.month, g.outputs.total.value, g.outputs.prizeRank.value, g.outputs.prize.value]);
    expect(groups).toEqual([
      ["A", "2016-03", 15, 1, 1000],
      ["B", "2016-03", 15, 1, 1000],
      ["C", "2016-03", 9, 3, 300],
      ["C", "2016-04", 2, 1, 1000],
    ]);
  });

  test("people's totals of times mean nothing: 每人合计 with 时间早的在前 is refused; an unknown answer too", () => {
    const bad = { ...form(), choices: { ranked: "people", order: "earliest", ties: "sideways" } };
    const r = buildFromForm("rank-awards", bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.code, p.at])).toEqual([
      ["CHOICE_INVALID", { kind: "choice", key: "ties" }],
      ["CHOICES_CONFLICT", { kind: "choice", key: "order" }],
    ]);
    expect(r.problems[1].message["zh-CN"]).toBe("「每人合计后排名（如每人当月的业绩）」与「时间早的在前（先到先得）」不能同时选择");
  });

  test("a prize that is no number is named by its row", () => {
    const v = form();
    v.tables.prizes[1] = ["六百"];
    const r = buildFromForm("rank-awards", v);
    expect(r.ok ? [] : r.problems.map((p) => p.message["en-US"])).toEqual(["Row 2, Yuan: not a valid number: 六百"]);
  });
});
