/**
 * The WPS 表格 (ET) host simulation, as src/preview/excelSim/ is Excel's: exactly the members src/wps calls
 * (ET_SURFACE), over the same in-memory workbook (SimBook), with the object model's semantics — synchronous calls,
 * 1-based Item, Value2 a scalar for one cell and rows of values for several, dates as serial numbers (Workbook.Date1904
 * says which system), ET's comments as the sheet's notes, colours as BGR numbers, a protected sheet refusing changes —
 * and EtNotImplemented for any other member. The adapter's tests and `npm run preview -- --host wps` use it.
 *
 * - guard.ts: ET_SURFACE, the proxy that enforces it, the errors thrown
 * - application.ts: Application, Workbook, Sheets, Window; worksheet.ts: Worksheet, Comments, PageSetup, HPageBreaks
 * - range.ts: Range, Comment; format.ts: Interior, Font, Borders, alignment
 */
import type { EtApplication } from "../../wps/et";
import type { SimBook } from "../excelSim/book";
import { etApplication } from "./application";

export { ET_SURFACE, EtNotImplemented } from "./guard";
export { etApplicationState } from "./worksheet";

/** The simulated application as src/wps sees it (the type is src/wps's view of the object model). */
export function etHost(book: SimBook): EtApplication {
  return etApplication(book) as unknown as EtApplication;
}
