import { useSyncExternalStore } from "react";
import type { PaneSession, PaneState } from "../controller/session";

/** The session's state, re-rendering on every change. */
export function usePane(session: PaneSession): PaneState {
  return useSyncExternalStore(session.subscribe, session.getState);
}
