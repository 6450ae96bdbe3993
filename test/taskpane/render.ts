import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import { createElement as h } from "react";
import type { Lang } from "../../src/engine";
import { App } from "../../src/taskpane/components/App";
import { PaneSession } from "../../src/taskpane/controller/session";
import { FakePort } from "./fakePort";

/** The whole pane over a fake workbook, as index.tsx mounts it. */
export function renderPane(port: FakePort, lang: Lang = "zh-CN") {
  const session = new PaneSession(port, lang);
  const view = render(h(FluentProvider, { theme: webLightTheme }, h(App, { session })));
  return { session, ...view };
}
