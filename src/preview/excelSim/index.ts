/**
 * The Excel host simulation: exactly the part of the Excel JavaScript API that src/excel/ uses, over an in-memory
 * workbook. It serves the adapter's unit tests (where office-addin-mock is too thin: no collections, no ranges by
 * address, nothing to apply writes to) and the preview page (npm run preview), where it stands in for Excel.
 *
 * It keeps Office's batch discipline — properties can be read only after load + sync, writes land at the next sync —
 * and measures every request (syncs and JSON bytes). Every object handed to the adapter is wrapped so that any
 * member not listed in SURFACE throws ApiNotImplemented naming it: a new Office.js call in the adapter fails here
 * (in the unit tests and in the preview) until the simulation implements it.
 *
 * Browser-safe: no Node built-ins. One file per Office.js object (or group of small ones), as Office.js is organised:
 *
 * - surface.ts: SURFACE (every member implemented) and ApiNotImplemented; expose.ts: the proxy that enforces it
 * - context.ts: RequestContext, its write queue, sync and request measure; run.ts: Excel.run;
 *   loadable.ts: load + sync; payload.ts: JSON bytes; protectionGuard.ts: protected sheets refuse changes
 * - workbook.ts, worksheets.ts, worksheet.ts, range.ts (rangeCells.ts: what it reads and writes), areas.ts,
 *   format.ts, borders.ts, tables.ts, notes.ts, comments.ts, charts.ts, pageLayout.ts, protection.ts, functions.ts
 * - book.ts and sheet.ts: the in-memory workbook itself (what the preview draws and the tests inspect)
 */
export { SimBook } from "./book";
export { SimContext } from "./context";
export { expose } from "./expose";
export { simRun } from "./run";
export { SimSheet, type Cell } from "./sheet";
export { ApiNotImplemented, SURFACE, type ApiType } from "./surface";
