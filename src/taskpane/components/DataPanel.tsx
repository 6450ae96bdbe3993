import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Lang } from "../../engine";
import type { DataTable } from "../controller/locate";
import { t } from "../i18n";
import { useStyles } from "./styles";

export interface DataPanelProps {
  lang: Lang;
  table: DataTable | null;
  someRowsHidden: boolean;
  canRead: boolean;
  busy: boolean;
  onRead: () => void;
}

/** Step 2: read the active sheet; says where the header was found. */
export function DataPanel({ lang, table, someRowsHidden, canRead, busy, onRead }: DataPanelProps) {
  const s = useStyles();
  return (
    <section className={s.section} aria-label={t(lang, "stepData")}>
      <strong>{t(lang, "stepData")}</strong>
      <div className={s.row}>
        <Button onClick={onRead} disabled={!canRead || busy}>
          {t(lang, "readData")}
        </Button>
      </div>
      {table && (
        <span data-testid="data-found">
          {t(lang, "dataFound", { sheet: table.sheet, row: table.headerRow + 1, rows: table.sheetRows })}
          {table.tableName ? t(lang, "dataTable", { table: table.tableName }) : ""}
        </span>
      )}
      {table && someRowsHidden && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t(lang, "hiddenRows")}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
