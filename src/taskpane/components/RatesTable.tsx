import { Button, Input, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ColumnKind, Lang } from "../../engine";
import type { RateCellView, RateTableView } from "../controller/ratesForm";
import { t } from "../i18n";
import { useStyles } from "./styles";

const useTableStyles = makeStyles({
  // the columns share the pane's width; a table too wide for it scrolls inside the panel, never the pane
  scroll: { overflowX: "auto", maxWidth: "100%" },
  grid: { display: "grid", gap: "4px", alignItems: "center", minWidth: "min-content" },
  head: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground3, minWidth: 0, alignSelf: "end" },
  cell: { minWidth: 0, width: "100%" },
  fixed: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, padding: "0 4px", fontVariantNumeric: "tabular-nums", overflowWrap: "anywhere" },
  auto: { color: tokens.colorNeutralForeground4, fontStyle: "italic" },
  invalid: { outline: `2px solid ${tokens.colorPaletteRedBorder2}`, outlineOffset: "1px", borderRadius: tokens.borderRadiusMedium },
  number: { "& input": { textAlign: "right", fontVariantNumeric: "tabular-nums" } },
  problem: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  end: { textAlign: "right" },
  // typed but not applied yet: the clerk sees what Apply will change
  changed: { backgroundColor: tokens.colorPaletteYellowBackground1, "& input": { backgroundColor: "transparent" } },
  remove: { minWidth: 0, width: "24px", padding: 0 },
  // a drop-down whose chosen text wraps (「其他岗位（中心经理、网格经理、装维经理）」 is never cut at 350 px): the
  // native select lies over the text, unseen, so it is still the one control that is focused and read out
  choice: {
    position: "relative",
    minWidth: 0,
    display: "flex",
    alignItems: "center",
    minHeight: "24px",
    boxSizing: "border-box",
    padding: "2px 20px 2px 8px",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
    ":focus-within": { outline: `2px solid ${tokens.colorCompoundBrandStroke}`, outlineOffset: "-1px" },
    "::after": { content: '"⌄"', position: "absolute", right: "6px", top: "50%", transform: "translateY(-65%)", color: tokens.colorNeutralForeground3 },
  },
  placeholderText: { color: tokens.colorNeutralForeground4 },
  overlay: { position: "absolute", inset: 0, width: "100%", height: "100%", opacity: 0, cursor: "pointer", margin: 0, fontSize: tokens.fontSizeBase200 },
});

/** how much of the width each kind of column takes (a role's name needs more than a count) */
const WIDTH: Record<ColumnKind, string> = {
  choice: "minmax(72px, 2fr)",
  text: "minmax(80px, 2fr)",
  date: "minmax(92px, 1.6fr)",
  yesno: "minmax(56px, 1fr)",
  fixed: "minmax(28px, auto)",
  number: "minmax(48px, 1fr)",
  percent: "minmax(52px, 1fr)",
};

function Cell({ cell, onChange }: { cell: RateCellView; onChange: (text: string) => void }) {
  const ts = useTableStyles();
  const bad = cell.problem !== null;
  const cls = mergeClasses(ts.cell, cell.changed && ts.changed, bad && ts.invalid);
  if (cell.readOnly) {
    return (
      <span className={mergeClasses(ts.fixed, cell.numeric && ts.end, !cell.text && ts.auto)} title={cell.text ? undefined : cell.placeholder} data-testid="rate-fixed">
        {cell.text || cell.placeholder}
      </span>
    );
  }
  if (cell.options.length) {
    return (
      <div className={mergeClasses(ts.choice, cell.changed && ts.changed, bad && ts.invalid)} title={cell.problem ?? undefined}>
        <span className={cell.text ? undefined : ts.placeholderText} aria-hidden>
          {cell.text || cell.placeholder}
        </span>
        <select className={ts.overlay} value={cell.text} aria-label={cell.label} aria-invalid={bad} onChange={(e) => onChange(e.target.value)}>
          {cell.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    );
  }
  const numeric = cell.kind === "number" || cell.kind === "percent";
  return (
    <Input
      className={mergeClasses(cls, numeric && ts.number)}
      size="small"
      value={cell.text}
      placeholder={cell.placeholder}
      inputMode={numeric ? "decimal" : undefined}
      aria-label={cell.label}
      aria-invalid={bad}
      title={cell.problem ?? undefined}
      onChange={(_, d) => onChange(d.value)}
    />
  );
}

/** One table of the rates form: the rules sheet's columns, a cell per value, rows added and removed where allowed. */
export function RatesTable(p: { lang: Lang; table: RateTableView; onCell: (row: number, col: number, text: string) => void; onAdd: () => void; onRemove: (row: number) => void }) {
  const s = useStyles();
  const ts = useTableStyles();
  const { lang, table } = p;
  const template = [...table.columns.map((c) => WIDTH[c.kind]), ...(table.growable ? ["24px"] : [])].join(" ");
  return (
    <div className={s.section} data-testid={`rates-table-${table.key}`} {...(table.caption ? { role: "group", "aria-label": `${table.name}` } : {})}>
      {table.caption && <span>{table.caption}</span>}
      <div className={ts.scroll}>
        <div className={ts.grid} style={{ gridTemplateColumns: template }}>
          {table.columns.map((c, i) => (
            <span key={`h${i}`} className={ts.head} role="columnheader">
              {c.label}
            </span>
          ))}
          {table.growable && <span />}
          {table.rows.map((cells, r) => [
            ...cells.map((cell, c) => <Cell key={`${r}-${c}`} cell={cell} onChange={(text) => p.onCell(r, c, text)} />),
            ...(table.growable
              ? [
                  <Button key={`${r}-x`} className={ts.remove} size="small" appearance="subtle" aria-label={t(lang, "ratesRemoveRow", { row: r + 1, table: table.name })} title={t(lang, "ratesRemoveRow", { row: r + 1, table: table.name })} onClick={() => p.onRemove(r)}>
                    ×
                  </Button>,
                ]
              : []),
          ])}
        </div>
      </div>
      {table.blanks.length > 0 && <span className={s.details}>{table.blanks.join(lang === "zh-CN" ? "；" : "; ")}</span>}
      {table.problems.map((m, i) => (
        <span key={i} className={ts.problem} role="alert">
          {m}
        </span>
      ))}
      {table.growable && (
        <div className={s.row}>
          <Button size="small" onClick={p.onAdd} aria-label={t(lang, "ratesAddRowTo", { table: table.name })}>
            + {t(lang, "ratesAddRow")}
          </Button>
        </div>
      )}
    </div>
  );
}
