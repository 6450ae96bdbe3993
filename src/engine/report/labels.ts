import { Lang } from "../i18n/messages";
import { StatusName } from "../evaluate/status";

/** Prefix that marks a column, sheet or header as Jili's own: only such cells are ever rewritten. */
export const OWNED_PREFIX = "Jili·";

export const STATUS_LABEL: Record<Lang, Record<StatusName, string>> = {
  "zh-CN": { ok: "正常", excluded: "排除", invalid: "无效", pending: "待定" },
  "en-US": { ok: "ok", excluded: "excluded", invalid: "invalid", pending: "pending" },
};

export const LABELS: Record<Lang, Record<string, string>> = {
  "zh-CN": {
    status: "状态",
    explanation: "计算说明",
    summarySheet: "Jili汇总",
    rows: "行数",
    ok: "计奖行",
    excluded: "排除行",
    invalid: "无效行",
    pending: "待定行",
    complete: "是否完整",
    yes: "是",
    no: "否",
    total: "合计",
    pendingItems: "待定项",
    findings: "分组提示",
    chartTitle: "奖励合计",
  },
  "en-US": {
    status: "Status",
    explanation: "Explanation",
    summarySheet: "Jili Summary",
    rows: "Rows",
    ok: "Counted",
    excluded: "Excluded",
    invalid: "Invalid",
    pending: "Pending",
    complete: "Complete",
    yes: "yes",
    no: "no",
    total: "Total",
    pendingItems: "Pending items",
    findings: "Group findings",
    chartTitle: "Reward totals",
  },
};

export function isOwnedHeader(text: unknown): boolean {
  return typeof text === "string" && text.startsWith(OWNED_PREFIX);
}
