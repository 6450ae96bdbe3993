/**
 * Runs before the task pane bundle: installs the simulated `Office` and `Excel` globals, loads the workbook chosen
 * in the URL and draws it beside the pane (page.tsx). Office.onReady — and so the pane — waits until it is loaded.
 */
import type { SimBook } from "./excelSim";
import { installOfficeHost } from "./host";
import { lang, loadPage, query } from "./page";

// ?api=1.10 simulates a host before ExcelApi 1.18: reasons go into comments instead of notes
const apiLevel = query.get("api");
const apis = apiLevel ? Array.from({ length: Number(apiLevel.split(".")[1] ?? 0) }, (_, i) => `1.${i + 1}`) : undefined;

let book: SimBook | null = null;

installOfficeHost(
  () => {
    if (!book) throw new Error("Excel simulation: the workbook is not loaded yet");
    return book;
  },
  {
    displayLanguage: lang,
    apis,
    ready: loadPage("Excel").then((b) => {
      book = b;
    }),
  },
);
