import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useMemo, useSyncExternalStore } from "react";
import type { Lang } from "../../engine";
import { describeRemoval, removalFor } from "../controller/removal";
import type { PaneSession } from "../controller/session";
import { t } from "../i18n";
import { ErrorBar } from "./ErrorBar";
import { LiveRegion } from "./LiveRegion";
import { useStyles } from "./styles";
import { useScrollIntoView } from "./useScrollIntoView";

/**
 * "清除 Jili 结果 / Remove Jili output" (asks first, naming what goes) and "清除校验标记 / Clear validation marks".
 * Results and errors show here, at the buttons, scrolled into view and announced.
 */
export function RemovePanel({ lang, session, busy }: { lang: Lang; session: PaneSession; busy: boolean }) {
  const s = useStyles();
  const action = useMemo(() => removalFor(session), [session]);
  const st = useSyncExternalStore(action.subscribe, action.getState);
  const ref = useScrollIntoView<HTMLDivElement>(st.done);
  const disabled = busy || st.busy;
  return (
    <section className={s.section} aria-label={t(lang, "stepRemove")}>
      <strong>{t(lang, "stepRemove")}</strong>
      <div className={s.row}>
        <Button onClick={() => void action.prepare()} disabled={disabled}>
          {t(lang, "removeOutput")}
        </Button>
        <Button onClick={() => void action.clearMarks()} disabled={disabled}>
          {t(lang, "clearMarks")}
        </Button>
      </div>
      {st.done && (
        <MessageBar ref={ref} intent="success" layout="multiline" data-testid="remove-done">
          <MessageBarBody>{st.done}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => action.dismiss()}>
              {t(lang, "dismiss")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {st.error && <ErrorBar error={st.error} lang={lang} onDismiss={() => action.dismiss()} />}
      <LiveRegion text={st.error ? st.error.text[lang] : (st.done ?? "")} testId="remove-live" />
      {/* kept mounted and closed by `open`, so Fluent gives the page back its aria-hidden state when it closes */}
      <Dialog open={st.confirm !== null} modalType="alert" onOpenChange={(_, d) => !d.open && action.decline()}>
          <DialogSurface aria-label={t(lang, "removeTitle")}>
            <DialogBody>
              <DialogTitle>{t(lang, "removeTitle")}</DialogTitle>
              <DialogContent>
                <p>{st.confirm && t(lang, "removeAsk", { what: describeRemoval(st.confirm, lang) })}</p>
              </DialogContent>
              <DialogActions>
                <Button appearance="primary" onClick={() => void action.confirm()}>
                  {t(lang, "removeConfirm")}
                </Button>
                <Button onClick={() => action.decline()}>{t(lang, "removeKeep")}</Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
    </section>
  );
}
