// A statement's total: the first money output of its sections, summed exactly, with what is still pending.
import { Dec } from "../../money/decimal";
import { moneyFormat } from "../../money/moneyFormat";
import { moneyText } from "../../money/moneyText";
import { StatementSection, StatementTotal } from "./model";
import { StatementRun } from "./run";

/** The total and its exact sum (the grand total adds the sums, not the rounded numbers); null without money. */
export function statementTotal(run: StatementRun, sections: StatementSection[]): { total: StatementTotal; sum: Dec } | null {
  const k = run.firstMoney;
  if (k < 0) return null;
  const d = run.defs[k];
  const scale = run.result.scheme.rounding.scale;
  let sum = new Dec(0);
  const pending: string[] = [];
  for (const s of sections) {
    const v = s.outputs[k].value;
    if (typeof v === "number") sum = sum.plus(new Dec(String(v)));
    const p = s.outputs[k].pending;
    if (p && !pending.includes(p)) pending.push(p);
  }
  const total: StatementTotal = { name: d.name, title: d.title[run.lang], value: sum.toNumber(), text: moneyText(sum, scale), numberFormat: moneyFormat(scale), pending };
  return { total, sum };
}
