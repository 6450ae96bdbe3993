import { Badge, Button, MessageBar, MessageBarBody, Select } from "@fluentui/react-components";
import type { Lang } from "../../engine";
import type { MappingView } from "../controller/mapping";
import { t } from "../i18n";
import { useStyles } from "./styles";

export interface MappingPanelProps {
  lang: Lang;
  mapping: MappingView;
  /** header text chosen for a field, or null to go back to the automatic choice */
  onOverride: (key: string, header: string | null) => void;
  /** a value confirmed for the whole sheet, or null to withdraw it */
  onAssume: (key: string, value: string | null) => void;
}

const NONE = "__none__";

const AUTO = "__auto__";

/** Step 3: each field with the column found for it; a dropdown of the sheet's headers overrides the choice. */
export function MappingPanel({ lang, mapping, onOverride, onAssume }: MappingPanelProps) {
  const s = useStyles();
  const label = (col: number | null) => mapping.choices.find((c) => c.index === col)?.label ?? t(lang, "mappingNone");
  return (
    <section className={s.section} aria-label={t(lang, "stepMapping")}>
      <strong>{t(lang, "stepMapping")}</strong>
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
      {mapping.fields.map((f) => (
        <div key={f.key} className={s.fieldRow}>
          <span>
            {f.title} {f.required && <Badge size="small" appearance="outline" color={f.column === null ? "danger" : "informative"}>{t(lang, "required")}</Badge>}
          </span>
          <Select
            className={s.fill}
            aria-label={f.title}
            size="small"
            value={f.overridden && f.column !== null ? String(f.column) : AUTO}
            onChange={(_, d) => {
              if (d.value === AUTO) onOverride(f.key, null);
              else onOverride(f.key, mapping.choices.find((c) => String(c.index) === d.value)?.header ?? null);
            }}
          >
            <option value={AUTO}>
              {t(lang, "mappingAuto")}: {f.overridden ? "…" : f.column === null && f.standIn ? f.standIn : label(f.column)}
            </option>
            {mapping.choices.map((c) => (
              <option key={c.index} value={String(c.index)}>
                {c.label}
              </option>
            ))}
          </Select>
        </div>
      ))}
    </section>
  );
}
