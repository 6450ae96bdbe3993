import { Button, Field, Select } from "@fluentui/react-components";
import { useRef, useState, type ChangeEvent } from "react";
import type { Lang, SchemeDocument } from "../../engine";
import type { SavedRun } from "../../excel/port";
import type { SchemeOption } from "../controller/schemes";
import { documentOptionText, schemeSourceText } from "../controller/ruleSource";
import type { SchemeKey, SchemeOrigin } from "../controller/session";
import { t } from "../i18n";
import { useStyles } from "./styles";

export interface SchemePickerProps {
  lang: Lang;
  presets: SchemeOption[];
  saved: SavedRun | null;
  savedTitle: string | null;
  schemeKey: SchemeKey | null;
  scheme: SchemeDocument | null;
  /** where the rules in force came from: named under the picker, and the document's option says it */
  schemeOrigin?: SchemeOrigin | null;
  partId: string | null;
  onChoose: (key: SchemeKey) => void;
  onFile: (text: string) => void;
  onPart: (partId: string | null) => void;
}

/** Step 1: a preset, the scheme saved in this workbook, or a scheme file; and the part when a scheme has several. */
export function SchemePicker(p: SchemePickerProps) {
  const s = useStyles();
  const { lang } = p;
  const input = useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const readFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file) {
      setFileName(file.name);
      void file.text().then(p.onFile);
    }
    // the same file may be chosen again after it was fixed
    e.target.value = "";
  };
  return (
    <section className={s.section} aria-label={t(lang, "stepScheme")}>
      <strong>{t(lang, "stepScheme")}</strong>
      <Field label={t(lang, "schemeLabel")}>
        <Select className={s.fill} value={p.schemeKey ?? ""} onChange={(_, d) => d.value && p.onChoose(d.value as SchemeKey)}>
          <option value="" disabled>
            {t(lang, "schemePlaceholder")}
          </option>
          {p.saved && <option value="saved">{t(lang, "savedScheme", { title: p.savedTitle ?? "?" })}</option>}
          {p.schemeKey === "file" && p.scheme && <option value="file">{documentOptionText({ schemeOrigin: p.schemeOrigin ?? null, scheme: p.scheme }, lang)}</option>}
          {p.presets.map((o) => (
            <option key={o.id} value={`preset:${o.id}`}>
              {o.title[lang]}
            </option>
          ))}
        </Select>
      </Field>
      {/* a Fluent button for the native file input, whose own text follows the browser's language, not the pane's */}
      <div className={s.row}>
        <Button size="small" onClick={() => input.current?.click()}>
          {t(lang, "schemeFile")}
        </Button>
        {fileName && p.schemeOrigin?.kind === "file" && <span className={s.muted}>{fileName}</span>}
        <input ref={input} className={s.hidden} type="file" accept=".json,application/json" aria-label={t(lang, "schemeFile")} onChange={readFile} />
      </div>
      {p.scheme && p.schemeOrigin && (
        <span className={s.muted} data-testid="scheme-source">
          {schemeSourceText({ schemeOrigin: p.schemeOrigin, scheme: p.scheme }, lang)}
        </span>
      )}
      {p.scheme && p.scheme.parts.length > 1 && (
        <Field label={t(lang, "partLabel")}>
          <Select className={s.fill} value={p.partId ?? ""} onChange={(_, d) => p.onPart(d.value || null)}>
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
