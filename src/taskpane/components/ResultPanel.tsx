import type { Lang } from "../../engine";
import type { RunSummary } from "../controller/resultView";
import type { PaneSession } from "../controller/session";
import { t } from "../i18n";
import { StatementsAction } from "./StatementsAction";
import { useStyles } from "./styles";

/** The run at a glance: people paid, total amount, rows excluded by reason. */
export function ResultPanel({ lang, summary, written, session }: { lang: Lang; summary: RunSummary; written: { rows: number; syncs: number } | null; session?: PaneSession }) {
  const s = useStyles();
  return (
    <section className={s.section} aria-label={t(lang, "resultTitle")}>
      <strong>{t(lang, "resultTitle")}</strong>
      <div className={s.figures}>
        <div className={s.figure}>
          <span className={s.muted}>{t(lang, "paid")}</span>
          <span className={s.big} data-testid="paid">
            {summary.paid}
          </span>
        </div>
        <div className={s.figure}>
          <span className={s.muted}>{t(lang, "total")}</span>
          <span className={s.big} data-testid="total">
            {summary.totalText}
          </span>
        </div>
      </div>
      <span>{t(lang, "counts", { rows: summary.rows, ok: summary.ok, excluded: summary.excluded, invalid: summary.invalid, pending: summary.pending })}</span>
      {summary.excludedByReason.length > 0 && (
        <>
          <span className={s.muted}>{t(lang, "excludedBy")}</span>
          <ul className={s.list} data-testid="excluded-by-reason">
            {summary.excludedByReason.map((r) => (
              <li key={r.code}>
                {r.message} — <strong>{r.count}</strong> <code>{r.code}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      {written && <span className={s.muted}>{t(lang, "written", written)}</span>}
      {session && <StatementsAction lang={lang} session={session} />}
    </section>
  );
}
