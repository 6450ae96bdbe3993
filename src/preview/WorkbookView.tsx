import { useEffect, useRef, useState, useSyncExternalStore, type ChangeEvent } from "react";
import { cellAddress, colLetters, parseAreas, type Rect } from "../excel/address";
import { SimBook, SimSheet, type Cell } from "./excelSim";

/** rows and columns drawn at most: the samples are small, and a preview is no spreadsheet */
const MAX_ROWS = 1000;
const MAX_COLS = 60;
const EPOCH_1900 = Date.UTC(1899, 11, 30);

const CSS = `
.wb-bar { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; padding: 8px 12px; background: #fff; border-bottom: 1px solid #d1d1d1; }
.wb-bar strong { font-size: 14px; }
.wb-bar label { display: inline-flex; gap: 6px; align-items: center; }
.wb-note { color: #616161; }
.wb-tabs { display: flex; gap: 2px; padding: 6px 12px 0; flex-wrap: wrap; }
.wb-tab { border: 1px solid #d1d1d1; border-bottom: none; background: #e8e8e8; padding: 4px 12px; cursor: pointer; font: inherit; border-radius: 4px 4px 0 0; }
.wb-tab[aria-selected="true"] { background: #fff; color: #107c41; font-weight: 600; }
.wb-scroll { overflow: auto; max-height: calc(100vh - 190px); background: #fff; border-top: 1px solid #d1d1d1; }
.wb-grid { border-collapse: collapse; table-layout: fixed; }
.wb-grid th, .wb-grid td { border: 1px solid #e0e0e0; height: 20px; padding: 0 4px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; position: relative; }
.wb-grid thead th { position: sticky; top: 0; background: #f5f5f5; z-index: 2; font-weight: 400; color: #616161; }
.wb-grid tbody th { position: sticky; left: 0; background: #f5f5f5; z-index: 1; font-weight: 400; color: #616161; min-width: 36px; }
.wb-grid td.num { text-align: right; }
.wb-grid td.formula { color: #0f6cbd; }
.wb-grid td.selected { outline: 2px solid #107c41; outline-offset: -2px; z-index: 1; }
.wb-grid td.note::after { content: ""; position: absolute; top: 0; right: 0; border-top: 6px solid #c50f1f; border-left: 6px solid transparent; }
.wb-grid tr.hidden-row td, .wb-grid tr.hidden-row th { opacity: .45; }
.wb-grid tr.frozen-last td, .wb-grid tr.frozen-last th { border-bottom: 2px solid #8a8a8a; }
.wb-status { padding: 6px 12px; background: #fff; border-top: 1px solid #d1d1d1; min-height: 20px; white-space: pre-wrap; }
.wb-extra { display: flex; flex-wrap: wrap; gap: 16px; padding: 8px 12px; }
.wb-extra ul { margin: 4px 0; padding-left: 18px; max-width: 520px; }
.wb-error { margin: 12px; padding: 8px 12px; background: #fde7e9; border: 1px solid #c50f1f; }
`;

/** What a cell shows: numbers in the few formats Jili writes, dates from serials, TRUE/FALSE. */
export function displayValue(v: Cell | undefined, format: string | undefined): string {
  if (v === undefined) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return v;
  if (format && /[yd]/i.test(format) && !/0/.test(format)) return new Date(EPOCH_1900 + Math.round(v * 86400000)).toISOString().slice(0, 10);
  const decimals = format ? /0\.(0+)/.exec(format)?.[1].length : undefined;
  if (format && format.includes("%")) return `${(v * 100).toFixed(decimals ?? 0)}%`;
  if (decimals !== undefined || format?.includes(",")) return v.toLocaleString("en-US", { minimumFractionDigits: decimals ?? 0, maximumFractionDigits: decimals ?? 0, useGrouping: !!format?.includes(",") });
  return String(Number.isInteger(v) ? v : Number(v.toPrecision(12)));
}

function within(r: Rect, col: number, row: number): boolean {
  return col >= r.left && col <= r.right && row >= r.top && row <= r.bottom;
}

/** notes of the sheet and the comments addressed to it, by A1 address */
function annotations(book: SimBook, sheet: SimSheet): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (a: string, text: string) => out.set(a, [...(out.get(a) ?? []), text]);
  for (const n of sheet.notes) add(n.address.replace(/\$/g, ""), n.content);
  for (const c of book.comments) {
    const bang = c.address.lastIndexOf("!");
    const name = bang < 0 ? book.active.name : c.address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
    const [r] = parseAreas(c.address);
    if (name === sheet.name && r) add(cellAddress(r.left, r.top), c.content);
  }
  return out;
}

function Chart({ sheet, chart }: { sheet: SimSheet; chart: SimSheet["charts"][number] }) {
  const [valuesRect] = parseAreas(chart.values.split("/")[0]);
  const [catRect] = parseAreas(chart.categories);
  if (!valuesRect) return null;
  const bars: { label: string; value: number }[] = [];
  for (let r = valuesRect.top + 1; r <= valuesRect.bottom; r++) {
    const v = sheet.get(valuesRect.left, r);
    const label = catRect ? sheet.get(catRect.left, catRect.top + (r - valuesRect.top - 1)) : r;
    bars.push({ label: String(label ?? ""), value: typeof v === "number" ? v : 0 });
  }
  const max = Math.max(1, ...bars.map((b) => b.value));
  const w = 22;
  const h = 140;
  return (
    <figure data-testid="chart" style={{ margin: 0 }}>
      <figcaption>
        <strong>{chart.title}</strong> <span className="wb-note">({chart.name}, {chart.position.join(":")})</span>
      </figcaption>
      <svg width={bars.length * w + 10} height={h + 10} role="img" aria-label={chart.title}>
        {bars.map((b, i) => (
          <rect key={i} x={5 + i * w} y={5 + h - (b.value / max) * h} width={w - 6} height={(b.value / max) * h} fill="#0f6cbd">
            <title>{`${b.label}: ${b.value}`}</title>
          </rect>
        ))}
      </svg>
    </figure>
  );
}

export interface WorkbookViewProps {
  book: SimBook;
  name: string;
  samples: string[];
  lang: string;
  onOpenSample: (name: string) => void;
  /** rejects with a message to show when the file cannot be read */
  onUpload: (file: File) => Promise<void>;
  onLang: (lang: string) => void;
  /** which host the pane runs on (npm run preview -- --host wps) */
  host?: string;
}

/** The simulated workbook beside the pane: sheet tabs, cells with fills, notes and the selection, charts. */
export function WorkbookView({ book, name, samples, lang, onOpenSample, onUpload, onLang, host = "Excel" }: WorkbookViewProps) {
  const version = useSyncExternalStore(
    (l) => book.subscribe(l),
    () => book.version,
  );
  const [uploadError, setUploadError] = useState<string | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const sheet = book.active;
  const notes = annotations(book, sheet);
  const b = sheet.bounds(false) ?? { top: 1, left: 0, bottom: 1, right: 0 };
  const sel: Rect = { left: book.activeCell.col, right: book.activeCell.col, top: book.activeCell.row, bottom: book.activeCell.row };
  const selKey = `${sheet.id}!${sel.left}:${sel.top}`;
  // a cell selected from the pane scrolls into view, as Excel scrolls to it
  useEffect(() => {
    scroller.current?.querySelector("td.selected")?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [selKey, version]);
  const bottom = Math.min(MAX_ROWS, Math.max(b.bottom, sel.bottom) + 2);
  const right = Math.min(MAX_COLS - 1, Math.max(b.right, sel.right) + 1);
  const cols = Array.from({ length: right + 1 }, (_, c) => c);
  const px = (c: number) => Math.round(((sheet.widths.get(c) ?? 48) * 4) / 3);
  const activeKey = SimSheet.key(sel.left, sel.top);
  const activeText = (() => {
    const v = sheet.cells.get(activeKey);
    const n = notes.get(cellAddress(sel.left, sel.top));
    return `${sheet.name}!${cellAddress(sel.left, sel.top)}${v !== undefined ? ` = ${displayValue(v, sheet.numberFormats.get(activeKey))}` : ""}${n ? `\n${n.join("\n")}` : ""}`;
  })();
  const select = (col: number, row: number) => {
    book.activeCell = { col, row };
    book.changed();
  };
  const upload = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    setUploadError(null);
    if (file) onUpload(file).catch((err: unknown) => setUploadError(err instanceof Error ? err.message : String(err)));
  };
  return (
    <>
      <style>{CSS}</style>
      <div className="wb-bar">
        <strong>Jili preview</strong>
        <label>
          Workbook
          <select data-testid="sample" value={samples.includes(name) ? name : ""} onChange={(e) => onOpenSample(e.target.value)}>
            {!samples.includes(name) && <option value="">{name}</option>}
            {samples.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          Open .xlsx <input type="file" accept=".xlsx" data-testid="upload" onChange={upload} />
        </label>
        <label>
          Office language
          <select data-testid="display-language" value={lang} onChange={(e) => onLang(e.target.value)}>
            <option value="zh-CN">zh-CN</option>
            <option value="en-US">en-US</option>
          </select>
        </label>
        <span className="wb-note">simulated {host} · nothing is saved</span>
      </div>
      {uploadError && <div className="wb-error">{uploadError}</div>}
      <div className="wb-tabs" role="tablist" aria-label="Sheets">
        {book.sheets.filter((s) => !s.veryHidden).map((s) => (
          <button
            key={s.id}
            role="tab"
            className="wb-tab"
            aria-selected={s === sheet}
            data-sheet={s.name}
            onClick={() => {
              book.activate(s);
              book.changed();
            }}
          >
            {s.name}
          </button>
        ))}
      </div>
      <div className="wb-scroll" ref={scroller}>
        <table className="wb-grid" data-testid="grid" data-sheet={sheet.name}>
          <colgroup>
            <col style={{ width: 40 }} />
            {cols.map((c) => (
              <col key={c} style={{ width: px(c) }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th />
              {cols.map((c) => (
                <th key={c}>{colLetters(c)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: bottom }, (_, i) => i + 1).map((r) => (
              <tr key={r} className={[sheet.hiddenRows.has(r) ? "hidden-row" : "", sheet.frozenRows === r ? "frozen-last" : ""].join(" ").trim() || undefined}>
                <th>{r}</th>
                {cols.map((c) => {
                  const k = SimSheet.key(c, r);
                  const v = sheet.cells.get(k);
                  const address = cellAddress(c, r);
                  const note = notes.get(address);
                  const classes = [typeof v === "number" ? "num" : "", sheet.formulas.has(k) ? "formula" : "", within(sel, c, r) ? "selected" : "", note ? "note" : ""].filter(Boolean).join(" ");
                  return (
                    <td
                      key={c}
                      data-address={address}
                      className={classes || undefined}
                      aria-selected={within(sel, c, r) || undefined}
                      title={note ? note.join("\n") : undefined}
                      style={{ background: sheet.fills.get(k), fontWeight: sheet.bold.has(k) ? 600 : undefined, color: sheet.fontColors.get(k) }}
                      onClick={() => select(c, r)}
                    >
                      {displayValue(v, sheet.numberFormats.get(k))}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="wb-status" data-testid="status">
        {activeText}
      </div>
      <div className="wb-extra">
        {notes.size > 0 && (
          <section data-testid="notes">
            <strong>Notes ({notes.size})</strong>
            <ul>
              {[...notes].map(([a, texts]) => (
                <li key={a}>
                  <button
                    type="button"
                    onClick={() => {
                      const [r] = parseAreas(a);
                      if (r) select(r.left, r.top);
                    }}
                  >
                    {a}
                  </button>{" "}
                  {texts.join(" / ")}
                </li>
              ))}
            </ul>
          </section>
        )}
        {sheet.charts.map((c, i) => (
          <Chart key={i} sheet={sheet} chart={c} />
        ))}
      </div>
    </>
  );
}
