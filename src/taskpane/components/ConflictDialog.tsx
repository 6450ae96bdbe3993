import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import type { Lang } from "../../engine";
import type { Conflict } from "../../excel/port";
import { t } from "../i18n";

const SHOWN = 10;

function line(c: Conflict, lang: Lang): string {
  if (c.kind === "sheet") return t(lang, "conflictSheet", { sheet: c.sheet });
  if (c.kind === "merged") return t(lang, "conflictMerged", { cell: c.address });
  return t(lang, "conflictFormula", { cell: c.address });
}

/** "Overwrite?": the cells of the user's that a fill would change. Merged cells can only be declined. */
export function ConflictDialog({ lang, conflicts, onConfirm, onDecline }: { lang: Lang; conflicts: Conflict[]; onConfirm: () => void; onDecline: () => void }) {
  const blocked = conflicts.some((c) => !c.canOverwrite);
  const shown = [...conflicts.filter((c) => !c.canOverwrite), ...conflicts.filter((c) => c.canOverwrite)].slice(0, SHOWN);
  return (
    <Dialog open modalType="alert" onOpenChange={(_, d) => !d.open && onDecline()}>
      <DialogSurface aria-label={t(lang, "conflictTitle")}>
        <DialogBody>
          <DialogTitle>{t(lang, "conflictTitle")}</DialogTitle>
          <DialogContent>
            <p>{t(lang, "conflictIntro")}</p>
            <ul>
              {shown.map((c, i) => (
                <li key={i}>{line(c, lang)}</li>
              ))}
            </ul>
            {conflicts.length > SHOWN && <p>{t(lang, "conflictMore", { count: conflicts.length })}</p>}
          </DialogContent>
          <DialogActions>
            {!blocked && (
              <Button appearance="primary" onClick={onConfirm}>
                {t(lang, "overwrite")}
              </Button>
            )}
            <Button onClick={onDecline}>{blocked ? t(lang, "close") : t(lang, "keep")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
