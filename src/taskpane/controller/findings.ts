import type { BilingualText, EvaluationResult } from "../../engine";

/** A finding that belongs to a group, not to a row: a tie for a manual decision, a team not ranked, a customer not new. */
export interface GroupFinding {
  /** the level's title (月份, 人员·月 …) */
  level: BilingualText;
  /** the group's key, its parts joined: `2016-03`, `王丽 · 2016-01` */
  key: string;
  code: string;
  message: BilingualText;
  /** what the finding is about, when the engine names it (the tied teams `A / C`) */
  value?: string;
}

/** Findings listed in the pane; the count is always the full one (the summary sheet's 分组提示 column has them all). */
export const FINDINGS_SHOWN = 50;

/** Every group's reasons and warnings, level by level, as the engine gives them (the CLI's 分组提示 lines). */
export function groupFindings(result: EvaluationResult): GroupFinding[] {
  const out: GroupFinding[] = [];
  for (const level of result.levels) {
    const title = result.part.levels.find((l) => l.id === level)?.title ?? { "zh-CN": level, "en-US": level };
    for (const g of result.groups(level)) {
      const key = Object.values(g.key).join(" · ");
      for (const x of [...g.reasons, ...g.warnings]) out.push({ level: title, key, code: x.code, message: x.message, ...(x.value ? { value: x.value } : {}) });
    }
  }
  return out;
}
