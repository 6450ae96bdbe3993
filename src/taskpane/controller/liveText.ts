import { t } from "../i18n";
import { headlineFigures } from "./resultView";
import type { PaneState } from "./session";

/**
 * What the pane's aria-live region says when an action ends: its error, else the fill's headline, else the
 * validation's counts, and that results need computing again when they do. Screen-reader users hear the outcome
 * without looking for it.
 */
export function liveText(st: PaneState): string {
  const { lang } = st;
  if (st.error) return st.error.text[lang];
  if (st.busy) return "";
  if (st.invalidPrompt) return t(lang, "invalidAsk", { count: st.invalidPrompt.invalid });
  const outcome = actionText(st);
  // results in the workbook that need computing again are said with whatever the action ended with
  return st.stale ? [outcome, `${t(lang, "staleTitle")}${lang === "zh-CN" ? "。" : "."}`].filter(Boolean).join(" ") : outcome;
}

function actionText(st: PaneState): string {
  const { lang } = st;
  if (st.summary) {
    const figures = headlineFigures(st.summary, lang).map((f) => t(lang, "liveHeadline", { label: f.label, value: f.value }));
    const incomplete = st.summary.invalid > 0 ? ` ${t(lang, "incomplete", { count: st.summary.invalid })}` : "";
    return t(lang, "liveFilled", { headline: figures.join(lang === "zh-CN" ? "，" : ", ") }) + incomplete;
  }
  if (st.validation) return t(lang, "counts", { rows: st.validation.rows, ...st.validation.counts });
  return "";
}
