import { CounterBadge, Link, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { mergeClasses } from "@fluentui/react-components";
import type { Lang } from "../../engine";
import type { IssueCell, ValidationView } from "../controller/issues";
import { t } from "../i18n";
import { GroupFindings } from "./GroupFindings";
import { useStyles } from "./styles";
import { useScrollIntoView } from "./useScrollIntoView";

/** `D7` on the main sheet; `「自定指标」B4` or `「自定指标」第 4 行` for a row of a joined table's own sheet. */
function cellLabel(lang: Lang, cell: IssueCell): string {
  if (cell.sheet === null) return cell.address ?? "";
  return cell.address && !cell.address.includes(":") ? t(lang, "issueSheetCell", { sheet: cell.sheet, cell: cell.address }) : t(lang, "issueSheetRow", { sheet: cell.sheet, row: cell.row });
}

/**
 * Issues grouped by code with their counts, each headed by its reason in words (the code on a details line);
 * clicking a cell selects it in the sheet (a row of a joined table on that table's own sheet). Scrolled into view when a validation ends (`focus`).
 */
export function IssueList({
  lang,
  validation,
  marked,
  focus,
  onSelect,
  showFindings = true,
}: {
  lang: Lang;
  validation: ValidationView;
  marked: number | null;
  focus: boolean;
  onSelect: (cell: IssueCell) => void;
  /** the group findings (false when the result panel above shows them) */
  showFindings?: boolean;
}) {
  const s = useStyles();
  const c = validation.counts;
  const ref = useScrollIntoView<HTMLElement>(focus ? validation : null);
  return (
    <section ref={ref} className={s.section} aria-label={t(lang, "issuesTitle")}>
      <strong>{t(lang, "issuesTitle")}</strong>
      <span data-testid="counts">{t(lang, "counts", { rows: validation.rows, ...c })}</span>
      {c.invalid === 0 && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t(lang, "allValid")}</MessageBarBody>
        </MessageBar>
      )}
      {marked !== null && marked > 0 && <span className={s.muted}>{t(lang, "marked", { count: marked })}</span>}
      {showFindings && <GroupFindings lang={lang} findings={validation.findings} />}
      <ul className={s.list} aria-label={t(lang, "issuesTitle")}>
        {validation.groups.map((g) => (
          <li key={`${g.kind}:${g.code}`} className={mergeClasses(s.issue, g.kind === "invalid" && s.invalid)} data-testid={`issue-${g.code}`}>
            <span className={s.row}>
              <CounterBadge count={g.count} overflowCount={99999} color={g.kind === "invalid" ? "danger" : "informative"} aria-label={String(g.count)} />
              <span data-testid="issue-headline">
                {g.kindLabel} · {g.message}
              </span>
            </span>
            <span className={s.details} data-testid="issue-details">
              {t(lang, "reasonCode", { code: g.code })}
            </span>
            <span className={s.row}>
              {g.cells.map((cell, i) =>
                cell.address ? (
                  // a link, so that it reads as clickable among the row labels
                  <Link key={i} as="button" title={cell.message} aria-label={t(lang, "selectCell", { cell: cellLabel(lang, cell) })} onClick={() => onSelect(cell)}>
                    {cellLabel(lang, cell)}
                  </Link>
                ) : (
                  <span key={i} className={s.muted} title={cell.message}>
                    {t(lang, "issueRow", { row: cell.row })}
                  </span>
                ),
              )}
              {g.count > g.cells.length && <span className={s.muted}>{t(lang, "issueMore", { count: g.count - g.cells.length })}</span>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
