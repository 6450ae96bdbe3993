import { Button, Field, Input, MessageBar, MessageBarBody, Select } from "@fluentui/react-components";
import { useMemo, useSyncExternalStore } from "react";
import { problemText, type Lang } from "../../engine";
import { newSchemeFor } from "../controller/newScheme";
import type { PaneSession } from "../controller/session";
import { t } from "../i18n";
import { NewSchemeColumn } from "./NewSchemeColumn";
import { NewSchemeConditions } from "./NewSchemeConditions";
import { NewSchemeTable } from "./NewSchemeTable";
import { useStyles } from "./styles";

/**
 * 新建方案: a template, then a short form — the columns, the small tables, the rows not counted — and Build. The
 * engine builds and checks the scheme; when it passes it is the pane's scheme, named as made from the template.
 */
export function NewSchemePanel({ lang, session, busy }: { lang: Lang; session: PaneSession; busy: boolean }) {
  const s = useStyles();
  const ctl = useMemo(() => newSchemeFor(session), [session]);
  const st = useSyncExternalStore(ctl.subscribe, ctl.getState);
  const { form, values } = st;
  // where the last Build found something wrong: slots by key, table cells by "row:column" per table
  const wrongSlots = new Set(st.problems.flatMap((p) => (p.at.kind === "column" ? [p.at.slot] : [])));
  // the conditions typed in a table's cells, as typed: "table:row:column" → this table's "row:column"
  const liveIn = (table: string) => Object.fromEntries(Object.entries(st.liveCells).flatMap(([k, v]) => (k.startsWith(`${table}:`) && v.length ? [[k.slice(table.length + 1), v]] : [])));
  const wrongChoices = new Set(st.problems.flatMap((p) => (p.at.kind === "choice" ? [p.at.key] : [])));
  const wrongCells = (table: string) => new Set(st.problems.flatMap((p) => (p.at.kind === "table" && p.at.table === table ? [`${p.at.row}:${p.at.column ?? ""}`] : [])));
  return (
    <section className={s.section} aria-label={t(lang, "newSchemeTitle")} data-testid="new-scheme">
      <strong>{t(lang, "newSchemeTitle")}</strong>
      {st.built && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody data-testid="new-scheme-built">{t(lang, "newSchemeBuilt", { title: st.built[lang] })}</MessageBarBody>
        </MessageBar>
      )}
      {!st.open ? (
        <div className={s.row}>
          <Button onClick={() => ctl.open()}>{t(lang, "newSchemeOpen")}</Button>
        </div>
      ) : (
        <>
          <span className={s.muted}>{t(lang, "newSchemeHint")}</span>
          <Field label={t(lang, "newSchemeTemplate")} hint={form?.summary[lang]}>
            <Select className={s.fill} value={form?.id ?? ""} onChange={(_, d) => ctl.chooseTemplate(d.value)}>
              {ctl.templates.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.title[lang]}
                </option>
              ))}
            </Select>
          </Field>
          {form && values && (
            <>
              <Field label={t(lang, "newSchemeName")}>
                <Input className={s.fill} value={values.title ?? ""} placeholder={form.title[lang]} onChange={(_, d) => ctl.setTitle(d.value)} />
              </Field>
              {form.choices?.map((c) => (
                <Field key={c.key} label={c.label[lang]}>
                  <Select className={s.fill} aria-invalid={wrongChoices.has(c.key) || undefined} value={values.choices?.[c.key] ?? c.options[0].value} onChange={(_, d) => ctl.setChoice(c.key, d.value)}>
                    {c.options.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label[lang]}
                      </option>
                    ))}
                  </Select>
                </Field>
              ))}
              <div className={s.section} role="group" aria-label={t(lang, "newSchemeColumns")}>
                <strong>{t(lang, "newSchemeColumns")}</strong>
                {st.headers ? (
                  <span className={s.details}>{t(lang, "newSchemeHeadersFrom", { sheet: st.sheet ?? "" })}</span>
                ) : (
                  <div className={s.row}>
                    <span className={s.details}>{t(lang, "newSchemeHeadersNone")}</span>
                    <Button size="small" onClick={() => void ctl.readHeaders()} disabled={busy}>
                      {t(lang, "newSchemeReadHeaders")}
                    </Button>
                  </div>
                )}
                {form.columns.map((slot) => (
                  <div key={slot.key} className={s.fieldRow}>
                    <span>{slot.label[lang]}</span>
                    <NewSchemeColumn lang={lang} headers={st.headers} value={values.columns[slot.key] ?? ""} label={slot.label[lang]} invalid={wrongSlots.has(slot.key)} onChange={(h) => ctl.setColumn(slot.key, h)} />
                  </div>
                ))}
              </div>
              {form.tables.map((spec) => (
                <NewSchemeTable
                  key={spec.id}
                  lang={lang}
                  spec={spec}
                  rows={values.tables[spec.id] ?? []}
                  headers={st.headers}
                  wrong={wrongCells(spec.id)}
                  live={liveIn(spec.id)}
                  onCell={(r, c, text) => ctl.setCell(spec.id, r, c, text)}
                  onAdd={() => ctl.addRow(spec.id)}
                  onRemove={(r) => ctl.removeRow(spec.id, r)}
                />
              ))}
              <NewSchemeConditions lang={lang} conditions={values.conditions} headers={st.headers} live={st.live} onChange={(i, c) => ctl.setCondition(i, c)} onAdd={(k) => ctl.addCondition(k)} onRemove={(i) => ctl.removeCondition(i)} />
              {st.problems.length > 0 && (
                <MessageBar intent="error" layout="multiline">
                  <MessageBarBody>
                    <span data-testid="new-scheme-problems">{t(lang, "newSchemeProblems", { count: st.problems.length })}</span>
                    <ul className={s.list}>
                      {st.problems.map((p, i) => (
                        <li key={i} data-testid="new-scheme-problem" data-code={p.code}>
                          {problemText(p, lang)}
                        </li>
                      ))}
                    </ul>
                  </MessageBarBody>
                </MessageBar>
              )}
              <div className={s.row}>
                <Button appearance="primary" onClick={() => ctl.build()} disabled={busy}>
                  {t(lang, "newSchemeCreate")}
                </Button>
                <Button onClick={() => ctl.close()}>{t(lang, "newSchemeClose")}</Button>
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}
