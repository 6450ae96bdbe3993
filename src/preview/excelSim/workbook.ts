// Excel.Workbook: its worksheets, application, protection, worksheet functions, active cell and comments.
import { commentsApi } from "./comments";
import type { SimContext } from "./context";
import { expose } from "./expose";
import { functionsApi } from "./functions";
import { protection } from "./protection";
import { SimRange } from "./range";
import { worksheetsApi } from "./worksheets";

/** The workbook as the adapter sees it (context.workbook). */
export function workbookApi(ctx: SimContext) {
  const book = ctx.book;
  return expose("Workbook", {
    worksheets: worksheetsApi(ctx),
    application: expose("Application", {
      suspendApiCalculationUntilNextSync: () => void ctx.calcSuspended++,
      suspendScreenUpdatingUntilNextSync: () => void ctx.screenSuspended++,
    }),
    protection: protection(ctx, "WorkbookProtection", () => book.structureProtected),
    functions: functionsApi(ctx),
    getActiveCell: () => expose("Range", new SimRange(ctx, book.active, { left: book.activeCell.col, right: book.activeCell.col, top: book.activeCell.row, bottom: book.activeCell.row })),
    comments: commentsApi(ctx),
  });
}
