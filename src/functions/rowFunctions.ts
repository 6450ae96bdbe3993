import {
  BilingualText,
  CellProblem,
  Dec,
  dec,
  FieldDef,
  findSlab,
  gradeOf,
  lookupPath,
  parseNumber,
  progressiveAmount,
  ProgressiveTier,
  readCell,
  Slab,
  Value,
  weightedScore,
  ENGINE_MESSAGES,
  progressiveTiers,
  tableForKey,
  TierProblem,
  tierTableProblems,
} from "./engineFacade";
import { at, Cell, columnOf, commonLength, isBlank, matrixOf } from "./args";
import { CallError, cellError, ExcelErrorLike } from "./excelError";
import { fieldOfExpr, presetStep } from "./presetSteps";

/** One result cell: a number, a text, "" for an empty input, or an error cell (cellError) for a bad one. */
export type Result = number | string | unknown;

function fill(template: BilingualText, vars: Record<string, string>): BilingualText {
  const f = (s: string) => s.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
  return { "zh-CN": f(template["zh-CN"]), "en-US": f(template["en-US"]) };
}

/** "Row 3: …" — the row within the range, so the user can find the cell. */
function rowError(i: number, text: BilingualText): ExcelErrorLike {
  return cellError({ "zh-CN": `第${i + 1}行：${text["zh-CN"]}`, "en-US": `Row ${i + 1}: ${text["en-US"]}` });
}

function problemText(p: CellProblem, field: { "zh-CN": string; "en-US": string }): BilingualText {
  const m = ENGINE_MESSAGES[p.code] ?? { "zh-CN": "无法读取 {value}", "en-US": "cannot read {value}" };
  return {
    "zh-CN": m["zh-CN"].replace("{field}", field["zh-CN"]).replace("{value}", p.detail.split("|")[0]).replace("{detail}", p.detail.split("|")[1] ?? ""),
    "en-US": m["en-US"].replace("{field}", field["en-US"]).replace("{value}", p.detail.split("|")[0]).replace("{detail}", p.detail.split("|")[1] ?? ""),
  };
}

/** A number from a cell the way the engine reads one (C4); blank → null. */
function numberAt(c: Cell, label: BilingualText): Dec | null | BilingualText {
  const p = parseNumber(c);
  if (p === null) return null;
  if (p instanceof CellProblem) return problemText(p, label);
  return p.value;
}

function text(v: Value): string {
  return v instanceof Dec ? v.toFixed() : v === null ? "" : String(v);
}

/** A cell read as a preset field reads it (aliases, full-width, trimming), as the key of a rule table. */
function keyOf(field: FieldDef | undefined, c: Cell): string | BilingualText {
  if (!field) return String(c ?? "").trim();
  const v = readCell(field, c);
  if (v instanceof CellProblem) return problemText(v, field.title);
  return text(v);
}

function num(d: Dec): number {
  return d.toNumber();
}

const MOBILE = new Set(["", "移动", "手机", "mobile", "移动业务"]);

/** KPI units per row: mobile from mobile-retention, broadband prepay and fibre migration from broadband-retention. */
export function kpiPoints(status: unknown, business?: unknown, scheme?: unknown): Result[] {
  const statuses = columnOf(status, "target_status");
  const businesses = columnOf(business, "business");
  const n = commonLength({ target_status: statuses, business: businesses });
  const out: Result[] = [];
  // a column holds a few distinct labels: read and look up each pair once (errors are per row, so not kept)
  const memo = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const s = at(statuses, i);
    const b = businesses.length ? at(businesses, i) : null;
    if (isBlank(s) && isBlank(b)) {
      out.push("");
      continue;
    }
    const memoKey = `${String(s)}\u0001${String(b)}`;
    const known = memo.get(memoKey);
    if (known !== undefined) {
      out.push(known);
      continue;
    }
    const mobile = MOBILE.has(String(b ?? "").trim().toLowerCase());
    const bound = mobile ? presetStep(typeof scheme === "string" && scheme ? scheme : "mobile-retention", "lookup", "units") : presetStep("broadband-retention", "lookup", "baseUnits");
    const fields = bound.step.input.map((e) => fieldOfExpr(bound.part, e));
    const raw: Cell[] = mobile ? [s] : [b, s];
    const keys: string[] = [];
    let error: BilingualText | null = null;
    raw.forEach((c, k) => {
      const key = keyOf(fields[k], c);
      if (typeof key === "string") keys.push(key);
      else error ??= key;
    });
    if (error) {
      out.push(rowError(i, error));
      continue;
    }
    const v = lookupPath(bound.step.table, keys);
    if (typeof v !== "number") {
      out.push(rowError(i, { "zh-CN": `「${keys.join(" / ")}」没有对应的效能`, "en-US": `no KPI units for "${keys.join(" / ")}"` }));
      continue;
    }
    memo.set(memoKey, v);
    out.push(v);
  }
  return out;
}

/** The tier table of a preset's progressive step for one role (`*` = every other role). */
function tiersFor(scheme: string, role: Cell): { tiers: ProgressiveTier[] } | BilingualText {
  const bound = presetStep(scheme, "progressive");
  const step = bound.step;
  if (step.tiers) return { tiers: progressiveTiers(step.tiers) };
  const field = step.tiersBy ? fieldOfExpr(bound.part, step.tiersBy.input) : undefined;
  const key = keyOf(field, role);
  if (typeof key !== "string") return key;
  // the engine excludes a role outside the scheme's list; a cell cannot carry "excluded", so it says why instead of 0
  const roles = field?.values?.map((v) => v.value);
  if (roles && roles.length && !roles.includes(key)) {
    return { "zh-CN": `岗位「${key}」不在方案 ${scheme} 的范围内（${roles.join("、")}），不计奖励`, "en-US": `role "${key}" is not in scheme ${scheme} (${roles.join(", ")}): no bonus` };
  }
  const table = tableForKey(new Map(Object.entries(step.tiersBy?.tables ?? {})), key);
  if (!table) return { "zh-CN": `岗位「${key}」没有奖励档位`, "en-US": `no tiers for role "${key}"` };
  return { tiers: progressiveTiers(table) };
}

const HOUSEHOLDS = { "zh-CN": "户数", "en-US": "households" };

/** Stepped per-household bonus (P5) with the tiers of a preset (default mobile-retention). */
export function referralBonus(households: unknown, role: unknown, scheme?: unknown): Result[] {
  const counts = columnOf(households, "households");
  const roles = columnOf(role, "role");
  const n = commonLength({ households: counts, role: roles });
  const schemeId = typeof scheme === "string" && scheme.trim() ? scheme.trim() : "mobile-retention";
  // results repeat heavily (a few roles × small counts): compute each pair once
  const memo = new Map<string, Result>();
  const out: Result[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const c = at(counts, i);
    const r = at(roles, i);
    if (isBlank(c)) {
      out[i] = "";
      continue;
    }
    const key = `${String(c)}\u0001${String(r)}`;
    const hit = memo.get(key);
    if (hit !== undefined && typeof hit === "number") {
      out[i] = hit;
      continue;
    }
    const count = numberAt(c, HOUSEHOLDS);
    if (count === null || !(count instanceof Dec)) {
      out[i] = rowError(i, count ?? { "zh-CN": "户数为空", "en-US": "households is blank" });
      continue;
    }
    if (count.lt(0) || !count.isInteger()) {
      out[i] = rowError(i, { "zh-CN": `户数应为非负整数：${c}`, "en-US": `households must be a whole number ≥ 0: ${c}` });
      continue;
    }
    const t = tiersFor(schemeId, r);
    if (!("tiers" in t)) {
      out[i] = rowError(i, t);
      continue;
    }
    const v = num(progressiveAmount(count.toNumber(), t.tiers).amount);
    memo.set(key, v);
    out[i] = v;
  }
  return out;
}

/** The engine's tier problems (tierTableProblems) said of a table in the sheet, by its row. */
const TIER_PROBLEM_TEXT: Record<TierProblem["code"], (tier: number) => BilingualText> = {
  TIER_OPEN_BEFORE_END: (k) => ({ "zh-CN": `只有最后一档可以不填上限（第${k + 1}行）`, "en-US": `only the last tier may leave "up to" blank (row ${k + 1})` }),
  TIER_TOP_CLOSED: (k) => ({ "zh-CN": `最后一档（第${k + 1}行）不能填上限：超出部分须有单价`, "en-US": `the last tier (row ${k + 1}) must leave "up to" blank: units beyond it need a rate` }),
  TIERS_NOT_INCREASING: (k) => ({ "zh-CN": `第${k + 1}档上限应大于第${k}档`, "en-US": `tier ${k + 1}'s "up to" must be greater than tier ${k}'s` }),
};

/** A tier table typed in the sheet: two columns, (up to, rate) for step tiers or (from, amount) for straight ones. */
function sheetTiers(tiers: unknown, mode: "step" | "straight"): { step?: ProgressiveTier[]; straight?: Slab<Dec>[] } {
  const rows = matrixOf(tiers).filter((r) => !(isBlank(r[0]) && isBlank(r[1])));
  if (!rows.length) throw new CallError({ "zh-CN": "档位表为空", "en-US": "The tier table is empty" });
  if (rows.some((r) => r.length < 2)) throw new CallError({ "zh-CN": "档位表应为两列", "en-US": "The tier table needs two columns" });
  const label = { "zh-CN": "档位表", "en-US": "tier table" };
  const read = (c: Cell, k: number): Dec | null => {
    const v = numberAt(c, label);
    if (v !== null && !(v instanceof Dec)) throw new CallError(fill({ "zh-CN": "档位表第{k}行：{m}", "en-US": "tier table row {k}: {e}" }, { k: String(k + 1), m: v["zh-CN"], e: v["en-US"] }));
    return v;
  };
  if (mode === "step") {
    const step: ProgressiveTier[] = rows.map((r, k) => {
      const upTo = read(r[0], k);
      const rate = read(r[1], k);
      if (rate === null) throw new CallError({ "zh-CN": `档位表第${k + 1}行缺少单价`, "en-US": `tier table row ${k + 1} has no rate` });
      return { upTo: upTo === null ? undefined : upTo.toNumber(), rate };
    });
    const problem = tierTableProblems(step)[0];
    if (problem) throw new CallError(TIER_PROBLEM_TEXT[problem.code](problem.tier));
    return { step };
  }
  const bands = rows.map((r, k) => ({ from: read(r[0], k) ?? new Dec(-Infinity), amount: read(r[1], k) ?? new Dec(0) }));
  bands.sort((a, b) => a.from.cmp(b.from));
  const straight: Slab<Dec>[] = bands.map((b, k) => ({
    from: b.from.isFinite() ? b.from : undefined,
    fromInclusive: true,
    to: bands[k + 1]?.from,
    toInclusive: false,
    value: b.amount,
  }));
  return { straight };
}

/** Step (marginal) or straight (whole-amount) tiers from a table in the sheet. */
export function tiered(value: unknown, tiers: unknown, mode?: unknown): Result[] {
  const m = String(mode ?? "step").trim().toLowerCase();
  const kind = m === "" || m === "step" || m === "progressive" || m === "累进" ? "step" : m === "straight" || m === "slab" || m === "全额" ? "straight" : null;
  if (!kind) throw new CallError({ "zh-CN": `mode 应为 "step"（累进）或 "straight"（全额），不能是 "${m}"`, "en-US": `mode must be "step" or "straight", not "${m}"` });
  const table = sheetTiers(tiers, kind);
  const label = { "zh-CN": "数值", "en-US": "value" };
  return columnOf(value, "value").map((c, i) => {
    if (isBlank(c)) return "";
    const v = numberAt(c, label);
    if (!(v instanceof Dec)) return rowError(i, v as BilingualText);
    if (table.step) {
      if (!v.isInteger() || v.isNegative()) return rowError(i, { "zh-CN": `累进档位的数量应为非负整数：${c}`, "en-US": `step tiers count whole units ≥ 0: ${c}` });
      return num(progressiveAmount(v.toNumber(), table.step).amount);
    }
    const band = findSlab(v, table.straight ?? []);
    return band ? num(band.value) : rowError(i, { "zh-CN": `${c} 低于最低档`, "en-US": `${c} is below the lowest tier` });
  });
}

/** Σ weight × score per row, exact (C7). */
export function weightedScoreRows(scores: unknown, weights: unknown): Result[] {
  const rows = matrixOf(scores);
  const w = matrixOf(weights).flat();
  const label = { "zh-CN": "权重", "en-US": "weight" };
  const ws = w.map((c) => numberAt(c, label));
  if (ws.some((x) => !(x instanceof Dec))) throw new CallError({ "zh-CN": "权重应全部为数字", "en-US": "Every weight must be a number" });
  return rows.map((r, i) => {
    if (r.every(isBlank)) return "";
    if (r.length !== ws.length) return rowError(i, { "zh-CN": `有 ${r.length} 项得分，但有 ${ws.length} 个权重`, "en-US": `${r.length} scores but ${ws.length} weights` });
    const values: Dec[] = [];
    for (let k = 0; k < r.length; k++) {
      const v = numberAt(r[k], { "zh-CN": `第${k + 1}项得分`, "en-US": `score ${k + 1}` });
      if (!(v instanceof Dec)) return rowError(i, v ?? { "zh-CN": `第${k + 1}项得分为空`, "en-US": `score ${k + 1} is blank` });
      values.push(v);
    }
    return num(weightedScore(values, ws as Dec[]));
  });
}

/** Grade by bands: the preset's 优/良/中/差 (repair-dept-grade) or a (label, lower bound) table in the sheet. */
export function gradeRows(score: unknown, bands?: unknown): Result[] {
  let table: { label: string; min: Dec; inclusive: boolean }[];
  let below = "";
  const custom = matrixOf(bands).filter((r) => !r.every(isBlank));
  if (custom.length) {
    table = [];
    for (const r of custom) {
      const min = numberAt(r[1] ?? null, { "zh-CN": "下限", "en-US": "lower bound" });
      if (min === null) below = String(r[0]);
      else if (min instanceof Dec) table.push({ label: String(r[0]), min, inclusive: true });
      else throw new CallError(min);
    }
    table.sort((a, b) => b.min.cmp(a.min));
  } else {
    const step = presetStep("repair-dept-grade", "grade").step;
    table = step.bands.map((b) => ({ label: b.label, min: dec(b.min), inclusive: b.inclusive }));
    below = step.below;
  }
  const label = { "zh-CN": "得分", "en-US": "score" };
  return columnOf(score, "score").map((c, i) => {
    if (isBlank(c)) return "";
    const v = numberAt(c, label);
    if (!(v instanceof Dec)) return rowError(i, v as BilingualText);
    const g = gradeOf(v, table, below);
    return g === "" ? rowError(i, { "zh-CN": `${c} 低于所有等级`, "en-US": `${c} is below every band` }) : g;
  });
}

/** Bonus by grade and role, from a preset's grade × role table (default repair-dept-grade). */
export function gradeBonusRows(grade: unknown, role: unknown, scheme?: unknown): Result[] {
  const grades = columnOf(grade, "grade");
  const roles = columnOf(role, "role");
  const n = commonLength({ grade: grades, role: roles });
  const bound = presetStep(typeof scheme === "string" && scheme.trim() ? scheme.trim() : "repair-dept-grade", "lookup", "bonus");
  const fields = bound.step.input.map((e) => fieldOfExpr(bound.part, e));
  const out: Result[] = [];
  for (let i = 0; i < n; i++) {
    const g = at(grades, i);
    const r = at(roles, i);
    if (isBlank(g)) {
      out.push("");
      continue;
    }
    const keys = [keyOf(fields[0], g), keyOf(fields[1], r)];
    const bad = keys.find((k) => typeof k !== "string");
    if (bad) {
      out.push(rowError(i, bad as BilingualText));
      continue;
    }
    const v = lookupPath(bound.step.table, keys as string[]);
    out.push(typeof v === "number" ? v : rowError(i, { "zh-CN": `「${keys.join(" / ")}」没有对应金额`, "en-US": `no amount for "${keys.join(" / ")}"` }));
  }
  return out;
}
