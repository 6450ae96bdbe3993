import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Lang } from "../../engine";
import { headlineFigures, type RunSummary } from "../controller/resultView";
import type { PaneSession } from "../controller/session";
import { t } from "../i18n";
import { GroupFindings } from "./GroupFindings";
import { PersonTotalPanel } from "./PersonTotalPanel";
import { StatementsAction } from "./StatementsAction";
import { useStyles } from "./styles";
import { useScrollIntoView } from "./useScrollIntoView";

/**
 * The run at a glance, scrolled into view when it arrives: the scheme's headline (people paid and the total, people
 * fined, or people with a score), what the total leaves out (invalid rows) and what waits (pending rows), the
 * findings of groups (a tie, a team not ranked) and the rows excluded by reason — the reason in words, its code on a
 * details line.
 */
export function ResultPanel({ lang, summary, written, session }: { lang: Lang; summary: RunSummary; written: { rows: number } | null; session?: PaneSession }) {
  const s = useStyles();
  const ref = useScrollIntoView<HTMLElement>(summary);
  return (
    <section ref={ref} className={s.section} aria-label={t(lang, "resultTitle")}>
      <strong>{t(lang, "resultTitle")}</strong>
      <div className={s.figures}>
        {headlineFigures(summary, lang).map((f) => (
          <div key={f.id} className={s.figure}>
            <span className={s.muted}>{f.label}</span>
            <span className={s.big} data-testid={f.id}>
              {f.value}
            </span>
          </div>
        ))}
      </div>
      {summary.invalid > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody data-testid="incomplete">{t(lang, "incomplete", { count: summary.invalid })}</MessageBarBody>
        </MessageBar>
      )}
      {summary.pending > 0 && <span data-testid="pending">{t(lang, "pendingApart", { count: summary.pending })}</span>}
      <span>{t(lang, "counts", { rows: summary.rows, ok: summary.ok, excluded: summary.excluded, invalid: summary.invalid, pending: summary.pending })}</span>
      <GroupFindings lang={lang} findings={summary.findings} />
      {summary.excludedByReason.length > 0 && (
        <>
          <span className={s.muted}>{t(lang, "excludedBy")}</span>
          <ul className={s.list} data-testid="excluded-by-reason">
            {summary.excludedByReason.map((r) => (
              <li key={r.code}>
                {r.message[lang]} — <strong>{r.count}</strong>
                <div className={s.details}>{t(lang, "reasonCode", { code: r.code })}</div>
              </li>
            ))}
          </ul>
        </>
      )}
      {summary.personTotal && <PersonTotalPanel lang={lang} personTotal={summary.personTotal} />}
      {written && <span className={s.muted}>{t(lang, "written", written)}</span>}
      {session && <StatementsAction lang={lang} session={session} />}
    </section>
  );
}
