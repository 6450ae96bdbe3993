import { Button, Link, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useMemo, useSyncExternalStore } from "react";
import type { Lang } from "../../engine";
import { rulesFor } from "../controller/rules";
import type { PaneSession } from "../controller/session";
import { t } from "../i18n";
import { ErrorBar } from "./ErrorBar";
import { useStyles } from "./styles";

/** The scheme's rules: edit them in the rules sheet (规则), use the sheet as the scheme, export the scheme as JSON. */
export function RulesPanel({ lang, session, busy }: { lang: Lang; session: PaneSession; busy: boolean }) {
  const s = useStyles();
  const rules = useMemo(() => rulesFor(session), [session]);
  const st = useSyncExternalStore(rules.subscribe, rules.getState);
  const working = busy || st.busy !== null;
  return (
    <section className={s.section} aria-label={t(lang, "rulesTitle")}>
      <strong>{t(lang, "rulesTitle")}</strong>
      <div className={s.row}>
        <Button onClick={() => void rules.editRules()} disabled={working || !rules.available} title={t(lang, "editRulesHint")}>
          {t(lang, "editRules")}
        </Button>
        <Button onClick={() => void rules.useRulesSheet()} disabled={working || !rules.available} title={t(lang, "useRulesHint")}>
          {t(lang, "useRules")}
        </Button>
      </div>
      <div className={s.row}>
        <Button size="small" onClick={() => rules.exportJson()} disabled={working}>
          {t(lang, "exportJson")}
        </Button>
        <Button size="small" appearance="subtle" onClick={() => void rules.copyJson()} disabled={working}>
          {t(lang, "copyJson")}
        </Button>
      </div>
      {st.written && (
        <span data-testid="rules-written">
          {t(lang, "rulesWritten", { sheet: st.written.sheet, rows: st.written.rows })}
          {st.written.renamed && ` ${t(lang, "rulesRenamed", { sheet: st.written.sheet })}`}
        </span>
      )}
      {st.applied && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody data-testid="rules-applied">{t(lang, "rulesApplied", { sheet: st.applied.sheet, title: st.applied.title[lang] })}</MessageBarBody>
        </MessageBar>
      )}
      {st.problems && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <span data-testid="rules-problems">{t(lang, "rulesProblems", { sheet: st.problems.sheet, count: st.problems.list.length })}</span>
            <ul className={s.list}>
              {st.problems.list.map((p, i) => (
                <li key={i} data-testid={`rules-problem-${p.address}`}>
                  <Link as="button" aria-label={t(lang, "selectCell", { cell: p.address })} onClick={() => void rules.selectProblem(p.address)}>
                    {p.address}
                  </Link>{" "}
                  {p.message[lang]}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {st.outOfDate && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <span data-testid="rules-out-of-date">{t(lang, "rulesOutOfDate", { sheet: st.outOfDate.sheet })}</span>{" "}
            <Button size="small" onClick={() => void rules.rewriteRulesSheet()} disabled={working || !rules.available}>
              {t(lang, "rewriteRules")}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {st.exported && (
        <span className={s.muted} data-testid="rules-exported">
          {st.exported.how === "download" ? t(lang, "exportedDownload", { file: st.exported.fileName }) : t(lang, "exportedCopy")}
        </span>
      )}
      {st.error && <ErrorBar error={st.error} lang={lang} onDismiss={() => rules.dismissError()} />}
    </section>
  );
}
