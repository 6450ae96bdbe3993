import { makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../engine";
import { personTotalView, type PersonTotalSummary } from "../controller/resultView";
import { t } from "../i18n";
import { useStyles } from "./styles";

const useTableStyles = makeStyles({
  // the table scrolls sideways inside the pane rather than widening it past ~350 px
  scroll: { overflowX: "auto", maxWidth: "100%" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, whiteSpace: "nowrap" },
  cell: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 6px", textAlign: "left" },
  number: { textAlign: "right" },
});

/**
 * Each person's total across the scheme's parts (new-customer-dev's customers, direct sales and penalty; each part's
 * contribution, the total, whether it is complete), where each part was read and what was left out. The same table
 * is written as Jili's sheet 个人合计.
 */
export function PersonTotalPanel({ lang, personTotal }: { lang: Lang; personTotal: PersonTotalSummary }) {
  const s = useStyles();
  const ts = useTableStyles();
  const v = personTotalView(personTotal, lang);
  const numeric = v.headers.map((_, c) => c > 0 && c < v.headers.length - 2);
  return (
    <div className={s.section} data-testid="person-totals">
      <strong>{v.title}</strong>
      <span className={s.muted}>{v.read}</span>
      {v.leftOut.map((line) => (
        <span key={line} data-testid="person-total-left-out">
          {line}
        </span>
      ))}
      <div className={ts.scroll}>
        <table className={ts.table}>
          <thead>
            <tr>
              {v.headers.map((h, c) => (
                <th key={c} scope="col" className={ts.cell}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {v.rows.map((row, r) => (
              <tr key={r} data-testid="person-total-row">
                {row.map((cell, c) => (
                  <td key={c} className={numeric[c] ? `${ts.cell} ${ts.number}` : ts.cell}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {v.more > 0 && <span className={s.muted}>{t(lang, "personTotalMore", { count: v.more, sheet: v.sheet })}</span>}
      <span className={s.muted}>{t(lang, "personTotalSheet", { sheet: v.sheet })}</span>
    </div>
  );
}
