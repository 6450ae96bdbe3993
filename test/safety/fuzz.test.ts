import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { buildFillPlan, evaluate, loadScheme, PartDef, RawCell, SchemeDocument, SchemeError } from "../../src/engine";
import { allPresets } from "../../src/schemes";

// Fuzzing (issue 8, part 3), seeded. Random rows for every part of every preset, and random scheme documents made by
// mutating the presets: the engine never throws for data (a malformed scheme may only throw SchemeError from
// loadScheme), never hangs, and every row comes back with one of the four statuses, with a reason when it is not ok.
//
// Run counts: `npm test` runs a modest number; `npm run fuzz` runs FUZZ_LONG of each; JILI_FUZZ_RUNS=n sets the
// number of runs of every property (e.g. JILI_FUZZ_RUNS=20000 npm run fuzz). JILI_FUZZ_SEED changes the seed.

const LONG = process.env.npm_lifecycle_event === "fuzz";
const RUNS_ENV = Number(process.env.JILI_FUZZ_RUNS);
const runs = (modest: number, long: number) => (Number.isFinite(RUNS_ENV) && RUNS_ENV > 0 ? RUNS_ENV : LONG ? long : modest);
const SEED = Number(process.env.JILI_FUZZ_SEED ?? 20160101);
/** one evaluation of a dozen rows takes milliseconds; this much means it hangs */
const HANG_MS = 5_000;


const PRESETS = allPresets();
const RAW_DOCS: unknown[] = fs
  .readdirSync(path.join(__dirname, "..", "..", "src", "schemes"))
  .filter((f) => f.endsWith(".json") && f !== "scheme.schema.json")
  .sort()
  .map((f) => JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "src", "schemes", f), "utf8")));

// ------------------------------------------------------------------------------------------------ cells

const toFullWidth = (s: string) => s.replace(/[0-9.\-,%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const ERRORS = ["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", " #n/a "];
const YES_NO = ["是", "否", "Y", "N", "yes", "no", "TRUE", "FALSE", "1", "0", "√", "×", "对", "不是", "是 ", "\u3000否"];
/** every category label and alias of every preset: random rows are often ok, so the computation runs too */
const LABELS = [...new Set(PRESETS.flatMap((s) => s.parts.flatMap((p) => p.fields.flatMap((f) => (f.values ?? []).flatMap((v) => [v.value, ...(v.aliases ?? [])])))))];
const NAMES = ["王丽", "李强", "张伟", " 王丽\u3000", "YD0101", "组1", "A", "a\u00a0b"];

const finiteNumber = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom(0, -0, 0.5, 0.1, 0.7, 1, 2.5, 42370, 42370.5, 2958465, 1e15, -1e15, 1e300, 5e-324, Number.MAX_SAFE_INTEGER),
);
const numberText = finiteNumber.chain((n) =>
  fc.constantFrom(
    String(n),
    ` ${n} `,
    toFullWidth(String(n)),
    `¥${n}`,
    `￥${n}`,
    `${n}元`,
    `${n}%`,
    `${toFullWidth(String(n))}％`,
    `${n}‰`,
    Math.abs(n) >= 1000 ? Math.trunc(n).toLocaleString("en-US") : `${n},`,
    `${n}e3`,
    `约${n}`,
  ),
);
const dateArb = fc.date({ min: new Date(Date.UTC(1899, 0, 1)), max: new Date(Date.UTC(2101, 0, 1)), noInvalidDate: true });
const dateText = fc.tuple(fc.integer({ min: 1890, max: 2110 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 25 })).chain(([y, m, d, h]) =>
  fc.constantFrom(
    `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
    `${y}/${m}/${d}`,
    `${y}年${m}月${d}日`,
    `${y}-${m}`,
    `${y}年${m}月`,
    `${m}/${d}`,
    `${m}-${d} ${h}:30`,
    `${y}-${m}-${d} ${h}:05:09`,
    toFullWidth(`${y}-${m}-${d}`),
    `${y}${String(m).padStart(2, "0")}${String(d).padStart(2, "0")}`,
  ),
);
const cell: fc.Arbitrary<RawCell> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<RawCell>(null, undefined, "", "   ", "\u3000", "\u00a0", "\t") },
  { weight: 4, arbitrary: finiteNumber },
  { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity) },
  { weight: 4, arbitrary: numberText },
  { weight: 2, arbitrary: fc.constantFrom(...ERRORS) },
  { weight: 2, arbitrary: dateArb },
  { weight: 3, arbitrary: dateText },
  { weight: 2, arbitrary: fc.boolean() },
  { weight: 4, arbitrary: fc.constantFrom(...YES_NO) },
  { weight: 6, arbitrary: fc.constantFrom(...LABELS) },
  { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 40000 }).map((n) => "9".repeat(n % 5 === 0 ? n : 30) + (n % 2 ? "x" : "")) },
);
/** a fixed set of names in column order, so the per-person grouping has something to group */
const rowsArb = (width: number, maxRows: number) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: maxRows });

// ------------------------------------------------------------------------------------------------ checking a run

const STATUSES = ["ok", "excluded", "invalid", "pending"];

/** Evaluates and materialises everything a host would (rows, groups, explanations, the fill plan in both languages). */
function checkRun(scheme: SchemeDocument, part: PartDef, headers: RawCell[], rows: RawCell[][], params?: Record<string, unknown>): void {
  const t0 = Date.now();
  const result = evaluate(scheme, { headers, rows }, { part: part.id, params });
  const out = result.rows(true);
  expect(out).toHaveLength(rows.length);
  for (const r of out) {
    if (!STATUSES.includes(r.status)) throw new Error(`row ${r.row}: status ${r.status}`);
    if (r.status !== "ok" && r.reasons.length === 0) throw new Error(`row ${r.row} is ${r.status} without a reason`);
    for (const x of r.reasons) if (!x.message["zh-CN"] || !x.message["en-US"]) throw new Error(`row ${r.row}: ${x.code} has no message`);
    for (const [name, o] of Object.entries(r.outputs)) {
      if (typeof o.value === "number" && Number.isNaN(o.value)) throw new Error(`row ${r.row}: ${name} is NaN`);
      if (r.status === "invalid" && o.value !== null) throw new Error(`row ${r.row} is invalid but ${name} = ${o.value}`);
    }
  }
  for (const level of result.levels) {
    for (const g of result.groups(level, true)) {
      if (!STATUSES.includes(g.status)) throw new Error(`group ${JSON.stringify(g.key)}: status ${g.status}`);
      for (const [name, o] of Object.entries(g.outputs)) if (typeof o.value === "number" && Number.isNaN(o.value)) throw new Error(`group ${JSON.stringify(g.key)}: ${name} is NaN`);
    }
  }
  buildFillPlan(result, "zh-CN");
  buildFillPlan(result, "en-US");
  const ms = Date.now() - t0;
  if (ms > HANG_MS) throw new Error(`evaluation took ${ms} ms for ${rows.length} rows`);
}

/** Headers as a user might type them: zh-CN or en-US titles, sometimes a column left out or an extra one. */
const headersFor = (part: PartDef, pick: number[]): RawCell[] =>
  part.fields.map((f, i) => {
    const k = pick[i % pick.length] ?? 0;
    return k === 0 ? f.title["zh-CN"] : k === 1 ? f.title["en-US"] : k === 2 ? ` ${f.title["zh-CN"]}\u3000` : k === 3 ? null : "备注";
  });

// ------------------------------------------------------------------------------------------------ random rows

const PARTS = PRESETS.flatMap((s) => s.parts.map((p) => ({ scheme: s, part: p })));

describe("random rows never break the engine", () => {
  const n = runs(12, 400);
  test.each(PARTS.map((x) => [`${x.scheme.id}/${x.part.id}`, x] as const))(`%s (${n} runs)`, (_name, { scheme, part }) => {
    // parameters are configuration, not data (engineRegressions.test.ts covers unreadable values): rows run with the scheme's own
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 9 }), { minLength: 1, maxLength: 4 }), rowsArb(part.fields.length, 14), (pick, rows) => {
        checkRun(scheme, part, headersFor(part, pick.map((k) => (k > 6 ? k - 6 : k > 3 ? 0 : k))), rows);
      }),
      { seed: SEED, numRuns: n },
    );
  });
});

// ------------------------------------------------------------------------------------------------ random parameter values

/** A value a user could give a parameter: a cell of any kind, or any JSON (the pane and --param pass both). */
const paramValue = fc.oneof({ weight: 3, arbitrary: cell }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) }, { weight: 1, arbitrary: jsonLeafOfParams() });
function jsonLeafOfParams(): fc.Arbitrary<unknown> {
  return fc.constantFrom(null, "", "2016-01-01", "2016/1/1", "1/5", "是", "否", "true", 0, -1, 0.5, 1e308, [], {}, [{ upTo: 5, rate: 20 }]);
}
const PARTS_WITH_PARAMS = PARTS.filter((x) => x.scheme.params.length > 0);

describe("random parameter values never break the engine", () => {
  const n = runs(8, 300);
  test.each(PARTS_WITH_PARAMS.map((x) => [`${x.scheme.id}/${x.part.id}`, x] as const))(`%s (${n} runs)`, (_name, { scheme, part }) => {
    const keys = scheme.params.map((p) => p.key);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...keys, "nosuch"), paramValue), { minLength: 1, maxLength: 4 }), rowsArb(part.fields.length, 10), (given, rows) => {
        const params: Record<string, unknown> = {};
        for (const [key, value] of given) params[key] = value;
        checkRun(scheme, part, headersFor(part, [0]), rows, params);
      }),
      { seed: SEED, numRuns: n },
    );
  });
});

// ------------------------------------------------------------------------------------------------ random schemes

const FIELD_NAMES = [...new Set(PRESETS.flatMap((s) => s.parts.flatMap((p) => [...p.fields.map((f) => f.key), ...p.steps.map((st) => st.name)])))];
const FUNCTIONS = ["min", "max", "abs", "round", "if", "coalesce", "isBlank", "not", "date", "day", "month", "quarter", "year", "weekday", "daysBetween", "monthsBetween", "pending", "text", "nosuch"];
const OPS = ["+", "-", "*", "/", "==", "!=", "<", "<=", ">", ">=", "and", "or", "&&", "||"];

/** Expressions from a small grammar over the presets' names (and some nonsense). */
const exprArb: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(...FIELD_NAMES, "0", "1", "-1", "0.5", "1e308", "99999999999999999999.99", '"是"', '"营业员"', '"2016-01-01"', "true", "false", "null", "params.effectiveFrom", "params.nosuch"),
    fc.tuple(tie("e"), fc.constantFrom(...OPS), tie("e")).map(([a, op, b]) => `(${a} ${op} ${b})`),
    fc.tuple(fc.constantFrom(...FUNCTIONS), fc.array(tie("e"), { maxLength: 3 })).map(([f, args]) => `${f}(${args.join(", ")})`),
    fc.tuple(tie("e"), tie("e"), tie("e")).map(([a, b, c]) => `${a} ? ${b} : ${c}`),
    fc.tuple(tie("e"), fc.array(tie("e"), { maxLength: 3 })).map(([a, xs]) => `${a} in [${xs.join(", ")}]`),
    tie("e").map((a) => `not ${a}`),
    tie("e").map((a) => `-${a}`),
    fc.string({ maxLength: 10 }),
  ),
})).e;

const numberish = fc.oneof(fc.integer({ min: -5, max: 100 }), fc.constantFrom(0, 0.5, 1e308, -1e308, 20, 40));
const tiersArb = fc.array(fc.record({ upTo: fc.option(numberish, { nil: undefined }), rate: numberish }, { requiredKeys: ["rate"] }), { maxLength: 4 });
const bandsArb = fc.array(fc.record({ from: fc.option(numberish, { nil: undefined }), to: fc.option(numberish, { nil: undefined }), value: numberish, fromInclusive: fc.boolean() }, { requiredKeys: ["value"] }), { maxLength: 4 });
const jsonLeaf = fc.oneof(fc.constantFrom(null, true, false, 0, -1, 1e308, "", "x", [], {}), exprArb, numberish);

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Mutation = { op: "drop" | "expr" | "leaf" | "tiers" | "bands" | "swap" | "dup"; at: number; value?: unknown };

/** Every path to a value in the document (objects' keys and arrays' indexes). */
function paths(doc: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (doc && typeof doc === "object") {
    for (const [k, v] of Array.isArray(doc) ? doc.map((v, i) => [i, v] as const) : Object.entries(doc)) {
      out.push([...prefix, k]);
      paths(v as Json, [...prefix, k], out);
    }
  }
  return out;
}

function parentOf(doc: Json, p: (string | number)[]): { parent: Record<string | number, Json> | Json[]; key: string | number } {
  let cur = doc as Record<string | number, Json>;
  for (const k of p.slice(0, -1)) cur = cur[k] as Record<string | number, Json>;
  return { parent: cur, key: p[p.length - 1] };
}

const EXPR_KEYS = new Set(["when", "expr", "test", "quantity", "rate", "base", "actual", "target", "pool", "weight", "of", "where", "value", "input"]);

function mutate(doc: Json, m: Mutation): void {
  // parameter values are left alone (loadScheme checks them against their type, see engineRegressions.test.ts); every other
  // part of the document is fair game
  const all = paths(doc).filter((p) => !(p[0] === "params" && p.length > 2));
  if (!all.length) return;
  const pickFrom = (xs: (string | number)[][]) => (xs.length ? xs[m.at % xs.length] : undefined);
  const set = (p: (string | number)[] | undefined, v: unknown) => {
    if (!p) return;
    const { parent, key } = parentOf(doc, p);
    (parent as Record<string | number, unknown>)[key] = v;
  };
  switch (m.op) {
    case "drop": {
      const p = pickFrom(all)!;
      const { parent, key } = parentOf(doc, p);
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete (parent as Record<string, Json>)[key];
      return;
    }
    case "expr":
      return set(pickFrom(all.filter((p) => EXPR_KEYS.has(String(p[p.length - 1])))), m.value);
    case "leaf":
      return set(pickFrom(all), m.value);
    case "tiers":
      return set(pickFrom(all.filter((p) => p[p.length - 1] === "tiers" || (p.length > 2 && p[p.length - 3] === "tables"))), m.value);
    case "bands":
      return set(pickFrom(all.filter((p) => p[p.length - 1] === "bands")), m.value);
    case "swap":
    case "dup": {
      const steps = all.filter((p) => p[p.length - 1] === "steps");
      const p = pickFrom(steps);
      if (!p) return;
      const { parent, key } = parentOf(doc, p);
      const list = (parent as Record<string | number, Json>)[key];
      if (!Array.isArray(list) || !list.length) return;
      const i = m.at % list.length;
      const j = (m.at * 7 + 3) % list.length;
      if (m.op === "swap") [list[i], list[j]] = [list[j], list[i]];
      else list.splice(j, 0, JSON.parse(JSON.stringify(list[i])));
    }
  }
}

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant("drop" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("expr" as const), at: fc.nat(), value: exprArb }),
  fc.record({ op: fc.constant("leaf" as const), at: fc.nat(), value: jsonLeaf }),
  fc.record({ op: fc.constant("tiers" as const), at: fc.nat(), value: tiersArb }),
  fc.record({ op: fc.constant("bands" as const), at: fc.nat(), value: bandsArb }),
  fc.record({ op: fc.constant("swap" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("dup" as const), at: fc.nat() }),
);

describe("random scheme documents: loadScheme accepts or throws SchemeError; what loads evaluates any rows", () => {
  const n = runs(150, 5000);
  let loaded = 0;
  let rejected = 0;

  test(`mutated presets (${n} runs)`, () => {
    fc.assert(
      fc.property(fc.nat({ max: RAW_DOCS.length - 1 }), fc.array(mutationArb, { minLength: 1, maxLength: 4 }), rowsArb(16, 8), fc.boolean(), (which, mutations, rows, asText) => {
        const doc = JSON.parse(JSON.stringify(RAW_DOCS[which])) as Json;
        for (const m of mutations) mutate(doc, m);
        let scheme: SchemeDocument;
        try {
          scheme = loadScheme(asText ? JSON.stringify(doc) : doc);
        } catch (e) {
          if (!(e instanceof SchemeError)) throw new Error(`loadScheme threw ${(e as Error).name}: ${(e as Error).message}`);
          expect(e.issues.length).toBeGreaterThan(0);
          rejected++;
          return;
        }
        loaded++;
        for (const part of scheme.parts) checkRun(scheme, part, headersFor(part, [0]), rows.map((r) => r.slice(0, part.fields.length)));
      }),
      { seed: SEED, numRuns: n },
    );
    // the mutations must not all be rejected, or the evaluation half tests nothing
    expect(loaded).toBeGreaterThan(n / 10);
    expect(rejected).toBeGreaterThan(0);
  });
});

describe("scheme documents that are not even JSON objects", () => {
  test(`arbitrary JSON and text (${runs(200, 5000)} runs)`, () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), fc.jsonValue()), (input) => {
        try {
          loadScheme(input as never);
        } catch (e) {
          if (!(e instanceof SchemeError)) throw new Error(`loadScheme threw ${(e as Error).name}: ${(e as Error).message}`);
        }
      }),
      { seed: SEED, numRuns: runs(200, 5000) },
    );
  });
});
