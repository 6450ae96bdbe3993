import { Button, Field, Input, makeStyles, Select, Textarea } from "@fluentui/react-components";
import { OP_WORDS, PICK_OPS, problemText, VALUELESS, type ConditionValue, type FormProblem, type Lang, type PickOp } from "../../engine";
import { t } from "../i18n";
import { NewSchemeColumn } from "./NewSchemeColumn";
import { useStyles } from "./styles";

const useCondStyles = makeStyles({
  // a picked condition on two lines at the pane's width: the column, then the test and the value
  pick: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr) 28px", gap: "4px", alignItems: "center" },
  wide: { gridColumn: "1 / span 2", minWidth: 0 },
  cell: { minWidth: 0, width: "100%" },
  typed: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 28px", gap: "4px", alignItems: "start" },
  remove: { minWidth: "28px", width: "28px", paddingLeft: 0, paddingRight: 0 },
  reason: { gridColumn: "1 / span 1", minWidth: 0 },
});

/**
 * The rows not counted: each condition picked (a column, a test, a value) or typed in the expression language; a
 * typed one is checked as it is typed, by the engine, and its problem shown under it.
 */
export function NewSchemeConditions(p: { lang: Lang; conditions: ConditionValue[]; headers: string[] | null; live: Record<number, FormProblem[]>; onChange: (i: number, c: ConditionValue) => void; onAdd: (kind: ConditionValue["kind"]) => void; onRemove: (i: number) => void }) {
  const s = useStyles();
  const cs = useCondStyles();
  const { lang } = p;
  return (
    <div className={s.section} role="group" aria-label={t(lang, "newSchemeConditions")}>
      <strong>{t(lang, "newSchemeConditions")}</strong>
      <span className={s.details}>{t(lang, "newSchemeConditionsHint")}</span>
      {p.conditions.map((c, i) => {
        const n = i + 1;
        // the clerk's words for the exclusion, shown with each row it excludes (else the condition itself is)
        const reason = <Input className={cs.cell} size="small" value={c.reason ?? ""} placeholder={t(lang, "newSchemeReasonHint")} aria-label={t(lang, "newSchemeCondReason", { n })} onChange={(_, d) => p.onChange(i, { ...c, reason: d.value })} />;
        const remove = (
          <Button className={cs.remove} size="small" appearance="subtle" aria-label={t(lang, "newSchemeRemoveCond", { n })} title={t(lang, "newSchemeRemoveCond", { n })} onClick={() => p.onRemove(i)}>
            ×
          </Button>
        );
        if (c.kind === "text") {
          const problems = p.live[i] ?? [];
          const typed = c.text.trim() !== "";
          return (
            <div key={i} className={cs.typed} data-testid={`new-cond-${n}`}>
              <Field
                label={t(lang, "newSchemeCondText", { n })}
                validationState={!typed ? "none" : problems.length ? "error" : "success"}
                validationMessage={typed ? (problems.length ? problems.map((x) => problemText(x, lang)).join("；") : t(lang, "newSchemeCondOk")) : undefined}
              >
                <Textarea className={cs.cell} size="small" resize="vertical" rows={2} value={c.text} onChange={(_, d) => p.onChange(i, { ...c, text: d.value })} />
              </Field>
              {remove}
              <div className={cs.reason}>{reason}</div>
            </div>
          );
        }
        return (
          <div key={i} className={cs.pick} data-testid={`new-cond-${n}`}>
            <span className={cs.wide}>{t(lang, "newSchemeCondText", { n })}</span>
            <span />
            <div className={cs.wide}>
              <NewSchemeColumn lang={lang} headers={p.headers} value={c.column} label={t(lang, "newSchemeCondColumn", { n })} onChange={(column) => p.onChange(i, { ...c, column })} />
            </div>
            {remove}
            <Select className={cs.cell} size="small" value={c.op} aria-label={t(lang, "newSchemeCondOp", { n })} onChange={(_, d) => p.onChange(i, { ...c, op: d.value as PickOp, value: VALUELESS.has(d.value as PickOp) ? "" : c.value })}>
              {PICK_OPS.map((op) => (
                <option key={op} value={op}>
                  {OP_WORDS[op][lang]}
                </option>
              ))}
            </Select>
            {/* 为「是」, 为「否」 and 为空 need no value: no box to leave empty */}
            {!VALUELESS.has(c.op) && <Input className={cs.cell} size="small" value={c.value} aria-label={t(lang, "newSchemeCondValue", { n })} onChange={(_, d) => p.onChange(i, { ...c, value: d.value })} />}
            <div className={cs.wide}>{reason}</div>
          </div>
        );
      })}
      <div className={s.row}>
        <Button size="small" onClick={() => p.onAdd("pick")}>
          + {t(lang, "newSchemeAddPick")}
        </Button>
        <Button size="small" onClick={() => p.onAdd("text")}>
          + {t(lang, "newSchemeAddText")}
        </Button>
      </div>
    </div>
  );
}
