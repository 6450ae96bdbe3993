/**
 * Runs before the task pane bundle: installs the simulated `Office` and `Excel` globals, loads the workbook chosen
 * in the URL (?book=<sample>.xlsx, or an uploaded one) from the preview server, and draws it beside the pane.
 * Office.onReady — and so the pane — waits until the workbook is loaded.
 */
import { createRoot } from "react-dom/client";
import { bookFromJson, BookJson } from "./bookJson";
import { SimBook } from "./excelSim";
import { installOfficeHost } from "./host";
import { WorkbookView } from "./WorkbookView";

const UPLOAD_KEY = "jili.preview.upload";
const DEFAULT_BOOK = "mobile-retention.xlsx";

const query = new URLSearchParams(location.search);
const lang = query.get("lang") === "en-US" ? "en-US" : "zh-CN";
const bookName = query.get("book") ?? DEFAULT_BOOK;
// ?api=1.10 simulates a host before ExcelApi 1.18: reasons go into comments instead of notes
const apiLevel = query.get("api");
const apis = apiLevel ? Array.from({ length: Number(apiLevel.split(".")[1] ?? 0) }, (_, i) => `1.${i + 1}`) : undefined;

let book: SimBook | null = null;

function go(params: Record<string, string>): void {
  const next = new URLSearchParams(location.search);
  for (const [k, v] of Object.entries(params)) next.set(k, v);
  location.search = next.toString();
}

async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  const body = (await res.json()) as T & { error?: string };
  if (!res.ok) throw new Error(body.error ?? `${res.status} ${res.statusText}`);
  return body;
}

async function upload(file: File): Promise<void> {
  const json = await getJson<BookJson>(`/api/convert?name=${encodeURIComponent(file.name)}`, { method: "POST", body: file });
  try {
    sessionStorage.setItem(UPLOAD_KEY, JSON.stringify(json));
  } catch {
    throw new Error(`${file.name} is too large for the preview (the browser's session storage is full)`);
  }
  go({ book: "upload" });
}

async function load(): Promise<void> {
  const host = document.getElementById("workbook")!;
  try {
    const samples = await getJson<string[]>("/api/samples");
    const stored = bookName === "upload" ? sessionStorage.getItem(UPLOAD_KEY) : null;
    const json = stored ? (JSON.parse(stored) as BookJson) : await getJson<BookJson>(`/api/workbook?name=${encodeURIComponent(bookName)}`);
    book = bookFromJson(json);
    document.title = `Jili preview · ${json.name}`;
    (window as unknown as { jiliPreview: unknown }).jiliPreview = { book };
    createRoot(host).render(
      <WorkbookView book={book} name={json.name} samples={samples} lang={lang} onOpenSample={(name) => go({ book: name })} onUpload={upload} onLang={(l) => go({ lang: l })} />,
    );
  } catch (e) {
    host.textContent = `Could not load the workbook ${bookName}: ${e instanceof Error ? e.message : String(e)}`;
    throw e;
  }
}

installOfficeHost(
  () => {
    if (!book) throw new Error("Excel simulation: the workbook is not loaded yet");
    return book;
  },
  { displayLanguage: lang, apis, ready: load() },
);
