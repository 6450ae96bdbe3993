import { publishWorkbookScheme } from "../../functions/workbookScheme";
import type { PaneState } from "./session";

/**
 * The pane's scheme, part and parameters, published to the cell functions of the shared runtime (src/functions/
 * workbookScheme.ts): `=JILI.REWARD("workbook", …)` computes with them. Called at every change of the pane's state;
 * an unchanged scheme, part and parameters publish nothing new.
 */
export function publishToCells(state: PaneState): void {
  publishWorkbookScheme(state.scheme ? { scheme: state.scheme, part: state.partId ?? state.table?.part.id ?? null, params: state.params } : null);
}
