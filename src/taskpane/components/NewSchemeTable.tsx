import { Button, Input, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { problemText, type FormProblem, type Lang, type TableSpec } from "../../engine";
import { t } from "../i18n";
import { NewSchemeColumn } from "./NewSchemeColumn";
import { useStyles } from "./styles";

const useTableStyles = makeStyles({
  // the columns share the pane's width by their usual text length; the remove button keeps its own
  grid: { display: "grid", gap: "4px", alignItems: "center" },
  head: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, minWidth: 0 },
  cell: { minWidth: 0, width: "100%" },
  // Fluent's small button is 64 px wide at least: the × keeps to its column
  remove: { minWidth: "28px", width: "28px", paddingLeft: 0, paddingRight: 0 },
  // a cell the last Build found wrong (its message is in the list under the form)
  bad: { backgroundColor: tokens.colorPaletteRedBackground1 },
});

/**
 * A small editable table of the form (bands, weights, grades, amounts): type in the cells, add and remove rows. A
 * condition typed in a cell (a fine's breach) has its problems, checked by the engine as typed, listed under the table.
 */
export function NewSchemeTable(p: {
  lang: Lang;
  spec: TableSpec;
  rows: string[][];
  headers: string[] | null;
  wrong: ReadonlySet<string>;
  /** the typed conditions' problems, by "row:column" (row 1-based) */
  live?: Record<string, FormProblem[]>;
  onCell: (row: number, col: number, text: string) => void;
  onAdd: () => void;
  onRemove: (row: number) => void;
}) {
  const s = useStyles();
  const ts = useTableStyles();
  const { lang, spec } = p;
  const label = spec.label[lang];
  const template = `${spec.columns.map((c) => `minmax(0, ${c.width}fr)`).join(" ")} 28px`;
  return (
    <div className={s.section} role="group" aria-label={label} data-testid={`new-table-${spec.id}`}>
      <strong>{label}</strong>
      <span className={s.details}>{spec.hint[lang]}</span>
      <div className={ts.grid} style={{ gridTemplateColumns: template }}>
        {spec.columns.map((c) => (
          <span key={c.key} className={ts.head}>
            {c.label[lang]}
          </span>
        ))}
        <span />
        {p.rows.map((cells, r) => [
          ...spec.columns.map((c, i) => {
            const cellLabel = t(lang, "newSchemeCell", { table: label, row: r + 1, column: c.label[lang] });
            const bad = p.wrong.has(`${r + 1}:${c.key}`) || (p.live?.[`${r + 1}:${c.key}`] ?? []).length > 0;
            return c.kind === "column" ? (
              <NewSchemeColumn key={`${r}-${c.key}`} lang={lang} headers={p.headers} value={cells[i] ?? ""} label={cellLabel} invalid={bad} onChange={(v) => p.onCell(r, i, v)} />
            ) : (
              <Input key={`${r}-${c.key}`} className={mergeClasses(ts.cell, bad && ts.bad)} aria-invalid={bad || undefined} size="small" value={cells[i] ?? ""} inputMode={c.kind === "number" ? "decimal" : undefined} aria-label={cellLabel} onChange={(_, d) => p.onCell(r, i, d.value)} />
            );
          }),
          <Button key={`${r}-remove`} className={ts.remove} size="small" appearance="subtle" aria-label={t(lang, "newSchemeRemoveRow", { table: label, row: r + 1 })} title={t(lang, "newSchemeRemoveRow", { table: label, row: r + 1 })} onClick={() => p.onRemove(r)}>
            ×
          </Button>,
        ])}
      </div>
      {Object.entries(p.live ?? {}).flatMap(([at, problems]) => {
        const [row, key] = at.split(":");
        const where = t(lang, "newSchemeCell", { table: label, row, column: spec.columns.find((c) => c.key === key)?.label[lang] ?? key });
        return problems.map((x, i) => (
          <span key={`${at}-${i}`} className={s.details} data-testid={`new-cell-${spec.id}-${row}`}>
            {t(lang, "ratesProblemAt", { where, message: problemText(x, lang) })}
          </span>
        ));
      })}
      <div className={s.row}>
        <Button size="small" onClick={p.onAdd} aria-label={`${t(lang, "newSchemeAddRow")}（${label}）`}>
          + {t(lang, "newSchemeAddRow")}
        </Button>
      </div>
    </div>
  );
}
