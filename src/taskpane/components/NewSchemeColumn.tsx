import { Input, Select } from "@fluentui/react-components";
import type { Lang } from "../../engine";
import { t } from "../i18n";
import { useStyles } from "./styles";

/**
 * One "which column" choice: the sheet's headers when the pane has read the sheet, else the header typed. A header
 * chosen before the sheet was read stays in the list, so nothing typed is lost.
 */
export function NewSchemeColumn({ lang, headers, value, label, onChange }: { lang: Lang; headers: string[] | null; value: string; label: string; onChange: (header: string) => void }) {
  const s = useStyles();
  if (!headers) return <Input className={s.fill} size="small" value={value} placeholder={t(lang, "newSchemeTypeHeader")} aria-label={label} onChange={(_, d) => onChange(d.value)} />;
  const list = value && !headers.includes(value) ? [value, ...headers] : headers;
  return (
    <Select className={s.fill} size="small" value={value} aria-label={label} onChange={(_, d) => onChange(d.value)}>
      <option value="">{t(lang, "newSchemeNone")}</option>
      {list.map((h) => (
        <option key={h} value={h}>
          {h}
        </option>
      ))}
    </Select>
  );
}
