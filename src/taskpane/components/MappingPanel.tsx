import { Badge, Button, Field, Input, MessageBar, MessageBarBody, Select } from "@fluentui/react-components";
import type { Lang } from "../../engine";
import type { MappingView } from "../controller/mapping";
import type { TableSheetRow } from "../controller/tables";
import { t } from "../i18n";
import { useStyles } from "./styles";

export interface MappingPanelProps {
  lang: Lang;
  /** null while the table could not be put together: only the choice of the joined tables' sheets is shown */
  mapping: MappingView | null;
  /** header text chosen for a field, or null to go back to the automatic choice */
  onOverride: (key: string, header: string | null) => void;
  /** a value confirmed for the whole sheet, or null to withdraw it */
  onAssume: (key: string, value: string | null) => void;
  /** the joined tables kept on other sheets, each with the sheet it came from */
  tables?: TableSheetRow[];
  /** the sheet chosen for a joined table, or null to let the engine find it by its headers */
  onTableSheet?: (tableId: string, sheet: string | null) => void;
  /** the one month the sheet holds, as typed (empty: none) */
  onPeriod?: (value: string) => void;
}

const NONE = "__none__";

const AUTO = "__auto__";

/**
 * Step 3: where each table kept on another sheet came from (a dropdown of the workbook's sheets chooses another),
 * then each field with the column found for it; a dropdown of the sheet's headers overrides the choice.
 */
export function MappingPanel({ lang, mapping, onOverride, onAssume, tables = [], onTableSheet, onPeriod }: MappingPanelProps) {
  const s = useStyles();
  const lines = mapping?.tables ?? [];
  return (
    <section className={s.section} aria-label={t(lang, "stepMapping")}>
      <strong>{t(lang, "stepMapping")}</strong>
      {(lines.length > 0 || tables.length > 0) && (
        <div data-testid="tables">
          {lines.length > 0 && (
            <>
              <span>{t(lang, "tablesIntro")}</span>
              <ul className={s.reportList} data-testid="table-lines">
                {lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          )}
          {tables.map((tb) => (
            <div key={tb.id} className={s.fieldRow}>
              <span>{t(lang, "tableSheet", { table: tb.title })}</span>
              <Select
                className={s.fill}
                size="small"
                aria-label={t(lang, "tableSheet", { table: tb.title })}
                value={tb.chosen ?? AUTO}
                onChange={(_, d) => onTableSheet?.(tb.id, d.value === AUTO ? null : d.value)}
              >
                <option value={AUTO}>{tb.chosen !== null ? t(lang, "tableSheetAutoPlain") : t(lang, "tableSheetAuto", { sheet: tb.found ?? t(lang, "tableSheetNone") })}</option>
                {tb.options.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </Select>
              {tb.stale !== null && (
                <MessageBar intent="warning" layout="multiline">
                  <MessageBarBody>{t(lang, "tableSheetStale", { sheet: tb.stale, table: tb.title })}</MessageBarBody>
                </MessageBar>
              )}
            </div>
          ))}
        </div>
      )}
      {mapping?.period && <PeriodInput lang={lang} period={mapping.period} onPeriod={onPeriod} />}
      {mapping && <Fields lang={lang} mapping={mapping} onOverride={onOverride} onAssume={onAssume} />}
    </section>
  );
}

/**
 * The one month a sheet without a month column holds (the run's `period` parameter, saved with it): it stands for
 * the part's month field on every row, and the summary sheet says so. With a month column it is only there to clear.
 */
function PeriodInput({ lang, period, onPeriod }: { lang: Lang; period: NonNullable<MappingView["period"]>; onPeriod?: (value: string) => void }) {
  const hint = t(lang, period.hasColumn ? "periodWithColumn" : "periodHint", { field: period.title });
  return (
    <Field label={t(lang, "periodLabel")} hint={hint} validationState={period.hasColumn ? "warning" : "none"} data-testid="period">
      <Input size="small" value={period.value} placeholder="2016-05" onChange={(_, d) => onPeriod?.(d.value)} />
    </Field>
  );
}

/** The fields of the mapping step: what stops the run, what was confirmed, the column report and each field's column. */
function Fields({ lang, mapping, onOverride, onAssume }: { lang: Lang; mapping: MappingView; onOverride: MappingPanelProps["onOverride"]; onAssume: MappingPanelProps["onAssume"] }) {
  const s = useStyles();
  const choice = (col: number | null) => mapping.choices.find((c) => c.index === col);
  return (
    <>
      {mapping.missingRequired.length > 0 && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{t(lang, "missingRequired", { fields: mapping.missingRequired.join(lang === "zh-CN" ? "、" : ", ") })}</MessageBarBody>
        </MessageBar>
      )}
      {mapping.needed.length > 0 && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            {t(lang, "neededColumns")}
            {mapping.needed.map((n) => (
              <div key={n.key} className={s.fieldRow}>
                <span>{n.text}</span>
                {n.values.length > 0 && (
                  <Select className={s.fill} size="small" aria-label={t(lang, "assumeFor", { field: n.text })} value={NONE} onChange={(_, d) => onAssume(n.key, d.value === NONE ? null : d.value)}>
                    <option value={NONE}>{t(lang, "assumeChoose")}</option>
                    {n.values.map((v) => (
                      <option key={v} value={v}>
                        {t(lang, "assumeValue", { value: v })}
                      </option>
                    ))}
                  </Select>
                )}
              </div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {mapping.assumed.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t(lang, "assumedNote")}
            {mapping.assumed.map((a) => (
              <div key={a.key} className={s.row}>
                <span>{a.text}</span>
                <Button size="small" appearance="subtle" onClick={() => onAssume(a.key, null)}>
                  {t(lang, "assumeWithdraw")}
                </Button>
              </div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {mapping.report.length > 0 && (
        <details>
          <summary>{t(lang, "columnReport")}</summary>
          <ul className={s.reportList}>
            {mapping.report.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      )}
      {mapping.staleOverrides.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t(lang, "staleOverrides", { fields: mapping.staleOverrides.join(lang === "zh-CN" ? "、" : ", ") })}</MessageBarBody>
        </MessageBar>
      )}
      {mapping.fields.map((f) => {
        const col = choice(f.column);
        // the closed dropdown says where (自动: H, 手选: G); the full text of what is in force is the line under it and the
        // dropdown's title, and every option of the open list holds the full header
        const full = col ? col.label : f.standIn ?? t(lang, "mappingNone");
        const closed = f.overridden ? null : col ? `${t(lang, "mappingAuto")}: ${col.place}` : f.standIn ? t(lang, "mappingAuto") : `${t(lang, "mappingAuto")}: ${t(lang, "mappingNone")}`;
        return (
          <div key={f.key} className={s.fieldRow} data-testid="mapping-field">
            <span>
              {f.title} {f.required && <Badge size="small" appearance="outline" color={f.column === null ? "danger" : "informative"}>{t(lang, "required")}</Badge>}
            </span>
            <Select
              className={s.fill}
              aria-label={f.title}
              title={full}
              size="small"
              value={f.overridden && f.column !== null ? String(f.column) : AUTO}
              onChange={(_, d) => {
                if (d.value === AUTO) onOverride(f.key, null);
                else onOverride(f.key, mapping.choices.find((c) => String(c.index) === d.value)?.header ?? null);
              }}
            >
              <option value={AUTO}>{closed ?? t(lang, "mappingAuto")}</option>
              {mapping.choices.map((c) => (
                <option key={c.index} value={String(c.index)} title={c.label}>
                  {f.overridden && c.index === f.column ? `${t(lang, "mappingChosen")}: ${c.place}` : c.label}
                </option>
              ))}
            </Select>
            {(col || f.standIn) && (
              <span className={s.choice} data-testid="mapping-choice">
                {full}
              </span>
            )}
          </div>
        );
      })}
    </>
  );
}
