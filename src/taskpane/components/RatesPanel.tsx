import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { useMemo, useSyncExternalStore } from "react";
import type { Lang } from "../../engine";
import { ratesFormFor } from "../controller/ratesForm";
import type { PaneSession } from "../controller/session";
import { t } from "../i18n";
import { RatesTable } from "./RatesTable";
import { useStyles } from "./styles";

const usePanelStyles = makeStyles({
  rule: { display: "flex", flexDirection: "column", gap: "4px", paddingTop: "4px", borderTop: `1px solid ${tokens.colorNeutralStroke3}` },
  sentence: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  // Apply stays in reach while the clerk scrolls through a long form
  actions: { position: "sticky", bottom: 0, backgroundColor: tokens.colorNeutralBackground1, padding: "6px 0", display: "flex", flexWrap: "wrap", gap: "8px", zIndex: 1 },
});

/** 费率与档位: the scheme's numbers as the rules sheet lays them out, editable; Apply makes them the rules in force. */
export function RatesPanel({ lang, session, busy }: { lang: Lang; session: PaneSession; busy: boolean }) {
  const s = useStyles();
  const ps = usePanelStyles();
  const form = useMemo(() => ratesFormFor(session), [session]);
  const st = useSyncExternalStore(form.subscribe, form.getState);
  const view = st.open ? form.view(lang) : null;
  return (
    <section className={s.section} aria-label={t(lang, "ratesTitle")} data-testid="rates-form">
      <strong>{t(lang, "ratesTitle")}</strong>
      {st.applied && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody data-testid="rates-applied">{t(lang, "ratesApplied", { changes: st.applied[lang] })}</MessageBarBody>
        </MessageBar>
      )}
      {!view ? (
        <div className={s.row}>
          <Button onClick={() => form.open()}>{t(lang, "ratesOpen")}</Button>
        </div>
      ) : (
        <>
          <span className={s.muted}>{t(lang, "ratesHint")}</span>
          {view.header.map((line, i) => (
            <span key={i} className={ps.sentence}>
              {line}
            </span>
          ))}
          {view.otherLang && <span className={s.details}>{t(lang, "ratesOtherLang")}</span>}
          {view.sections.map((sec, si) => (
            <div key={sec.key} className={ps.rule} role="group" aria-label={sec.heading}>
              <strong>{sec.heading}</strong>
              {sec.sentence.map((line, i) => (
                <span key={i} className={ps.sentence}>
                  {line}
                </span>
              ))}
              {sec.tables.map((tb, ti) => (
                <RatesTable
                  key={tb.key}
                  lang={lang}
                  table={tb}
                  onCell={(r, c, text) => form.setCell(si, ti, r, c, text)}
                  onAdd={() => form.addRow(si, ti)}
                  onRemove={(r) => form.removeRow(si, ti, r)}
                />
              ))}
            </div>
          ))}
          {view.problems.length > 0 && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <span data-testid="rates-problems">{t(lang, "ratesProblems", { count: view.problems.length })}</span>
                <ul className={s.list}>
                  {view.problems.map((p, i) => (
                    <li key={i} data-testid="rates-problem">
                      {p.text}
                    </li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          <div className={ps.actions}>
            <Button appearance="primary" onClick={() => form.apply()} disabled={!view.changed || busy}>
              {t(lang, "ratesApply")}
            </Button>
            <Button onClick={() => form.reset()} disabled={!view.changed}>
              {t(lang, "ratesReset")}
            </Button>
            <Button appearance="subtle" onClick={() => form.close()}>
              {t(lang, "ratesClose")}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
