import { Button, CounterBadge, Link, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { mergeClasses } from "@fluentui/react-components";
import type { Lang } from "../../engine";
import type { IssueCell, IssueGroup, ValidationView } from "../controller/issues";
import { t } from "../i18n";
import { GroupFindings } from "./GroupFindings";
import { useStyles } from "./styles";
import { useScrollIntoView } from "./useScrollIntoView";
import { VirtualList } from "./VirtualList";

/**
 * `D7` or `第 7 行` (a reason naming no column) on the main sheet; `「自定指标」B4` or `「自定指标」第 4 行` for a row of a
 * joined table's own sheet.
 */
export function cellLabel(lang: Lang, cell: IssueCell): string {
  if (cell.sheet === null) return cell.address ?? t(lang, "issueRow", { row: cell.row });
  return cell.address && !cell.address.includes(":") ? t(lang, "issueSheetCell", { sheet: cell.sheet, cell: cell.address }) : t(lang, "issueSheetRow", { sheet: cell.sheet, row: cell.row });
}

export interface IssueActions {
  onSelect: (cell: IssueCell) => void;
  /** keeps only the rows of these groups (every group when none) visible on the data sheet */
  onFilter: (groups?: IssueGroup[]) => void;
  onClearFilter: () => void;
  onExport: () => void;
}

/**
 * Issues grouped by code with their counts, each headed by its reason in words (the code on a details line). Every
 * row of a group is listed, in a windowed list of constant height (VirtualList): clicking one — or Enter on it —
 * selects its cell, or its row when the reason names no column, on its sheet (a row of a joined table on that table's
 * own sheet). Above: filter the data sheet to the rows listed, clear that filter, export the list to a sheet.
 * Scrolled into view when a validation ends (`focus`).
 */
export function IssueList({
  lang,
  validation,
  marked,
  focus,
  actions,
  busy = false,
  filter = null,
  done = null,
  showFindings = true,
}: {
  lang: Lang;
  validation: ValidationView;
  marked: number | null;
  focus: boolean;
  actions: IssueActions;
  busy?: boolean;
  /** Jili's filter on the data sheet, when there is one */
  filter?: { sheet: string; hidden: number } | null;
  /** how the last filter or export ended */
  done?: string | null;
  /** the group findings (false when the result panel above shows them) */
  showFindings?: boolean;
}) {
  const s = useStyles();
  const c = validation.counts;
  const ref = useScrollIntoView<HTMLElement>(focus ? validation : null);
  const hasRows = validation.groups.some((g) => g.cells.length > 0);
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
      {(hasRows || filter) && (
        <div className={s.row}>
          {hasRows && (
            <Button size="small" disabled={busy} onClick={() => actions.onFilter()} aria-label={t(lang, "filterAll")}>
              {t(lang, "filterRows")}
            </Button>
          )}
          {filter && (
            <Button size="small" disabled={busy} onClick={() => actions.onClearFilter()}>
              {t(lang, "clearFilter")}
            </Button>
          )}
          {hasRows && (
            <Button size="small" disabled={busy} onClick={() => actions.onExport()}>
              {t(lang, "exportIssues")}
            </Button>
          )}
        </div>
      )}
      {filter && (
        <span className={s.muted} data-testid="filter-state">
          {t(lang, "filterActive", { sheet: filter.sheet, hidden: filter.hidden })}
        </span>
      )}
      {done && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody data-testid="issues-done">{done}</MessageBarBody>
        </MessageBar>
      )}
      <ul className={s.list} aria-label={t(lang, "issuesTitle")}>
        {validation.groups.map((g) => {
          const label = `${g.kindLabel} · ${g.message}`;
          const onMain = g.cells.some((cell) => cell.sheet === null);
          return (
            <li key={`${g.kind}:${g.code}`} className={mergeClasses(s.issue, g.kind === "invalid" && s.invalid)} data-testid={`issue-${g.code}`}>
              <span className={s.row}>
                <CounterBadge count={g.count} overflowCount={99999} color={g.kind === "invalid" ? "danger" : "informative"} aria-label={String(g.count)} />
                <span data-testid="issue-headline">{label}</span>
              </span>
              <span className={s.details} data-testid="issue-details">
                {t(lang, "reasonCode", { code: g.code })}
              </span>
              {onMain && validation.groups.length > 1 && (
                <span>
                  <Link as="button" disabled={busy} onClick={() => actions.onFilter([g])} aria-label={t(lang, "filterGroup", { label })}>
                    {t(lang, "filterRows")}
                  </Link>
                </span>
              )}
              <VirtualList
                count={g.cells.length}
                label={t(lang, "issueRows", { label, count: g.cells.length })}
                testId={`rows-${g.code}`}
                renderRow={(i, control) => {
                  const cell = g.cells[i];
                  const text = cellLabel(lang, cell);
                  return (
                    <Link
                      as="button"
                      ref={control.ref as (el: HTMLButtonElement | null) => void}
                      tabIndex={control.tabIndex}
                      onFocus={control.onFocus}
                      title={cell.message}
                      aria-label={t(lang, "selectCell", { cell: text })}
                      onClick={() => actions.onSelect(cell)}
                    >
                      {text}
                    </Link>
                  );
                }}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
