import { Dec, dec, ZERO } from "../../money/decimal";
import { cutWithTies, rankEntries, RankEntry } from "../../primitives/rankAwards";
import { StepDef } from "../../scheme/schema";
import { truthy } from "../../expr/operators";
import { Pending, Value, valueText } from "../../values/value";
import { RunState } from "../../evaluate/runState";
import { withUnit } from "../../evaluate/format";

type RankDef = Extract<StepDef, { kind: "rank" }>;

function asPending(v: Value): Pending | undefined {
  return v instanceof Pending ? v : undefined;
}

/**
 * P13: ranks the ok entities of a scope (within each partition) and pays by position or by set membership.
 * A forfeited position pays 0, keeps its place and carries a note; nothing is passed on.
 */
export function runRank(step: RankDef, state: RunState): void {
  const scope = state.scope(step.scope);
  const keys = step.by.map((b) => state.compile(b.expr, step.scope));
  const directions = step.by.map((b) => b.direction);
  const within = step.within ? state.compile(step.within, step.scope) : null;
  const where = step.where ? state.compile(step.where, step.scope) : null;
  const forfeit = step.forfeit ? state.compile(step.forfeit.when, step.scope) : null;
  const col = state.define(step.name, step.scope);
  const rankCol = state.define(`${step.name}Rank`, step.scope);
  const partitions = new Map<string, RankEntry[]>();
  for (let e = 0; e < scope.size; e++) {
    if (!scope.computable(e)) continue;
    col[e] = ZERO;
    if (!scope.isOk(e) || (where && !truthy(where(e)))) continue;
    const values = keys.map((k) => k(e));
    // an entity whose place is not known yet (a pending key) is not ranked: its award waits with it
    const waiting = values.find((v): v is Pending => v instanceof Pending) ?? (within ? asPending(within(e)) : undefined);
    if (waiting) {
      col[e] = waiting;
      rankCol[e] = waiting;
      continue;
    }
    const p = within ? valueText(within(e)) : "";
    const list = partitions.get(p) ?? [];
    list.push({ id: e, keys: values });
    partitions.set(p, list);
  }
  const award = step.award;
  for (const entries of partitions.values()) {
    const ranked = rankEntries(entries, directions);
    for (const r of ranked) rankCol[r.id] = new Dec(step.ties === "shareRank" ? r.rank : r.position);
    if ("positions" in award) {
      const amounts = award.positions.map((a) => dec(a));
      for (const r of ranked) {
        const place = step.ties === "shareRank" ? r.rank : r.position;
        if (place > amounts.length) continue;
        if (r.tied && step.tieWarning) scope.warn(r.id, { code: step.tieWarning });
        if (forfeit && truthy(forfeit(r.id))) {
          scope.note(r.id, { code: step.forfeit!.note });
          continue;
        }
        col[r.id] = amounts[place - 1];
      }
    } else {
      const n = "top" in award ? award.top : award.bottom;
      const set = cutWithTies(ranked, n);
      const amount = dec(award.amount);
      for (const id of set) col[id] = amount;
      if (set.size > n && step.tieWarning) {
        // only those tied at the cut share a place the award cannot split
        const cutRank = Math.max(...ranked.filter((r) => set.has(r.id)).map((r) => r.rank));
        for (const r of ranked) if (set.has(r.id) && r.rank === cutRank && r.tied) scope.warn(r.id, { code: step.tieWarning });
      }
    }
  }
  scope.explainers.set(step.name, (e, lang) => {
    const r = rankCol[e];
    if (!(r instanceof Dec)) return null;
    const place = lang === "zh-CN" ? `第${r.toFixed()}名` : `place ${r.toFixed()}`;
    return `${place} → ${withUnit(col[e], step.unit, lang)}`;
  });
}
