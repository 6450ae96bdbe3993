import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Lang } from "../../engine";
import type { Staleness } from "../controller/freshness";
import { t } from "../i18n";
import { useStyles } from "./styles";
import { useScrollIntoView } from "./useScrollIntoView";

/** What changed, in words: the data (of which sheet), the rules, or both. */
export function staleWhat(stale: Staleness, lang: Lang): string {
  const sheet = stale.outputs[0]?.stamp.sheet ?? "";
  return t(lang, stale.data && stale.rules ? "staleBoth" : stale.data ? "staleData" : "staleRules", { sheet });
}

/** The outputs to compute again, each with the time it was computed when the stamp has one. */
export function staleOutputs(stale: Staleness, lang: Lang): string {
  return stale.outputs.map((o) => t(lang, o.kind === "fill" ? "staleFill" : "staleStatements") + (o.stamp.at ? t(lang, "staleAt", { at: o.stamp.at }) : "")).join(lang === "zh-CN" ? "；" : "; ");
}

/**
 * Results in the workbook computed from other data or rules than the pane holds now: one warning, naming what
 * changed and which outputs, with one button that computes them all again. Scrolled into view when it appears.
 */
export function StaleBar({ lang, stale, busy, onRefresh }: { lang: Lang; stale: Staleness; busy: boolean; onRefresh: () => void }) {
  const s = useStyles();
  const ref = useScrollIntoView<HTMLDivElement>(stale);
  return (
    <div ref={ref}>
      <MessageBar intent="warning" layout="multiline" data-testid="stale">
        <MessageBarBody>
          <MessageBarTitle data-testid="stale-title">{t(lang, "staleTitle")}</MessageBarTitle>
          <div data-testid="stale-what">{staleWhat(stale, lang)}</div>
          <div className={s.details} data-testid="stale-outputs">
            {t(lang, "staleOutputs", { outputs: staleOutputs(stale, lang) })}
          </div>
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" appearance="primary" onClick={onRefresh} disabled={busy}>
            {t(lang, "refreshAll")}
          </Button>
        </MessageBarActions>
      </MessageBar>
    </div>
  );
}
