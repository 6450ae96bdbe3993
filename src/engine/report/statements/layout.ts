// Lays the statement data out as one printable sheet: each person's statement on its own pages.
import { columnWidths } from "./columnWidths";
import { STATEMENT_LABELS } from "./labels";
import { StatementSet } from "./model";
import { printSettings } from "./print";
import { rowHeights } from "./rowHeights";
import { LayoutOptions, StatementSheet } from "./sheet";
import { validSheetName } from "./sheetName";
import { SheetRows } from "./sheetRows";
import { statementBlock } from "./statementBlock";

/**
 * The printable sheet: the statements one under the other, each starting on a new page (a manual page break), on
 * A4 fitted to the page width — portrait when the row table fits, landscape otherwise. A clerk prints the sheet once
 * and gets one statement (or more pages of it) per person, each with a place to sign.
 */
export function layoutStatements(set: StatementSet, options: LayoutOptions = {}): StatementSheet {
  const name = validSheetName(options.name ?? STATEMENT_LABELS[set.lang].sheet, options.taken);
  const W = Math.max(set.columns.length, 3);
  const geometry = { valueCol: W - 2, explainCol: W - 1 };
  const { widths, orientation } = columnWidths(set, geometry.valueCol, geometry.explainCol);
  const sheet = new SheetRows(W);
  const pageBreaks: number[] = [];
  const blocks = set.statements.map((s, k) => {
    if (k > 0) pageBreaks.push(sheet.next);
    return statementBlock(sheet, set, s, { ...geometry, orientation });
  });
  return {
    name,
    columnWidths: widths,
    rowHeights: rowHeights(sheet.rows, widths),
    rows: sheet.rows,
    merges: sheet.merges,
    pageBreaks,
    print: printSettings(orientation, set.lang),
    blocks,
  };
}
