import { Button, Field, ProgressBar } from "@fluentui/react-components";
import { useMemo, useSyncExternalStore } from "react";
import type { Lang } from "../../engine";
import type { PaneSession } from "../controller/session";
import { statementsFor } from "../controller/statements";
import { t } from "../i18n";
import { ErrorBar } from "./ErrorBar";
import { useStyles } from "./styles";
import { useScrollIntoView } from "./useScrollIntoView";

/** The result panel's "个人明细 / Statements" button: writes Jili's printable per-person statements sheet. */
export function StatementsAction({ lang, session }: { lang: Lang; session: PaneSession }) {
  const s = useStyles();
  const action = useMemo(() => statementsFor(session), [session]);
  const st = useSyncExternalStore(action.subscribe, action.getState);
  // making the statements (stages), then writing them (rows)
  const shown = st.progress ?? st.computing;
  const progress = shown && shown.total > 0 ? Math.min(1, shown.done / shown.total) : undefined;
  const progressText = st.progress
    ? t(lang, "statementsProgress", { done: st.progress.done, total: st.progress.total })
    : st.computing
      ? t(lang, "statementsComputing", { done: st.computing.done, total: st.computing.total })
      : "…";
  const done = st.done;
  // the button sits at the foot of the result panel: its outcome (done or cancelled: one at a time) must not appear
  // below the fold
  const outcomeRef = useScrollIntoView<HTMLSpanElement>(done ?? (st.cancelledAt === null ? null : `cancelled:${st.cancelledAt}`));
  return (
    <div className={s.section}>
      <div className={s.row}>
        <Button onClick={() => void action.run()} disabled={st.busy || !action.available} title={t(lang, "statementsHint")}>
          {t(lang, "statements")}
        </Button>
        {st.busy && (
          <Button size="small" onClick={() => action.cancel()}>
            {t(lang, "cancel")}
          </Button>
        )}
      </div>
      {st.busy && (
        <Field validationMessage={progressText} validationState="none">
          <ProgressBar value={progress} max={1} aria-label={progressText} />
        </Field>
      )}
      {done && (
        <span data-testid="statements-done" ref={outcomeRef}>
          {t(lang, doneKey(done.sheets.length, done.totalText !== null), {
            sheet: done.sheets[0],
            n: done.sheets.length,
            sheets: sheetList(lang, done.sheets),
            count: done.count,
            total: done.totalText ?? "",
            orientation: t(lang, done.orientation === "portrait" ? "portrait" : "landscape"),
          })}
          {done.renamed && ` ${t(lang, "statementsRenamed")}`}
          {!done.printSettings && ` ${t(lang, "statementsNoPrint")}`}
        </span>
      )}
      {st.cancelledAt !== null && <span ref={outcomeRef}>{t(lang, "statementsCancelled", { rows: st.cancelledAt })}</span>}
      {st.error && <ErrorBar error={st.error} lang={lang} onDismiss={() => action.dismissError()} />}
    </div>
  );
}

/** The message of a finished run: one sheet or several, with or without a money total. */
function doneKey(sheets: number, money: boolean) {
  if (sheets > 1) return money ? "statementsDoneMany" : "statementsDoneManyNoMoney";
  return money ? "statementsDone" : "statementsDoneNoMoney";
}

/** The sheets' names as the message lists them: 「A」、「B」 in Chinese, A and B (A, B and C) in English. */
function sheetList(lang: Lang, names: string[]): string {
  if (lang === "zh-CN") return names.map((n) => `「${n}」`).join("、");
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}` : names.join("");
}
