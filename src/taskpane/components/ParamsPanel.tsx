import { Badge, Button, Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import type { Lang } from "../../engine";
import type { ParamRow } from "../controller/params";
import { t } from "../i18n";
import { useStyles } from "./styles";

/**
 * The scheme's parameters. The scheme's own value is the input's value (marked 「默认值」), never a placeholder that
 * disappears: typing another value sets the parameter, typing the default again or emptying the input goes back to
 * the scheme's own value. Masked ones are flagged until set.
 */
export function ParamsPanel({ lang, rows, onChange }: { lang: Lang; rows: ParamRow[]; onChange: (key: string, raw: string) => void }) {
  const s = useStyles();
  if (rows.length === 0) return null;
  return (
    <section className={s.section} aria-label={t(lang, "stepParams")}>
      <strong>{t(lang, "stepParams")}</strong>
      {rows.map((p) => (
        <ParamInput key={p.key} lang={lang} row={p} onChange={onChange} />
      ))}
    </section>
  );
}

function ParamInput({ lang, row: p, onChange }: { lang: Lang; row: ParamRow; onChange: (key: string, raw: string) => void }) {
  const s = useStyles();
  // while the input has the focus it shows what is typed (empty too); otherwise the value in force
  const [draft, setDraft] = useState<string | null>(null);
  const isDefault = p.value === "" || p.value === p.schemeValue;
  const shown = draft ?? (p.value !== "" ? p.value : p.schemeValue);
  const pending = p.masked && !p.value;
  const hint = pending ? undefined : isDefault ? (p.schemeValue === "" ? undefined : t(lang, "paramDefault")) : p.schemeValue === "" ? undefined : t(lang, "paramChanged", { value: p.schemeValue });
  return (
    <Field
      label={p.title}
      hint={hint}
      validationState={pending ? "warning" : "none"}
      validationMessage={pending ? t(lang, "maskedParam") : undefined}
      data-testid="param"
    >
      {(fieldProps) => (
        <div className={s.row}>
          <Input
            {...fieldProps}
            className={s.grow}
            size="small"
            value={shown}
            data-default={isDefault ? "true" : "false"}
            onFocus={() => setDraft(shown)}
            onBlur={() => setDraft(null)}
            onChange={(_, d) => {
              setDraft(d.value);
              onChange(p.key, d.value.trim() === p.schemeValue ? "" : d.value);
            }}
            contentAfter={isDefault && p.schemeValue !== "" ? <Badge size="small" appearance="tint" color="informative">{t(lang, "paramDefaultBadge")}</Badge> : undefined}
          />
          {!isDefault && p.schemeValue !== "" && (
            <Button
              size="small"
              appearance="subtle"
              onClick={() => {
                setDraft(null);
                onChange(p.key, "");
              }}
            >
              {t(lang, "paramReset")}
            </Button>
          )}
        </div>
      )}
    </Field>
  );
}
