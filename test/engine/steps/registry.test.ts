import { readFileSync } from "fs";
import { join } from "path";
import { evaluate, loadScheme, SchemeError } from "../../../src/engine";
import { keyWord, kindLabel } from "../../../src/engine/rulesSheet/labels";
import { Step } from "../../../src/engine/scheme/schema";
import { allKinds, KindName, STEP_KINDS, StepKind } from "../../../src/engine/steps";

// The invariant of the step registry: every kind has every piece, and each piece does what the consumers rely on.
// Adding a kind without one of them fails here (see docs/architecture.md, "Adding a step kind").

const HAN = /[\u4e00-\u9fff]/;

/** A one-part scheme around a kind's example: fields a, b (numbers) and c (text); level g groups rows by c (its key gk). */
function schemeAround(kind: StepKind<KindName>, step: Record<string, unknown> = kind.example, outputs?: Record<string, { name: string; title: object; type: string }[]>): Record<string, unknown> {
  const t = (s: string) => ({ "zh-CN": `字段${s}`, "en-US": s });
  return {
    format: "jili-scheme/1",
    id: "registry-test",
    title: t("test"),
    messages: { C_ONE: { "zh-CN": "未达标", "en-US": "not met" } },
    parts: [
      {
        id: "main",
        title: t("main"),
        fields: [
          { key: "a", type: "number", title: t("a") },
          { key: "b", type: "number", title: t("b") },
          { key: "c", type: "text", title: t("c") },
        ],
        levels: [{ id: "g", title: t("g"), keys: [{ name: "gk", expr: "c", title: t("gk") }] }],
        steps: [step],
        outputs: outputs ?? { row: [{ name: "a", title: t("a"), type: "number" }] },
      },
    ],
  };
}

function issuesOf(doc: unknown): { code: string; path: (string | number)[] }[] {
  try {
    loadScheme(doc);
    return [];
  } catch (e) {
    if (e instanceof SchemeError) return e.issues.map((i) => ({ code: i.code, path: i.path }));
    throw e;
  }
}

/** A copy of the example with the value at `path` replaced. */
function withValue(example: Record<string, unknown>, path: (string | number)[], value: unknown): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(example));
  let node = copy;
  for (const p of path.slice(0, -1)) node = node[p];
  node[path[path.length - 1]] = value;
  return copy;
}

/** Every object key anywhere in a value, and every numeric leaf's key. */
function keysIn(v: unknown, keys = new Set<string>(), numeric = new Set<string>()): { keys: Set<string>; numeric: Set<string> } {
  if (Array.isArray(v)) v.forEach((x) => keysIn(x, keys, numeric));
  else if (v && typeof v === "object")
    for (const [k, x] of Object.entries(v)) {
      keys.add(k);
      if (typeof x === "number") numeric.add(k);
      keysIn(x, keys, numeric);
    }
  return { keys, numeric };
}

const scopesOf = (kind: StepKind<KindName>) => ({ own: String(kind.example.scope ?? "row"), members: "row" });
/** The example as the validator returns it (defaults filled in), which is what the kind's functions are given. */
const parsed = (kind: StepKind<KindName>) => loadScheme(schemeAround(kind)).parts[0].steps[0] as never;

test("the registry holds exactly the kinds of the document's step union, each with its own schema", () => {
  const unionKinds = Step.options.map((o) => (o.shape.kind as unknown as { value: string }).value);
  expect(Object.keys(STEP_KINDS)).toEqual(unionKinds);
  Step.options.forEach((o, i) => expect(allKinds()[i].schema).toBe(o));
  for (const [name, kind] of Object.entries(STEP_KINDS)) expect(kind.kind).toBe(name);
});

describe.each(allKinds().map((k) => [k.kind, k] as const))("%s", (_name, kind) => {
  test("its example validates in a scheme and runs on rows", () => {
    expect(issuesOf(schemeAround(kind))).toEqual([]);
    const result = evaluate(loadScheme(schemeAround(kind)), { headers: ["字段a", "字段b", "字段c"], rows: [[3, 2, "x"], [7, 4, "x"], [1, 1, "y"]] });
    expect(result.rowCount).toBe(3);
  });

  test("a group kind is refused on rows; a row kind accepts rows", () => {
    const onRows = issuesOf(schemeAround(kind, { ...kind.example, scope: "row" })).map((i) => i.code);
    if (kind.onGroups) expect(onRows).toContain("NEEDS_LEVEL");
    else expect(onRows).not.toContain("NEEDS_LEVEL");
  });

  test("every expression it reports is checked by the validator (an unknown name there is refused at its path)", () => {
    const exprs = kind.exprs(parsed(kind), scopesOf(kind));
    expect(exprs.length).toBeGreaterThan(0);
    for (const e of exprs) {
      const issues = issuesOf(schemeAround(kind, withValue(kind.example, e.path, "noSuchName")));
      expect(issues).toContainEqual({ code: "UNKNOWN_NAME", path: ["parts", 0, "steps", 0, ...e.path] });
    }
  });

  test("every formula of its example is among the expressions it reports (none escapes the validator)", () => {
    const reported = new Set(kind.exprs(parsed(kind), scopesOf(kind)).map((e) => JSON.stringify(e.path)));
    const NOT_FORMULAS = new Set(["name", "kind", "scope", "code", "status", "direction", "label", "below", "attributeTo", "zh-CN", "en-US"]);
    const formulas: string[] = [];
    const walk = (v: unknown, path: (string | number)[]) => {
      if (typeof v === "string" && /\b[abc]\b/.test(v) && !NOT_FORMULAS.has(String(path[path.length - 1]))) formulas.push(JSON.stringify(path));
      else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
      else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    };
    walk(kind.example, []);
    expect(formulas.filter((f) => !reported.has(f))).toEqual([]);
  });

  test("every code it reports needs a message", () => {
    for (const c of kind.codes(parsed(kind))) {
      const doc = schemeAround(kind);
      delete (doc.messages as Record<string, unknown>)[c.code];
      expect(issuesOf(doc)).toContainEqual({ code: "UNKNOWN_CODE", path: ["parts", 0, "steps", 0, ...c.path] });
    }
  });

  test("every name it adds can be an output of its scope", () => {
    const t = { "zh-CN": "输出", "en-US": "out" };
    for (const n of kind.names(parsed(kind), scopesOf(kind))) {
      const outputs = { row: [{ name: "a", title: t, type: "number" }], ...(n.scope === "row" ? {} : { [n.scope]: [] }) };
      outputs[n.scope as "row"] = [...(n.scope === "row" ? outputs.row : []), { name: n.name, title: t, type: "number" }];
      expect(issuesOf(schemeAround(kind, kind.example, outputs))).toEqual([]);
    }
  });

  test("it has words in both languages for the kind and for every key it writes (rules sheet, what-if)", () => {
    expect(kind.labels.kind[0]).toMatch(HAN);
    expect(kind.labels.kind[1]).toMatch(/[a-z]/);
    expect(kindLabel(kind.kind)).toBe(`${kind.labels.kind[0]} ${kind.labels.kind[1]}`);
    const unlabelled = [...keysIn(kind.example).keys].filter((k) => keyWord(k, "zh-CN") === k && !HAN.test(k) && k !== "*");
    expect(unlabelled).toEqual([]);
  });

  test("the numbers it calls structural are numbers it holds", () => {
    const { numeric } = keysIn(kind.example);
    for (const k of kind.structural) expect([k, numeric.has(k)]).toEqual([k, true]);
  });
});

test("docs/scheme-format.md documents every kind in its step table, and no other", () => {
  const text = readFileSync(join(__dirname, "..", "..", "..", "docs", "scheme-format.md"), "utf8");
  const table = text.slice(text.indexOf("### Step kinds"), text.indexOf("###", text.indexOf("### Step kinds") + 5));
  const documented = [...table.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]);
  expect(documented.sort()).toEqual(Object.keys(STEP_KINDS).sort());
});
