import { Field, Select } from "@fluentui/react-components";
import type { ChangeEvent } from "react";
import type { Lang, SchemeDocument } from "../../engine";
import type { SavedRun } from "../../excel/port";
import type { SchemeOption } from "../controller/schemes";
import type { SchemeKey } from "../controller/session";
import { t } from "../i18n";
import { useStyles } from "./styles";

export interface SchemePickerProps {
  lang: Lang;
  presets: SchemeOption[];
  saved: SavedRun | null;
  savedTitle: string | null;
  schemeKey: SchemeKey | null;
  scheme: SchemeDocument | null;
  partId: string | null;
  onChoose: (key: SchemeKey) => void;
  onFile: (text: string) => void;
  onPart: (partId: string | null) => void;
}

/** Step 1: a preset, the scheme saved in this workbook, or a scheme file; and the part when a scheme has several. */
export function SchemePicker(p: SchemePickerProps) {
  const s = useStyles();
  const { lang } = p;
  const readFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file) void file.text().then(p.onFile);
  };
  return (
    <section className={s.section} aria-label={t(lang, "stepScheme")}>
      <strong>{t(lang, "stepScheme")}</strong>
      <Field label={t(lang, "schemeLabel")}>
        <Select value={p.schemeKey ?? ""} onChange={(_, d) => d.value && p.onChoose(d.value as SchemeKey)}>
          <option value="" disabled>
            {t(lang, "schemePlaceholder")}
          </option>
          {p.saved && <option value="saved">{t(lang, "savedScheme", { title: p.savedTitle ?? "?" })}</option>}
          {p.schemeKey === "file" && p.scheme && <option value="file">{t(lang, "fileScheme", { title: p.scheme.title[lang] })}</option>}
          {p.presets.map((o) => (
            <option key={o.id} value={`preset:${o.id}`}>
              {o.title[lang]}
            </option>
          ))}
        </Select>
      </Field>
      <label className={s.muted}>
        {t(lang, "schemeFile")} <input type="file" accept=".json,application/json" onChange={readFile} />
      </label>
      {p.scheme && p.scheme.parts.length > 1 && (
        <Field label={t(lang, "partLabel")}>
          <Select value={p.partId ?? ""} onChange={(_, d) => p.onPart(d.value || null)}>
            <option value="">{t(lang, "partAuto")}</option>
            {p.scheme.parts.map((part) => (
              <option key={part.id} value={part.id}>
                {part.title[lang]}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </section>
  );
}
