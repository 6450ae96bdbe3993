import { describeTables } from "../excel/tablesScenario";
import { wpsAdapterFor } from "./harness";

describeTables("WPS", (book) => wpsAdapterFor(book).port);
