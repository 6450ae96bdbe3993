import { Input, makeStyles, mergeClasses, Select, tokens } from "@fluentui/react-components";
import type { Lang } from "../../engine";
import { t } from "../i18n";
import { useStyles } from "./styles";

const useColumnStyles = makeStyles({ bad: { backgroundColor: tokens.colorPaletteRedBackground1 } });

/**
 * One "which column" choice: the sheet's headers when the pane has read the sheet, else the header typed. A header
 * chosen before the sheet was read stays in the list, so nothing typed is lost.
 */
export function NewSchemeColumn({ lang, headers, value, label, invalid, onChange }: { lang: Lang; headers: string[] | null; value: string; label: string; invalid?: boolean; onChange: (header: string) => void }) {
  const s = useStyles();
  const cs = useColumnStyles();
  const className = mergeClasses(s.fill, invalid && cs.bad);
  if (!headers) return <Input className={className} aria-invalid={invalid || undefined} size="small" value={value} placeholder={t(lang, "newSchemeTypeHeader")} aria-label={label} onChange={(_, d) => onChange(d.value)} />;
  const list = value && !headers.includes(value) ? [value, ...headers] : headers;
  return (
    <Select className={className} aria-invalid={invalid || undefined} size="small" value={value} aria-label={label} onChange={(_, d) => onChange(d.value)}>
      <option value="">{t(lang, "newSchemeNone")}</option>
      {list.map((h) => (
        <option key={h} value={h}>
          {h}
        </option>
      ))}
    </Select>
  );
}
