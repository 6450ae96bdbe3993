/// <reference types="office-js" />
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { fromOfficeError, officePorts } from "../excel";
import { App } from "./components/App";
import { attachRules } from "./controller/rules";
import { PaneSession } from "./controller/session";
import { attachStatements } from "./controller/statements";
import { langOf } from "./i18n";

/**
 * Entry of the task pane bundle: once Office is ready, Jili's settings are read from the workbook (the pane reads its
 * saved run synchronously), then the pane is rendered into #root with the Excel ports, which share that one store.
 */
Office.onReady(async () => {
  const root = document.getElementById("root");
  if (!root) return;
  const lang = langOf(Office.context.displayLanguage);
  let ports: Awaited<ReturnType<typeof officePorts>>;
  try {
    ports = await officePorts();
  } catch (e) {
    // a damaged settings sheet is shown, never overwritten by a pane started without it
    root.textContent = fromOfficeError(e).text[lang];
    return;
  }
  const session = new PaneSession(ports.workbook, lang);
  attachStatements(session, ports.statements);
  attachRules(session, ports.rules);
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <App session={session} />
    </FluentProvider>,
  );
  // results written before: read the sheet they came from and say whether the data or the rules changed since
  void session.open();
});
