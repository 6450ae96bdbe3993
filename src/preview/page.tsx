/**
 * The preview page's workbook side, whichever host the pane runs on: loads the workbook chosen in the URL
 * (?book=<sample>.xlsx, or an uploaded one) from the preview server and draws it.
 */
import { createRoot } from "react-dom/client";
import { bookFromJson, BookJson } from "./bookJson";
import type { SimBook } from "./excelSim";
import { WorkbookView } from "./WorkbookView";

const UPLOAD_KEY = "jili.preview.upload";
const DEFAULT_BOOK = "mobile-retention.xlsx";

export const query = new URLSearchParams(location.search);
export const lang = query.get("lang") === "en-US" ? "en-US" : "zh-CN";
const bookName = query.get("book") ?? DEFAULT_BOOK;

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

/** Loads and draws the workbook; `host` names the simulated host in the page. */
export async function loadPage(host: string): Promise<SimBook> {
  const view = document.getElementById("workbook")!;
  try {
    const samples = await getJson<string[]>("/api/samples");
    const stored = bookName === "upload" ? sessionStorage.getItem(UPLOAD_KEY) : null;
    const json = stored ? (JSON.parse(stored) as BookJson) : await getJson<BookJson>(`/api/workbook?name=${encodeURIComponent(bookName)}`);
    const book = bookFromJson(json);
    document.title = `Jili preview · ${json.name}`;
    (window as unknown as { jiliPreview: unknown }).jiliPreview = { book };
    createRoot(view).render(
      <WorkbookView book={book} name={json.name} samples={samples} lang={lang} host={host} onOpenSample={(name) => go({ book: name })} onUpload={upload} onLang={(l) => go({ lang: l })} />,
    );
    return book;
  } catch (e) {
    view.textContent = `Could not load the workbook ${bookName}: ${e instanceof Error ? e.message : String(e)}`;
    throw e;
  }
}
