import type { SimBook } from "../../src/preview/excelSim";
import { etHost } from "../../src/preview/etSim";
import { wpsPorts } from "../../src/wps";

/** The WPS adapter over the simulated ET host of a book: the pane's three ports and the settings they share. */
export function wpsAdapterFor(book: SimBook) {
  const app = etHost(book);
  const ports = wpsPorts(app);
  return { app, port: ports.workbook, settings: ports.settings, statements: ports.statements, rules: ports.rules };
}
