import { EvaluationResult } from "../evaluate/result";
import { Lang } from "../i18n/messages";
import { Dec } from "../money/decimal";

export interface GroupComparison {
  level: string;
  keyTitles: string[];
  output: { name: string; title: string };
  rows: { key: string[]; before: number | null; after: number | null; delta: number | null }[];
  totalBefore: number;
  totalAfter: number;
}

/**
 * Each group's money total before and after a change (the summary level and its first money output, as the summary
 * sheet shows them), matched by key; a group present on one side only has null on the other. Exact decimals.
 */
export function compareGroups(before: EvaluationResult, after: EvaluationResult, lang: Lang): GroupComparison | null {
  const part = before.part;
  const level = part.levels.find((l) => (part.outputs[l.id] ?? []).some((o) => o.type === "money"));
  if (!level) return null;
  const output = (part.outputs[level.id] ?? []).find((o) => o.type === "money")!;
  const money = (v: unknown) => (typeof v === "number" ? v : null);
  const keyOf = (k: Record<string, string>) => Object.values(k);
  const rows = new Map<string, { key: string[]; before: number | null; after: number | null }>();
  for (const g of before.groups(level.id)) rows.set(JSON.stringify(keyOf(g.key)), { key: keyOf(g.key), before: money(g.outputs[output.name].value), after: null });
  for (const g of after.groups(level.id)) {
    const k = JSON.stringify(keyOf(g.key));
    const row = rows.get(k) ?? { key: keyOf(g.key), before: null, after: null };
    row.after = money(g.outputs[output.name].value);
    rows.set(k, row);
  }
  let tb = new Dec(0);
  let ta = new Dec(0);
  const out = [...rows.values()].map((r) => {
    if (r.before !== null) tb = tb.plus(new Dec(String(r.before)));
    if (r.after !== null) ta = ta.plus(new Dec(String(r.after)));
    const delta = r.before !== null && r.after !== null ? new Dec(String(r.after)).minus(new Dec(String(r.before))).toNumber() : null;
    return { ...r, delta };
  });
  const afterLevel = after.part.levels.find((l) => l.id === level.id) ?? level;
  return {
    level: level.id,
    keyTitles: afterLevel.keys.map((k) => k.title[lang]),
    output: { name: output.name, title: output.title[lang] },
    rows: out,
    totalBefore: tb.toNumber(),
    totalAfter: ta.toNumber(),
  };
}
