// A pane session on new-customer-dev with its parameters set (test/support/newCustomerDevSheets.ts), as a clerk
// starts the person-total campaign: shared by the pane's person-total tests.
import type { WorkbookPort } from "../../src/excel/port";
import { PaneSession } from "../../src/taskpane/controller/session";
import { PARAMS } from "../support/newCustomerDevSheets";

export function campaignSession(port: WorkbookPort): PaneSession {
  const session = new PaneSession(port, "zh-CN", () => "2016-09-01 10:00");
  session.chooseScheme("preset:new-customer-dev");
  for (const [k, v] of Object.entries(PARAMS)) session.setParam(k, v);
  return session;
}
