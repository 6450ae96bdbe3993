// The run's headline — who is paid, who is fined, or who has a score — counted in people, for every face alike.
import { EvaluationResult } from "../evaluate/result";
import { InputTable } from "../evaluate/table";
import { BilingualText } from "../scheme/schema";
import { Dec } from "../money/decimal";
import { moneyText } from "../money/moneyText";
import { payOutputOf } from "./payOutput";
import { LevelDef, OutputDef, PartDef } from "../scheme/schema";
import { FillPlan } from "./fillPlan";

/** Money outputs that are fines by the presets' naming (乐捐 fine, penalty): a positive amount is taken, not paid. */
const FINE_NAME = /fine|penalt/i;
/** Outputs that can stand for a scheme without money, in the order they are preferred. */
const SCORE_TYPES: OutputDef["type"][] = ["score", "points"];

export interface Headline {
  /** people: distinct persons of the scheme's person key; groups: the summary level's groups (no person is named) */
  unit: "people" | "groups";
  /** the summary level's title when `unit` is groups (班组·月 …) */
  unitTitle: BilingualText | null;
  /** the scheme pays money: people with a positive total, and the total of the summary level's first money output */
  money: { paid: number; total: number; totalText: string } | null;
  /** fines or negative totals: how many people, and the sum (a positive fine amount, or the negative totals' sum) */
  fines: { fined: number; total: number; totalText: string } | null;
  /** a scheme without money: its own headline output, and how many people have a value of it */
  score: { title: BilingualText; people: number } | null;
}

type Amounts = Map<string, { pay: Dec; fine: Dec; scored: boolean }>;

function levelOf(part: PartDef, plan: FillPlan): LevelDef | undefined {
  return plan.summary ? part.levels.find((l) => l.id === plan.summary!.level) : undefined;
}

/** The level key naming a person: the one the presets build from the staff id (`coalesce(staffId, name)`). */
function personKey(level: LevelDef | undefined): string | null {
  return level?.keys.find((k) => /\bstaffId\b/.test(k.expr))?.name ?? null;
}

function num(v: unknown): Dec | null {
  return typeof v === "number" && Number.isFinite(v) ? new Dec(String(v)) : null;
}

function add(amounts: Amounts, who: string, pay: Dec | null, fine: Dec | null, scored: boolean): void {
  const a = amounts.get(who) ?? { pay: new Dec(0), fine: new Dec(0), scored: false };
  if (pay) a.pay = a.pay.plus(pay);
  if (fine) a.fine = a.fine.plus(fine);
  a.scored ||= scored;
  amounts.set(who, a);
}

/** Per person from the summary level's groups (mobile-retention: person × month → person). */
function byGroups(result: EvaluationResult, level: LevelDef, key: string, pay: OutputDef | null, fine: OutputDef | null, score: OutputDef | null): Amounts {
  const amounts: Amounts = new Map();
  for (const g of result.groups(level.id)) {
    add(amounts, g.key[key], pay ? num(g.outputs[pay.name].value) : null, fine ? num(g.outputs[fine.name].value) : null, !!score && num(g.outputs[score.name].value) !== null);
  }
  return amounts;
}

/**
 * Per person from the rows, when the summary level is not a person's (repair-dept-grade sums by team and month):
 * a row's person is its staff id, else its name — the first required text field, as the presets' staff id says.
 */
function byRows(result: EvaluationResult, table: InputTable, pay: OutputDef | null, fine: OutputDef | null): Amounts | null {
  const part = result.part;
  const nameField = part.fields.find((f) => f.type === "text" && f.required && f.key !== "staffId");
  if (!part.fields.some((f) => f.key === "staffId") || !nameField) return null;
  const idCol = result.mapping.index.get("staffId");
  const nameCol = result.mapping.index.get(nameField.key);
  if (nameCol === undefined) return null;
  const amounts: Amounts = new Map();
  for (let i = 0; i < result.rowCount; i++) {
    const cells = table.rows[i] ?? [];
    const id = idCol === undefined ? "" : String(cells[idCol] ?? "").trim();
    const who = id || String(cells[nameCol] ?? "").trim();
    if (!who) continue;
    const row = result.row(i);
    add(amounts, who, pay ? num(row.outputs[pay.name]?.value) : null, fine ? num(row.outputs[fine.name]?.value) : null, false);
  }
  return amounts;
}

function rowTwin(part: PartDef, level: OutputDef | null): OutputDef | null {
  if (!level) return null;
  const rows = (part.outputs.row ?? []).filter((d) => d.type === "money");
  return rows.find((d) => FINE_NAME.test(d.name) === FINE_NAME.test(level.name)) ?? null;
}

/**
 * The headline of one run: people paid = distinct people of the scheme's person key with a positive money total
 * (not person-months, not teams); beside it the people fined and the sum of fines, where a scheme has fines or
 * negative totals; a scheme without money counts the people with a value of its own headline output (a score).
 * Without any person key the summary level's groups are counted, and `unit` says so.
 */
export function headline(result: EvaluationResult, table: InputTable, plan: FillPlan): Headline {
  const part = result.part;
  const scale = result.scheme.rounding.scale;
  const level = levelOf(part, plan);
  const defs = level ? (part.outputs[level.id] ?? []) : [];
  const moneyDefs = defs.filter((d) => d.type === "money");
  // the output the groups are paid (flagged `total`, or the only money output): never a tranche or a turnover
  const first = level ? payOutputOf(part, level.id) : null;
  const finesOnly = !!first && FINE_NAME.test(first.name);
  const pay = first && !finesOnly ? first : null;
  const fine = finesOnly ? first : (moneyDefs.find((d) => d !== first && FINE_NAME.test(d.name)) ?? null);
  const score = moneyDefs.length ? null : (SCORE_TYPES.map((t) => [...defs].reverse().find((d) => d.type === t)).find((d) => d) ?? null);
  const key = personKey(level);
  let amounts: Amounts | null = null;
  if (level && key) amounts = byGroups(result, level, key, pay, fine, score);
  else if (!score) amounts = byRows(result, table, rowTwin(part, pay), rowTwin(part, fine));
  const unit = amounts ? "people" : "groups";
  if (!amounts) {
    // no person is named: each group of the summary level counts as one
    amounts = new Map();
    if (level) byGroupIndex(result, level, pay, fine, score, amounts);
  }
  let paid = 0;
  let fined = 0;
  let fineSum = new Dec(0);
  let scored = 0;
  for (const a of amounts.values()) {
    if (a.pay.gt(0)) paid++;
    if (fine ? a.fine.gt(0) : a.pay.lt(0)) {
      fined++;
      fineSum = fineSum.plus(fine ? a.fine : a.pay);
    }
    if (a.scored) scored++;
  }
  const total = plan.stats.total;
  return {
    unit,
    unitTitle: unit === "groups" && level ? level.title : null,
    money: pay ? { paid, total, totalText: moneyText(total, scale) } : null,
    // a scheme with a fine output always states its fines; negative totals only when there are some
    fines: fine || fined > 0 ? { fined, total: fineSum.toNumber(), totalText: moneyText(fineSum, scale) } : null,
    score: score ? { title: score.title, people: scored } : null,
  };
}

function byGroupIndex(result: EvaluationResult, level: LevelDef, pay: OutputDef | null, fine: OutputDef | null, score: OutputDef | null, amounts: Amounts): void {
  result.groups(level.id).forEach((g, i) => {
    add(amounts, String(i), pay ? num(g.outputs[pay.name].value) : null, fine ? num(g.outputs[fine.name].value) : null, !!score && num(g.outputs[score.name].value) !== null);
  });
}
