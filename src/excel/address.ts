/** A1-style helpers. Columns and rows are 0-based inside Jili; Excel addresses are 1-based rows. */

export function colLetters(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** `B5` from a 0-based column and a 1-based sheet row. */
export function cellAddress(col: number, row: number): string {
  return `${colLetters(col)}${row}`;
}

/** `B5:D9` (1-based rows, 0-based columns). */
export function rangeAddress(col0: number, row0: number, col1: number, row1: number): string {
  const a = cellAddress(col0, row0);
  const b = cellAddress(col1, row1);
  return a === b ? a : `${a}:${b}`;
}

export interface Rect {
  /** 0-based column bounds, inclusive */
  left: number;
  right: number;
  /** 1-based row bounds, inclusive */
  top: number;
  bottom: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const WHOLE_COLS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const WHOLE_ROWS = /^\$?(\d+):\$?(\d+)$/;
const MAX_ROW = 1048576;
const MAX_COL = 16383;

function part(text: string): Rect | null {
  const cols = WHOLE_COLS.exec(text);
  if (cols) return { left: colIndex(cols[1]), right: colIndex(cols[2]), top: 1, bottom: MAX_ROW };
  const rows = WHOLE_ROWS.exec(text);
  if (rows) return { left: 0, right: MAX_COL, top: Number(rows[1]), bottom: Number(rows[2]) };
  const [a, b = a] = text.split(":");
  const m = CELL.exec(a);
  const n = CELL.exec(b);
  if (!m || !n) return null;
  const l = colIndex(m[1]);
  const r = colIndex(n[1]);
  const t = Number(m[2]);
  const btm = Number(n[2]);
  return { left: Math.min(l, r), right: Math.max(l, r), top: Math.min(t, btm), bottom: Math.max(t, btm) };
}

/**
 * The rectangles of a (RangeAreas) address as Excel returns it: `Sheet1!A1:B2, 'My, sheet'!D5`. Sheet names may
 * be quoted and contain commas; unparsable pieces are skipped.
 */
export function parseAreas(address: string): Rect[] {
  const out: Rect[] = [];
  let piece = "";
  let quoted = false;
  const flush = () => {
    const text = piece.trim();
    piece = "";
    if (!text) return;
    const bang = text.lastIndexOf("!");
    const r = part(bang >= 0 ? text.slice(bang + 1) : text);
    if (r) out.push(r);
  };
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") {
      if (quoted && address[i + 1] === "'") {
        piece += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    }
    if (ch === "," && !quoted) flush();
    else piece += ch;
  }
  flush();
  return out;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
