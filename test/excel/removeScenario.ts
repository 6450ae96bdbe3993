import { schemeToRulesBook } from "../../src/engine";
import { getPreset } from "../../src/schemes";
import type { RulesPort } from "../../src/excel/rulesSheet";
import type { StatementsPort } from "../../src/excel/statements";
import type { WorkbookPort } from "../../src/excel/port";
import { SimBook, SimSheet } from "../../src/preview/excelSim";
import { removalFor } from "../../src/taskpane/controller/removal";
import { PaneSession } from "../../src/taskpane/controller/session";
import { attachStatements, statementsFor } from "../../src/taskpane/controller/statements";
import { HEADERS, order } from "./data";

/** A clerk's workbook before Jili: data with the user's own fills, widths, a note, a second sheet after it. */
export function userBook(): SimBook {
  const book = new SimBook("订单");
  const s = book.active;
  s.put([["一月揽装明细"], HEADERS, order("王丽", "营业员", 3, true), order("李强", "网格经理", 4, true, { 办理日期: "2016-13-45" }), order("王丽", "营业员", 5, false)]);
  s.bold.add(SimSheet.key(0, 1));
  s.fills.set(SimSheet.key(3, 4), "#FFFF00"); // the bad date cell Jili will mark: the user's yellow must come back
  s.fills.set(SimSheet.key(0, 3), "#DDEBF7");
  s.notes.push({ address: "D4", content: "待核对的日期" }); // the user's note on a cell Jili marks
  s.notes.push({ address: "A3", content: "组长" });
  s.widths.set(0, 80);
  s.numberFormats.set(SimSheet.key(3, 3), "yyyy-mm-dd");
  book.addSheet("备注").put([["说明"], ["一月"]]);
  return book;
}

export interface Ports {
  port: WorkbookPort;
  statements: StatementsPort;
  rules: RulesPort;
}

/** Validate (marks), fill, statements and the rules sheet: everything Jili writes, through the pane's own actions. */
export async function writeEverything(ports: Ports): Promise<PaneSession> {
  const session = new PaneSession(ports.port, "zh-CN");
  attachStatements(session, ports.statements);
  session.chooseScheme("preset:mobile-retention");
  await session.validate();
  await session.fill();
  await statementsFor(session).run();
  await ports.rules.writeRulesBook(schemeToRulesBook(getPreset("mobile-retention")!, "zh-CN"));
  const st = session.getState();
  if (st.error) throw st.error;
  if (statementsFor(session).getState().error) throw statementsFor(session).getState().error;
  return session;
}

/** "Remove Jili output" as the pane does it: find, confirm, remove. */
export async function removeAll(session: PaneSession) {
  const removal = removalFor(session);
  await removal.prepare();
  const asked = removal.getState().confirm;
  if (asked) await removal.confirm();
  return { asked, state: removal.getState() };
}
