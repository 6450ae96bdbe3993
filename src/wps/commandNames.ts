/** The ribbon's buttons, as the task pane's URL hash (#validate …): the ribbon page opens the pane with one of them. */
export const COMMANDS = ["validate", "fill", "statements", "rules", "pane"] as const;
export type Command = (typeof COMMANDS)[number];

export function commandOf(hash: string): Command | null {
  const c = hash.replace(/^#/, "").split("&")[0];
  return (COMMANDS as readonly string[]).includes(c) ? (c as Command) : null;
}
