import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import { createElement as h } from "react";
import type { Lang } from "../../src/engine";
import { App } from "../../src/taskpane/components/App";
import { PaneSession } from "../../src/taskpane/controller/session";
import type { WorkbookPort } from "../../src/excel/port";
import type { Clock } from "../../src/taskpane/controller/clock";

/** The whole pane over a workbook (a fake, or an adapter over a simulated host), as index.tsx mounts it. */
export function renderPane(port: WorkbookPort, lang: Lang = "zh-CN", clock?: Clock) {
  return renderSession(new PaneSession(port, lang, clock));
}

/** The pane of a session made by the test (its clock, its statements adapter). */
export function renderSession(session: PaneSession) {
  const view = render(h(FluentProvider, { theme: webLightTheme }, h(App, { session })));
  return { session, ...view };
}
