/// <reference types="office-js" />
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { officeWorkbook } from "../excel/excelWorkbook";
import { App } from "./components/App";
import { PaneSession } from "./controller/session";
import { langOf } from "./i18n";

/** Entry of the task pane bundle: once Office is ready, the pane is rendered into #root with the Excel adapter. */
Office.onReady(() => {
  const root = document.getElementById("root");
  if (!root) return;
  const session = new PaneSession(officeWorkbook(), langOf(Office.context.displayLanguage));
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <App session={session} />
    </FluentProvider>,
  );
});
