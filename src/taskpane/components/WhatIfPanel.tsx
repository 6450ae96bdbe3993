import { Button, Field, Input, makeStyles, mergeClasses, MessageBar, MessageBarBody, Select, tokens } from "@fluentui/react-components";
import { useMemo, useSyncExternalStore } from "react";
import type { Lang } from "../../engine";
import type { PaneSession } from "../controller/session";
import { whatIfFor } from "../controller/whatIf";
import { t } from "../i18n";
import { ErrorBar } from "./ErrorBar";
import { useStyles } from "./styles";

const useTableStyles = makeStyles({
  scroll: { maxHeight: "320px", overflowY: "auto", border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, fontVariantNumeric: "tabular-nums" },
  th: {
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: "right",
    padding: "4px 6px",
    whiteSpace: "nowrap",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  td: { textAlign: "right", padding: "3px 6px", whiteSpace: "nowrap", borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  key: { textAlign: "left", whiteSpace: "normal" },
  changed: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  same: { color: tokens.colorNeutralForeground3 },
  up: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  down: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  // the totals stay in sight while the people scroll
  total: { fontWeight: tokens.fontWeightSemibold, position: "sticky", bottom: 0, borderTop: `2px solid ${tokens.colorNeutralStroke1}`, backgroundColor: tokens.colorNeutralBackground2 },
  value: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", gap: "8px", alignItems: "end" },
});

/** What-if: change one number of the scheme, compare each person's total before and after, then apply or discard. */
export function WhatIfPanel({ lang, session, busy }: { lang: Lang; session: PaneSession; busy: boolean }) {
  const s = useStyles();
  const ts = useTableStyles();
  const whatIf = useMemo(() => whatIfFor(session), [session]);
  const st = useSyncExternalStore(whatIf.subscribe, whatIf.getState);
  const options = whatIf.options();
  const view = st.view;
  // the dropdown cuts long labels at the pane's width: the chosen one is spelled out under it
  const chosen = options.find((o) => o.id === st.tunableId);
  const tone = (delta: string) => (delta.startsWith("+") ? ts.up : delta.startsWith("-") ? ts.down : undefined);
  return (
    <section className={s.section} aria-label={t(lang, "whatIfTitle")}>
      <strong>{t(lang, "whatIfTitle")}</strong>
      <span className={s.muted}>{t(lang, "whatIfHint")}</span>
      <Field label={t(lang, "whatIfNumber")} hint={chosen ? t(lang, "whatIfCurrent", { label: chosen.label, value: chosen.value }) : undefined}>
        <Select className={s.fill} value={st.tunableId ?? ""} onChange={(_, d) => whatIf.choose(d.value || null)}>
          <option value="">{t(lang, "schemePlaceholder")}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {`${o.label} = ${o.value}`}
            </option>
          ))}
        </Select>
      </Field>
      <div className={ts.value}>
        <Field label={t(lang, "whatIfValue")}>
          <Input value={st.valueText} inputMode="decimal" disabled={!st.tunableId} onChange={(_, d) => whatIf.setValue(d.value)} onKeyDown={(e) => e.key === "Enter" && void whatIf.compare()} />
        </Field>
        <Button appearance="primary" onClick={() => void whatIf.compare()} disabled={!st.tunableId || st.busy || busy}>
          {t(lang, "whatIfCompare")}
        </Button>
      </div>
      {view && (
        <>
          <span data-testid="whatif-change">{t(lang, "whatIfChange", { from: view.from, to: view.to })}</span>
          <div className={ts.scroll}>
            <table className={ts.table} data-testid="whatif-table">
              <thead>
                <tr>
                  <th className={mergeClasses(ts.th, ts.key)}>{view.keyTitle}</th>
                  <th className={ts.th}>{t(lang, "whatIfBefore")}</th>
                  <th className={ts.th}>{t(lang, "whatIfAfter")}</th>
                  <th className={ts.th}>{t(lang, "whatIfDelta")}</th>
                </tr>
              </thead>
              <tbody>
                {view.rows.map((r) => (
                  <tr key={r.key} className={r.changed ? ts.changed : undefined} data-testid="whatif-row">
                    <td className={mergeClasses(ts.td, ts.key)}>{r.key}</td>
                    <td className={ts.td}>{r.before}</td>
                    <td className={ts.td}>{r.after}</td>
                    <td className={mergeClasses(ts.td, r.changed ? tone(r.delta) : ts.same)}>{r.delta}</td>
                  </tr>
                ))}
                <tr data-testid="whatif-total">
                  <td className={mergeClasses(ts.td, ts.total, ts.key)}>{t(lang, "whatIfTotal")}</td>
                  <td className={mergeClasses(ts.td, ts.total)}>{view.totalBefore}</td>
                  <td className={mergeClasses(ts.td, ts.total)}>{view.totalAfter}</td>
                  <td className={mergeClasses(ts.td, ts.total, tone(view.totalDelta))}>{view.totalDelta}</td>
                </tr>
              </tbody>
            </table>
          </div>
          <span className={s.muted}>{t(lang, "whatIfChanged", { count: view.changedCount, output: view.outputTitle })}</span>
          <div className={s.row}>
            <Button appearance="primary" onClick={() => whatIf.apply()} disabled={busy}>
              {t(lang, "whatIfApply")}
            </Button>
            <Button onClick={() => whatIf.discard()}>{t(lang, "whatIfDiscard")}</Button>
          </div>
        </>
      )}
      {st.applied && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody data-testid="whatif-applied">{t(lang, "whatIfApplied", { label: st.applied.label, value: st.applied.value })}</MessageBarBody>
        </MessageBar>
      )}
      {st.error && <ErrorBar error={st.error} lang={lang} onDismiss={() => whatIf.dismissError()} />}
    </section>
  );
}
