// Entry of the WPS task pane: the same React pane and controller as in Excel, over the WPS ports.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "../taskpane/components/App";
import { attachRules } from "../taskpane/controller/rules";
import { PaneSession } from "../taskpane/controller/session";
import { attachStatements } from "../taskpane/controller/statements";
import { langOf } from "../taskpane/i18n";
import { commandOf } from "./commandNames";
import { runCommand } from "./commands";
import type { EtApplication } from "./et";
import { wpsApplication, wpsLanguage } from "./host";
import { wpsPorts } from "./index";

/** Renders the pane into #root over this application; ribbon commands arrive as the URL's hash. */
export function startWpsPane(app: EtApplication, lang: string): PaneSession {
  const ports = wpsPorts(app);
  const session = new PaneSession(ports.workbook, langOf(lang));
  attachStatements(session, ports.statements);
  attachRules(session, ports.rules);
  const root = document.getElementById("root");
  if (root) {
    createRoot(root).render(
      <FluentProvider theme={webLightTheme}>
        <App session={session} />
      </FluentProvider>,
    );
  }
  // results written before: read the sheet they came from and say whether the data or the rules changed since; a
  // ribbon command waits for that read, so the two never read at once
  const opened = session.open();
  const onHash = () => {
    const c = commandOf(location.hash);
    if (c) void opened.then(() => runCommand(session, c));
  };
  window.addEventListener("hashchange", onHash);
  onHash();
  return session;
}

/** In WPS: start once the page has loaded (window.Application is there from the start). */
export function main(): void {
  const app = wpsApplication();
  if (!app) {
    document.body.textContent = "Jili: this page runs inside WPS 表格 (window.Application is missing) / 此页面需在 WPS 表格中打开";
    return;
  }
  startWpsPane(app, wpsLanguage());
}
