import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { describeScheme } from "../../../src/engine";
import { getPreset } from "../../../src/schemes";

// The description generated from each preset against the one written by hand from the source (docs/presets/<id>.md,
// `## Description`, its ```facts block): the facts must agree — every number, role, category and code the hand
// wrote is stated by the generated description, and every exclusion the scheme applies is in the hand-written one.
// 0 and 1 are left out on both sides (the language of conditions, not of amounts).
const DIR = join(__dirname, "..", "..", "..", "docs", "presets");

interface HandFacts {
  numbers: Set<string>;
  terms: Set<string>;
  codes: Set<string>;
}

function handFacts(page: string): HandFacts | null {
  const m = /```facts\n([\s\S]*?)```/.exec(page);
  if (!m) return null;
  const out: HandFacts = { numbers: new Set(), terms: new Set(), codes: new Set() };
  for (const line of m[1].split("\n")) {
    const f = /^(number|role|category|code):\s*(.+?)\s*$/.exec(line);
    if (!f) continue;
    const [, kind, value] = f;
    if (kind === "number") {
      const n = value.endsWith("%") ? Number(value.slice(0, -1)) / 100 : value.endsWith("‰") ? Number(value.slice(0, -1)) / 1000 : Number(value);
      if (n !== 0 && n !== 1) out.numbers.add(String(Number(n.toFixed(10))));
    } else if (kind === "code") out.codes.add(value);
    else out.terms.add(value);
  }
  return out;
}

const pages = readdirSync(DIR).filter((f) => f.endsWith(".md") && f !== "README.md");

test("every preset page has a hand-written description with facts", () => {
  const without = pages.filter((f) => !handFacts(readFileSync(join(DIR, f), "utf8")));
  expect(without).toEqual([]);
});

describe.each(pages.filter((f) => handFacts(readFileSync(join(DIR, f), "utf8"))))("%s", (file) => {
  const id = file.replace(/\.md$/, "");
  const hand = handFacts(readFileSync(join(DIR, file), "utf8"))!;
  const described = describeScheme(getPreset(id)!);
  const gen = described.facts;
  const text = [...described.lines["zh-CN"], ...described.lines["en-US"]].join("\n");
  const missing = (want: Set<string>, have: Set<string>) => [...want].filter((x) => !have.has(x)).sort();
  // a number stated inside a rule's own words (不足10户) is stated too, as is its percent form (60 → 60%)
  const inText = (n: string) => new RegExp(`(^|[^0-9.])${n.replace(".", "\\.")}(?![0-9])`).test(text) || (Number(n) < 1 && text.includes(`${Number((Number(n) * 100).toFixed(8))}%`));
  test("every number the hand wrote is stated by the generated description", () => {
    expect([...hand.numbers].filter((n) => !gen.numbers.has(n) && !inText(n)).sort()).toEqual([]);
  });
  test("every role and category the hand wrote is named by the generated description", () => {
    expect([...hand.terms].filter((t) => !gen.terms.has(t) && !text.includes(t)).sort()).toEqual([]);
  });
  test("every code the hand wrote is one the scheme raises", () => {
    expect(missing(hand.codes, gen.codes)).toEqual([]);
  });
  test("every exclusion the scheme applies is in the hand-written description", () => {
    expect(missing(gen.exclusions, hand.codes)).toEqual([]);
  });
});
