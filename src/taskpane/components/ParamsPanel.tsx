import { Field, Input } from "@fluentui/react-components";
import type { Lang } from "../../engine";
import type { ParamRow } from "../controller/params";
import { t } from "../i18n";
import { useStyles } from "./styles";

/** The scheme's parameters; empty means the scheme's own value. Masked ones are flagged until set. */
export function ParamsPanel({ lang, rows, onChange }: { lang: Lang; rows: ParamRow[]; onChange: (key: string, raw: string) => void }) {
  const s = useStyles();
  if (rows.length === 0) return null;
  return (
    <section className={s.section} aria-label={t(lang, "stepParams")}>
      <strong>{t(lang, "stepParams")}</strong>
      {rows.map((p) => (
        <Field key={p.key} label={p.title} validationState={p.masked && !p.value ? "warning" : "none"} validationMessage={p.masked && !p.value ? t(lang, "maskedParam") : undefined}>
          <Input size="small" value={p.value} placeholder={p.schemeValue} onChange={(_, d) => onChange(p.key, d.value)} />
        </Field>
      ))}
    </section>
  );
}
