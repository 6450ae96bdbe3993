import type { PaneSession } from "../taskpane/controller/session";
import { rulesFor } from "../taskpane/controller/rules";
import { statementsFor } from "../taskpane/controller/statements";

import type { Command } from "./commandNames";

/**
 * Runs a ribbon command in the pane, through the same session actions as the pane's own buttons: nothing more is
 * computed. Statements are cut from a fill, so 个人明细 fills first when the pane has not filled yet. A command that
 * needs a scheme does nothing until one is chosen (the pane shows why).
 */
export async function runCommand(session: PaneSession, command: Command): Promise<void> {
  const st = session.getState();
  if (command === "pane" || !st.scheme) return;
  if (command === "validate") return session.validate();
  if (command === "fill") return session.fill();
  if (command === "rules") return rulesFor(session).editRules();
  if (!session.getState().summary) await session.fill();
  if (session.getState().summary) await statementsFor(session).run();
}
