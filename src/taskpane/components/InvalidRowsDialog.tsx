import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import type { Lang } from "../../engine";
import { t } from "../i18n";

/** "有 4 行无效，合计不含这些行。仍要填写吗？": a total over invalid rows is only written when the clerk says so. */
export function InvalidRowsDialog({ lang, invalid, pending, onConfirm, onDecline }: { lang: Lang; invalid: number; pending: number; onConfirm: () => void; onDecline: () => void }) {
  return (
    <Dialog open modalType="alert" onOpenChange={(_, d) => !d.open && onDecline()}>
      <DialogSurface aria-label={t(lang, "invalidTitle")}>
        <DialogBody>
          <DialogTitle>{t(lang, "invalidTitle")}</DialogTitle>
          <DialogContent>
            <p>{t(lang, "invalidAsk", { count: invalid })}</p>
            {pending > 0 && <p>{t(lang, "pendingApart", { count: pending })}</p>}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {t(lang, "fillAnyway")}
            </Button>
            <Button onClick={onDecline}>{t(lang, "dontFill")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
