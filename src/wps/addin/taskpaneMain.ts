// The task pane page's bundle in the add-in package.
import { main } from "../taskpane";

main();
