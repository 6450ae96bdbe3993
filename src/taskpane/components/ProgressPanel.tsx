import { Button, Field, ProgressBar } from "@fluentui/react-components";
import type { Lang } from "../../engine";
import type { Progress } from "../../excel/port";
import { t, StringKey } from "../i18n";

const LABEL: Record<Progress["phase"], StringKey> = {
  read: "progressRead",
  check: "progressCheck",
  compute: "progressCompute",
  write: "progressWrite",
  summary: "progressSummary",
  mark: "progressMark",
  filter: "progressFilter",
  export: "progressExport",
};

/** A long run's progress; the write can be cancelled between two chunks. */
export function ProgressPanel({ lang, progress, onCancel }: { lang: Lang; progress: Progress | null; onCancel?: () => void }) {
  const value = progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) : undefined;
  // reading a joined table's sheet names it
  const key = progress?.phase === "read" && progress.sheet !== undefined ? "progressReadSheet" : progress ? LABEL[progress.phase] : null;
  const text = progress && key ? t(lang, key, { done: progress.done, total: progress.total, sheet: progress.sheet ?? "" }) : "…";
  return (
    <div>
      <Field validationMessage={text} validationState="none">
        <ProgressBar value={value} max={1} aria-label={text} />
      </Field>
      {onCancel && (
        <Button size="small" onClick={onCancel}>
          {t(lang, "cancel")}
        </Button>
      )}
    </div>
  );
}
