// The preview page's bundle: the simulated host first, then the task pane exactly as that host loads it.
// ?host=wps runs the pane on the simulated WPS 表格 host (src/wps over src/preview/etSim); otherwise Excel.
if (new URLSearchParams(location.search).get("host") === "wps") void import("./bootWps");
else void import("./boot").then(() => import("../taskpane/index"));
