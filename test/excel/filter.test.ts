import { SimBook } from "../../src/preview/excelSim";
import { adapterFor } from "./harness";
import { filterScenario } from "./filterScenario";

filterScenario("Excel", (book) => adapterFor(book), () => new SimBook("明细"));
