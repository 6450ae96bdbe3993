import { SimBook } from "../../src/preview/excelSim";
import { filterScenario } from "../excel/filterScenario";
import { wpsAdapterFor } from "./harness";

filterScenario("WPS", (book) => wpsAdapterFor(book), () => new SimBook("明细"));
