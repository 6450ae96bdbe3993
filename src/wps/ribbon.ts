// The add-in's entry page (index.html): the ribbon's callbacks, named in ribbon.xml as ribbon.OnAddinLoad and so on.
import { COMMANDS, type Command } from "./commandNames";
import { wpsApplication } from "./host";

const PANE_KEY = "jili.taskpaneId";
const BUTTONS: Record<string, Command> = { jiliValidate: "validate", jiliFill: "fill", jiliStatements: "statements", jiliRules: "rules", jiliPane: "pane" };

/** taskpane.html beside this page (the add-in's folder, whether served or installed offline). */
function paneUrl(command: Command): string {
  const here = location.href.replace(/[#?].*$/, "");
  // a fresh hash each time, so the same button clicked twice reaches an open pane again
  return `${here.slice(0, here.lastIndexOf("/") + 1)}taskpane.html#${command}&t=${Date.now()}`;
}

/** Shows Jili's task pane (one per add-in, its id kept in PluginStorage for the add-in's pages) at this command. */
function openPane(command: Command): void {
  const app = wpsApplication();
  if (!app) return;
  const id = app.PluginStorage.getItem(PANE_KEY);
  const pane = id ? app.GetTaskPane(Number(id)) : null;
  if (pane) {
    pane.Navigate(paneUrl(command));
    pane.Visible = true;
    return;
  }
  const created = app.CreateTaskPane(paneUrl(command), "Jili 激励");
  app.PluginStorage.setItem(PANE_KEY, created.ID);
  created.Visible = true;
}

export const ribbon = {
  OnAddinLoad(): boolean {
    wpsApplication()?.PluginStorage.setItem(PANE_KEY, "");
    return true;
  },
  OnAction(control: { Id: string }): void {
    const command = BUTTONS[control.Id];
    if (command && COMMANDS.includes(command)) openPane(command);
  },
  GetImage(control: { Id: string }): string {
    return control.Id ? "assets/icon-32.png" : "";
  },
};

(globalThis as { ribbon?: typeof ribbon }).ribbon = ribbon;
