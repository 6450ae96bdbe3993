// The preview page's bundle: the simulated host first, then the task pane exactly as Excel loads it.
import "./boot";
import "../taskpane/index";
