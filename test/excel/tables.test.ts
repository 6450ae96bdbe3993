import { describeTables } from "./tablesScenario";
import { adapterFor } from "./harness";

describeTables("Excel", (book) => adapterFor(book).port);
