import { Badge, MessageBar, MessageBarBody, Select } from "@fluentui/react-components";
import type { Lang } from "../../engine";
import type { MappingView } from "../controller/mapping";
import { t } from "../i18n";
import { useStyles } from "./styles";

export interface MappingPanelProps {
  lang: Lang;
  mapping: MappingView;
  /** header text chosen for a field, or null to go back to the automatic choice */
  onOverride: (key: string, header: string | null) => void;
}

const AUTO = "__auto__";

/** Step 3: each field with the column found for it; a dropdown of the sheet's headers overrides the choice. */
export function MappingPanel({ lang, mapping, onOverride }: MappingPanelProps) {
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
              {t(lang, "mappingAuto")}: {f.overridden ? "…" : label(f.column)}
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
