import { makeStyles, tokens } from "@fluentui/react-components";

/** Shared layout: one column, readable down to ~320 px. */
export const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", gap: "12px", padding: "12px", maxWidth: "640px", minWidth: "280px", boxSizing: "border-box", overflowWrap: "anywhere" },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: "8px" },
  section: { display: "flex", flexDirection: "column", gap: "6px" },
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center" },
  // a field's title above its dropdown, the dropdown the pane's full width, then the full text of the choice
  // (wrapped): nothing is cut at the task pane's ~350 px, whatever the length of a header (issue 19, item 10)
  fieldRow: { display: "flex", flexDirection: "column", gap: "2px", minWidth: 0 },
  choice: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, overflowWrap: "anywhere" },
  fill: { minWidth: 0, width: "100%" },
  grow: { flexGrow: 1, minWidth: 0 },
  reportList: { margin: "4px 0 0", paddingLeft: "18px", fontSize: "12px", lineHeight: "18px" },
  hidden: { display: "none" },
  muted: { color: tokens.colorNeutralForeground3 },
  // the line under a message's plain words: codes and details, for whoever supports the clerk
  details: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  visuallyHidden: { position: "absolute", width: "1px", height: "1px", margin: "-1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap", border: 0 },
  list: { margin: 0, paddingLeft: "16px" },
  issue: { display: "flex", flexDirection: "column", gap: "2px", borderLeft: `3px solid ${tokens.colorNeutralStroke1}`, paddingLeft: "8px" },
  invalid: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  figures: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: "8px" },
  figure: { display: "flex", flexDirection: "column" },
  big: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightHero700 },
});
