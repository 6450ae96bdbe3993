/**
 * The preview on the simulated WPS 表格 host (?host=wps, npm run preview -- --host wps): loads and draws the workbook,
 * sets `window.Application` to the ET simulation over it, and starts the task pane as WPS starts it (src/wps).
 */
import { startWpsPane } from "../wps/taskpane";
import { etHost } from "./etSim";
import { lang, loadPage } from "./page";

void loadPage("WPS 表格").then((book) => {
  const app = etHost(book);
  (globalThis as { Application?: unknown }).Application = app;
  startWpsPane(app, lang);
});
