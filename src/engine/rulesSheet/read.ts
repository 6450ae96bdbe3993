import { BilingualText, SchemeDocument } from "../scheme/schema";
import { SchemeError, SchemeIssue } from "../scheme/errors";
import { loadScheme } from "../scheme/validate";
import { columnLetter } from "../evaluate/table";
import { RawCell } from "../values/parseNumber";
import { BLOCK_SHAPES, BlockShape, ELEMENT_BLOCK_ARRAYS, IDENTITY_PROPS, MARK, RULES_FORMAT } from "./layout";
import { parsePath, Segment } from "./markerPath";
import { isPlainObject, Json, Read, readJsonCell, readListCell, readListItems, readScalar, Tag } from "./tags";
import { rulesMessage } from "./messages";

/** One problem in a rules sheet, at the cell where it sits. */
export interface RulesProblem {
  code: string;
  /** A1 address in the rules sheet */
  address: string;
  message: BilingualText;
}

export type RulesReadResult = { ok: true; scheme: SchemeDocument; document: Record<string, Json> } | { ok: false; problems: RulesProblem[] };

type JsonPath = (string | number)[];

interface Column {
  key: string;
  tag: Tag;
  isKey: boolean;
}

interface Block {
  shape: BlockShape;
  /** the object (object shape) or the container the rows fill */
  target: Record<string, Json> | Json[];
  path: JsonPath;
  columns: Column[] | null;
}

const isBlank = (c: RawCell | undefined) => c === null || c === undefined || (typeof c === "string" && c.trim() === "");

const addressOf = (row: number, col: number) => `${columnLetter(col)}${row + 1}`;

const pathKey = (p: JsonPath) => JSON.stringify(p);

class Reader {
  readonly problems: RulesProblem[] = [];
  readonly root: Record<string, Json> = {};
  /** cell of every value read, by its path in the document, to place the scheme validator's findings */
  readonly cells = new Map<string, string>();
  /** elements of element-block arrays by the index written in their marker */
  private readonly written = new Map<Json[], Map<number, number>>();

  problem(code: string, address: string, vars: Record<string, string> = {}): void {
    this.problems.push({ code, address, message: rulesMessage(code, { address, ...vars }) });
  }

  at(path: JsonPath, address: string): void {
    const k = pathKey(path);
    if (!this.cells.has(k)) this.cells.set(k, address);
  }

  /** Finds (creating as needed) the container at a marker path; null with a problem when it cannot. */
  resolve(segments: Segment[], shape: BlockShape, address: string): { target: Record<string, Json> | Json[]; path: JsonPath } | null {
    let node: Record<string, Json> | Json[] = this.root;
    const path: JsonPath = [];
    for (let i = 0; i < segments.length; i++) {
      const seg = segments[i];
      const last = i === segments.length - 1;
      const next = segments[i + 1];
      if ("prop" in seg) {
        if (Array.isArray(node)) return this.badPath(address);
        const wantsArray = last ? shape === "table" : "index" in next || "ident" in next;
        if (last) {
          const fresh: Record<string, Json> | Json[] = shape === "object" ? (isPlainObject(node[seg.prop]) ? (node[seg.prop] as Record<string, Json>) : {}) : wantsArray ? [] : {};
          node[seg.prop] = fresh;
          path.push(seg.prop);
          return { target: fresh, path };
        }
        let child = node[seg.prop];
        if (child === undefined || child === null) {
          child = wantsArray ? [] : {};
          node[seg.prop] = child;
        }
        if (typeof child !== "object") return this.badPath(address);
        node = child as Record<string, Json> | Json[];
        path.push(seg.prop);
      } else {
        if (!Array.isArray(node)) return this.badPath(address);
        let index: number;
        if ("index" in seg) {
          const prop = path[path.length - 1];
          if (typeof prop === "string" && ELEMENT_BLOCK_ARRAYS.has(prop)) {
            let seen = this.written.get(node);
            if (!seen) this.written.set(node, (seen = new Map()));
            if (!seen.has(seg.index)) {
              node.push({});
              seen.set(seg.index, node.length - 1);
            }
            index = seen.get(seg.index)!;
          } else index = seg.index;
        } else {
          index = node.findIndex((el) => isPlainObject(el) && IDENTITY_PROPS.some((p) => el[p] === seg.ident));
        }
        const el: Json | undefined = node[index];
        if (!isPlainObject(el)) {
          this.problem("RULES_UNKNOWN_ELEMENT", address, { name: "index" in seg ? String(seg.index + 1) : seg.ident });
          return null;
        }
        node = el;
        path.push(index);
        if (last) return { target: el, path };
      }
    }
    if (shape !== "object") return this.badPath(address);
    return { target: this.root, path: [] };
  }

  private badPath(address: string): null {
    this.problem("RULES_BAD_MARKER", address);
    return null;
  }

  /** Sets a dotted key's value inside an object, recording the cell. */
  set(obj: Record<string, Json>, base: JsonPath, dotted: string, value: Json | undefined, address: string): void {
    const keys = dotted.split(".");
    this.at([...base, ...keys], address);
    // an absent value creates nothing: `closed.status` left blank must not leave an empty `closed` behind
    if (value === undefined) return;
    let node = obj;
    for (let i = 0; i < keys.length - 1; i++) {
      if (!isPlainObject(node[keys[i]])) node[keys[i]] = {};
      node = node[keys[i]] as Record<string, Json>;
    }
    node[keys[keys.length - 1]] = value;
  }

  value(read: Read, address: string): Json | undefined {
    if (read.ok) return read.value;
    this.problem(read.problem.code, address, { value: read.problem.detail });
    return undefined;
  }

  entry(block: Block, row: RawCell[], r: number): void {
    const spec = String(row[0]).trim();
    const colon = spec.lastIndexOf(":");
    const key = colon > 0 ? spec.slice(0, colon) : "";
    const tag = colon > 0 ? spec.slice(colon + 1) : "";
    if (!key || !tag) return this.problem("RULES_BAD_KEY", addressOf(r, 0), { value: spec });
    const obj = block.target as Record<string, Json>;
    const address = addressOf(r, 2);
    let value: Json | undefined;
    if (tag === "t") {
      const zh = this.value(readScalar(row[2], "s"), addressOf(r, 2));
      const en = this.value(readScalar(row[3], "s"), addressOf(r, 3));
      if (zh !== undefined || en !== undefined) {
        value = {};
        if (zh !== undefined) value["zh-CN"] = zh;
        if (en !== undefined) value["en-US"] = en;
      }
      this.at([...block.path, ...key.split("."), "zh-CN"], addressOf(r, 2));
      this.at([...block.path, ...key.split("."), "en-US"], addressOf(r, 3));
    } else if (tag === "ls" || tag === "ln") {
      const items = row.slice(2);
      while (items.length && isBlank(items[items.length - 1])) items.pop();
      value = this.value(readListItems(items, tag), address);
      items.forEach((_, i) => this.at([...block.path, ...key.split("."), i], addressOf(r, 2 + i)));
    } else if (tag === "j") value = this.value(readJsonCell(row[2]), address);
    else if (tag === "e") value = {};
    else value = this.value(readScalar(row[2], tag), address);
    this.set(obj, block.path, key, value, address);
  }

  dataRow(block: Block, row: RawCell[], r: number): void {
    const cols = block.columns;
    if (!cols) return this.problem("RULES_NO_COLUMNS", addressOf(r, 1));
    const keyCols = cols.filter((c) => c.isKey);
    const keys: string[] = [];
    for (let i = 0; i < cols.length; i++) {
      if (!cols[i].isKey) continue;
      const v = this.value(readScalar(row[i + 1], "s"), addressOf(r, i + 1));
      if (v === undefined) return this.problem("RULES_MISSING_KEY", addressOf(r, i + 1));
      keys.push(String(v));
    }
    if (keyCols.length > 1) return this.problem("RULES_BAD_MARKER", addressOf(r, 0));
    const element: Record<string, Json> = {};
    let elementPath: JsonPath;
    if (block.shape === "table") {
      const arr = block.target as Json[];
      elementPath = [...block.path, arr.length];
      arr.push(element);
    } else {
      const map = block.target as Record<string, Json>;
      const k = keys[0];
      if (block.shape === "maprows") {
        if (!Array.isArray(map[k])) map[k] = [];
        const arr = map[k] as Json[];
        elementPath = [...block.path, k, arr.length];
        arr.push(element);
      } else if (block.shape === "mapobj") {
        if (k in map) return this.problem("RULES_DUPLICATE_KEY", addressOf(r, 1), { value: k });
        map[k] = element;
        elementPath = [...block.path, k];
      } else {
        if (k in map) return this.problem("RULES_DUPLICATE_KEY", addressOf(r, 1), { value: k });
        const col = cols.findIndex((c) => !c.isKey);
        const address = addressOf(r, col + 1);
        this.at([...block.path, k], address);
        const v = this.value(readScalar(row[col + 1], cols[col].tag), address);
        if (v !== undefined) map[k] = v;
        return;
      }
    }
    this.at(elementPath, addressOf(r, 1));
    for (let i = 0; i < cols.length; i++) {
      const c = cols[i];
      if (c.isKey) continue;
      const address = addressOf(r, i + 1);
      const read = c.tag === "j" ? readJsonCell(row[i + 1]) : c.tag === "ls" || c.tag === "ln" ? readListCell(row[i + 1], c.tag) : readScalar(row[i + 1], c.tag);
      this.set(element, elementPath, c.key, this.value(read, address), address);
    }
  }

  columns(row: RawCell[], r: number): Column[] | null {
    const cols: Column[] = [];
    for (let i = 1; i < row.length; i++) {
      if (isBlank(row[i])) break;
      const spec = String(row[i]).trim();
      const colon = spec.lastIndexOf(":");
      if (colon <= 0) {
        this.problem("RULES_BAD_KEY", addressOf(r, i), { value: spec });
        return null;
      }
      const key = spec.slice(0, colon);
      cols.push({ key, tag: spec.slice(colon + 1), isKey: /^#key\d*$/.test(key) });
    }
    return cols;
  }
}

/**
 * Reads a scheme back from a rules sheet (rows of cells as read, column A first). Either the whole scheme, validated,
 * or every problem with its cell address: a scheme is never half read.
 */
export function rulesSheetToScheme(rows: RawCell[][]): RulesReadResult {
  const reader = new Reader();
  const first = rows.findIndex((row) => row && row.some((c) => !isBlank(c)));
  if (first < 0 || String(rows[first][0] ?? "").trim() !== RULES_FORMAT) {
    reader.problem("RULES_NOT_A_RULES_SHEET", addressOf(Math.max(first, 0), 0));
    return { ok: false, problems: reader.problems };
  }
  let block: Block | null = null;
  for (let r = first + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    if (row.every(isBlank)) continue;
    const a = isBlank(row[0]) ? "" : String(row[0]).trim();
    if (a.startsWith(MARK.block)) {
      block = null;
      const m = /^@(\S+)\s+(\S+)$/.exec(a);
      const segments = m ? parsePath(m[1]) : null;
      const shape = m?.[2] as BlockShape | undefined;
      if (!segments || !shape || !BLOCK_SHAPES.includes(shape)) {
        reader.problem("RULES_BAD_MARKER", addressOf(r, 0), { value: a });
        continue;
      }
      const found = reader.resolve(segments, shape, addressOf(r, 0));
      if (!found) continue;
      reader.at(found.path, addressOf(r, 0));
      block = { shape, target: found.target, path: found.path, columns: null };
    } else if (a === MARK.keys) {
      if (block) block.columns = reader.columns(row, r);
    } else if (a === MARK.labels || a.startsWith(MARK.note)) {
      continue;
    } else if (!block) {
      reader.problem("RULES_OUTSIDE_BLOCK", addressOf(r, 0));
    } else if (block.shape === "object") {
      if (a) reader.entry(block, row, r);
      else reader.problem("RULES_ROW_WITHOUT_KEY", addressOf(r, 0));
    } else {
      reader.dataRow(block, row, r);
    }
  }
  if (reader.problems.length) return { ok: false, problems: reader.problems };
  try {
    return { ok: true, scheme: loadScheme(reader.root), document: reader.root };
  } catch (e) {
    if (!(e instanceof SchemeError)) throw e;
    return { ok: false, problems: e.issues.map((i) => placeIssue(i, reader.cells)) };
  }
}

/** The cell of a validator finding: the deepest recorded cell on its path (a missing value sits in its block). */
function placeIssue(issue: SchemeIssue, cells: Map<string, string>): RulesProblem {
  let address = "A1";
  for (let n = issue.path.length; n >= 0; n--) {
    const hit = cells.get(pathKey(issue.path.slice(0, n)));
    if (hit) {
      address = hit;
      break;
    }
  }
  return { code: issue.code, address, message: rulesMessage("RULES_SCHEME_ISSUE", { address, code: issue.code, value: issue.message }) };
}
