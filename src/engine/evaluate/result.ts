import type { ParamProblem } from "./readParams";
import { BilingualText, OutputDef, PartDef, SchemeDocument } from "../scheme/schema";
import { Lang, LANGS } from "../i18n/messages";
import { Dec, numberFromText, roundOutput } from "../money/decimal";
import { Pending, Temporal, Value, valueText } from "../values/value";
import { messageFor } from "./messagesFor";
import { RunState } from "./runState";
import { LevelScope, Scope } from "./scope";
import { EXCLUDED, INVALID, Mark, OK, PENDING, STATUS_NAMES, StatusName } from "./status";
import { ColumnMapping } from "./mapColumns";
import { columnLetter } from "./table";
import { findRoundingPairs, reconcileRows } from "./reconcile";
import { BoundedCache, Column } from "./store";

/**
 * Reasons remembered per result, by mark: rules and checks share one mark across every row they fire on (a few
 * dozen marks), while marks made cell by cell are one per bad cell; 65 536 covers every shared mark of any scheme.
 */
const REASONS_KEPT = 65536;
/**
 * Formatted cells remembered per output, by value: coded columns repeat a few values (units, tier rates), and a
 * column of distinct amounts gains nothing from a Map entry per row.
 */
const CELLS_KEPT = 4096;

/** One output value as shown: `value` for machines, `text` for people; `pending` names why it is not final. */
export interface OutputCell {
  value: number | string | boolean | null;
  text: string;
  pending?: string;
}

/** One reason on a row or group, with its message in both languages. */
/** Where rows and columns are, when the table was put together from several sheets or read long (engine/tables). */
export interface RowPlaces {
  columnLetters?: string[];
  rowSheets?: (string | null)[];
  rowLabels?: (string | null)[];
}

export interface Reason {
  code: string;
  field?: string;
  /** header text of the field's column as found in the sheet */
  column?: string;
  /** spreadsheet column letter of that column */
  columnLetter?: string;
  value?: string;
  message: BilingualText;
}

export interface RowResult {
  /** 0-based index among the data rows */
  index: number;
  /** the sheet of a row only in a joined table (absent for the main sheet's rows) */
  sheet?: string;
  /** the wide column a row of a wide table was read from (第1周) */
  label?: string;
  /** sheet row number */
  row: number;
  status: StatusName;
  /** why the row is excluded, invalid or pending (all failing codes, P1) */
  reasons: Reason[];
  warnings: Reason[];
  notes: Reason[];
  outputs: Record<string, OutputCell>;
  explanation?: BilingualText;
}

export interface GroupResult {
  level: string;
  key: Record<string, string>;
  status: StatusName;
  /** C10: complete when no member row is invalid or pending and no output is pending */
  complete: boolean;
  rows: { total: number; ok: number; excluded: number; invalid: number; pending: number };
  reasons: Reason[];
  warnings: Reason[];
  outputs: Record<string, OutputCell>;
  explanation?: BilingualText;
}

/**
 * The rows of a result read one after the other for a fill, in one language (EvaluationResult.fillRows). A row's
 * reasons and notes are lists a memo may key on: rows with one and the same reason share one list (Scope keeps the
 * lists of one reason), a row with several has a list of its own.
 */
export interface FillRows {
  /** row i's output cells, by the order of the part's row outputs, written into `into` */
  outputs(i: number, into: OutputCell[]): void;
  /** row i's status code (status.ts) */
  status(i: number): number;
  reasonList(i: number): readonly Mark[] | undefined;
  noteList(i: number): readonly Mark[] | undefined;
  /** row i's reasons (why it is not ok) and notes, with their messages */
  reasons(i: number): Reason[];
  notes(i: number): Reason[];
  /** row i's explanation; null when not asked to explain */
  explanation(i: number): string | null;
}

/** What reading one output of one scope looks up (EvaluationResult.outputReading). */
interface OutputReading {
  def: OutputDef;
  scope: Scope;
  col: Column | undefined;
  /** a money, units, points or count output: 0 on a row that is not ok */
  zeroed: boolean;
  /** the row amounts moved by a cent so that a group's rows sum to its rounded total */
  reconciled: Map<number, Dec> | undefined;
  cells: BoundedCache<Value, OutputCell>;
}

const ZEROED_WHEN_NOT_OK = new Set(["money", "units", "points", "count"]);

/** a row that is not ok explains its reasons, not the amounts (`zeroed`: money, units, points, counts) it would have had (an invalid row, nothing at all) */
function unexplained(status: number, zeroed: boolean): boolean {
  return status === INVALID || (status !== OK && zeroed);
}

/** the amount a row that is not ok shows for its money, units, points and counts */
const ZERO_AMOUNT = new Dec(0);

/** the key under which a node of EvaluationResult's explanation memo keeps its text */
const RESULT = Symbol("explanation");

/** the node under `node` for `key` in the explanation trie, made when missing */
function childOf(node: Map<unknown, unknown>, key: unknown): Map<unknown, unknown> {
  let next = node.get(key) as Map<unknown, unknown> | undefined;
  if (next === undefined) node.set(key, (next = new Map()));
  return next;
}

/** The outcome of one evaluation: statuses and values per row and per group, materialised on request. */
export class EvaluationResult {
  private reconciled?: Map<string, Map<number, Dec>>;

  /** @param sheetRows sheet row number of each data row; null: 2, 3, … (header on row 1), made when first asked */
  constructor(
    readonly scheme: SchemeDocument,
    readonly part: PartDef,
    readonly state: RunState,
    readonly mapping: ColumnMapping,
    readonly headers: string[],
    private sheetRows: number[] | null,
    readonly paramProblems: ParamProblem[],
    private readonly places: RowPlaces = {},
  ) {}

  /** the sheet row i came from when it is not the main sheet (a row only in a joined table), else null */
  rowSheet(i: number): string | null {
    return this.places.rowSheets?.[i] ?? null;
  }

  /** the wide column row i was read from (第1周), when the table was laid out wide, else null */
  rowLabel(i: number): string | null {
    return this.places.rowLabels?.[i] ?? null;
  }

  /** sheet row number of each data row */
  get rowNumbers(): number[] {
    return (this.sheetRows ??= Array.from({ length: this.rowCount }, (_, i) => i + 2));
  }

  get rowCount(): number {
    return this.state.row.size;
  }

  /** levels that have outputs, in declaration order */
  get levels(): string[] {
    return this.part.levels.map((l) => l.id);
  }

  rowStatus(i: number): StatusName {
    return STATUS_NAMES[this.state.row.status[i]];
  }

  /** counts of rows by status */
  statusCounts(): Record<StatusName, number> {
    const c = { ok: 0, pending: 0, excluded: 0, invalid: 0 };
    for (const s of this.state.row.status) c[STATUS_NAMES[s]]++;
    return c;
  }

  /** each reason once per mark: rules give every row they fire on the same mark (reasons are only read) */
  private readonly reasonOfMark = new BoundedCache<Mark, Reason>(REASONS_KEPT);
  /** each value's cell once per output: columns hold a few shared values (units, tier rates) */
  private readonly cellOfValue = new Map<OutputDef, BoundedCache<Value, OutputCell>>();

  private reasons(marks: readonly Mark[] | undefined): Reason[] {
    if (!marks) return [];
    return marks.map((m) => {
      let r = this.reasonOfMark.get(m);
      if (r === undefined) {
        r = this.reason(m);
        // marks made cell by cell (an unreadable value each) are many: only the first are remembered
        this.reasonOfMark.set(m, r);
      }
      return r;
    });
  }

  private reason(m: Mark): Reason {
    const field = m.field ? this.part.fields.find((f) => f.key === m.field) : undefined;
    // a derived field has no column of its own: its (first) source column is the cell to look at
    const colIndex = m.field ? (this.mapping.index.get(m.field) ?? this.mapping.derived.get(m.field)?.[m.source ?? 0]) : undefined;
    const vars = (lang: Lang) => ({
      field: field ? field.title[lang] : m.field,
      value: m.value,
      param: m.param,
      detail: m.detail,
    });
    const message = { "zh-CN": messageFor(this.state, m.code, "zh-CN", vars("zh-CN")), "en-US": messageFor(this.state, m.code, "en-US", vars("en-US")) };
    const r: Reason = { code: m.code, message };
    if (m.field) r.field = m.field;
    if (colIndex !== undefined) {
      r.column = this.headers[colIndex];
      // a column that is not the main sheet's own (a joined value) has no letter there
      const letter = this.places.columnLetters ? (this.places.columnLetters[colIndex] ?? "") : columnLetter(colIndex);
      if (letter) r.columnLetter = letter;
    }
    if (m.value !== undefined) r.value = m.value;
    return r;
  }

  /** row money amounts adjusted by cents so that a group's rows sum exactly to its rounded total */
  private reconciledRows(name: string): Map<number, Dec> | undefined {
    if (!this.reconciled) {
      this.reconciled = new Map();
      for (const [output, pair] of findRoundingPairs(this.part)) {
        this.reconciled.set(output, reconcileRows(this.state, output, pair.level, this.scheme.rounding));
      }
    }
    return this.reconciled.get(name);
  }

  private cell(def: OutputDef, scope: Scope, e: number): OutputCell {
    return this.cellRead(this.outputReading(def, scope), e);
  }

  /** What reading output `def` of `scope` looks up, looked up once for a run of rows (a fill reads them all). */
  private outputReading(def: OutputDef, scope: Scope): OutputReading {
    let cells = this.cellOfValue.get(def);
    if (cells === undefined) this.cellOfValue.set(def, (cells = new BoundedCache(CELLS_KEPT)));
    const reconciled = scope === this.state.row && def.type === "money" ? this.reconciledRows(def.name) : undefined;
    return { def, scope, col: scope.columns.get(def.name), zeroed: ZEROED_WHEN_NOT_OK.has(def.type), reconciled, cells };
  }

  private cellRead(r: OutputReading, e: number): OutputCell {
    const { def, scope, col } = r;
    const status = scope.status[e];
    if (!col || status === INVALID) return { value: null, text: "" };
    const v: Value = col.get(e);
    if (status !== OK && r.zeroed) {
      // a pending row pays 0 for now and says what it waits for
      const zero = this.cellFor(def, ZERO_AMOUNT, r.cells);
      const waiting = status === PENDING ? scope.marksOf(e)?.[0]?.code : undefined;
      return waiting ? { ...zero, pending: waiting } : zero;
    }
    const adjusted = r.reconciled?.get(e);
    if (adjusted) return { value: adjusted.toNumber(), text: adjusted.toFixed(this.scheme.rounding.scale) };
    return this.cellFor(def, v, r.cells);
  }

  /** format(def, v), once per value instance (coded columns repeat a few) */
  private cellFor(def: OutputDef, v: Value, cells: BoundedCache<Value, OutputCell>): OutputCell {
    let cell = cells.get(v);
    if (cell === undefined) {
      cell = this.format(def, v);
      // a column of distinct values is not worth remembering
      cells.set(v, cell);
    }
    return cell;
  }

  format(def: OutputDef, v: Value): OutputCell {
    if (v instanceof Pending) {
      const shown = v.partial ? this.format(def, v.partial) : { value: null, text: "" };
      return { ...shown, pending: v.code };
    }
    if (v === null) return { value: null, text: "" };
    if (v instanceof Dec) {
      if (def.type === "money") {
        const scale = this.scheme.rounding.scale;
        // whole amounts (most rewards) need no rounding: their digits and the zeros of the scale
        if (v.isInteger() && !v.isZero() && scale >= 0) {
          const whole = v.toFixed();
          const text = scale > 0 ? `${whole}.${"0".repeat(scale)}` : whole;
          return { value: numberFromText(v, whole), text };
        }
        const r = roundOutput(v, this.scheme.rounding);
        const text = r.toFixed(scale);
        return { value: numberFromText(r, text), text };
      }
      const decimals = def.decimals ?? (def.type === "score" ? 2 : undefined);
      if (decimals === undefined) {
        const text = v.toFixed();
        return { value: numberFromText(v, text), text };
      }
      return { value: v.toNumber(), text: v.toDecimalPlaces(decimals, Dec.ROUND_HALF_UP).toFixed(decimals) };
    }
    if (v instanceof Temporal) return { value: v.toString(), text: v.toString() };
    if (typeof v === "boolean") return { value: v, text: v ? "是" : "否" };
    return { value: valueText(v), text: valueText(v) };
  }

  private explanation(scope: Scope, outputs: OutputDef[], e: number): BilingualText | undefined {
    const out: Partial<BilingualText> = {};
    for (const lang of LANGS) out[lang] = this.explanationIn(scope, outputs, e, lang);
    return out as BilingualText;
  }

  /**
   * Explanations by their pieces: a row's explanation is made of its outputs' texts and its reason lists, and rows
   * repeat them (the same units, the same place in the bonus table, the same rule), so each distinct explanation is
   * put together once and shared. Keys: the status, the pieces' texts in order, then the lists (by instance).
   */
  private readonly explained = new Map<string, Map<unknown, unknown>>();
  private explainedCount = 0;
  /**
   * The explainer of each (scope, language), for the outputs it was made for: a fill asks row after row in one
   * language, a RowResult or GroupResult in both languages one after the other.
   */
  private readonly explainersByRoot = new Map<string, { outputs: OutputDef[]; read: (e: number) => string }>();

  private explanationIn(scope: Scope, outputs: OutputDef[], e: number, lang: Lang): string {
    const key = `${scope.id}\u0001${lang}`;
    const known = this.explainersByRoot.get(key);
    if (known !== undefined && known.outputs === outputs) return known.read(e);
    const read = this.explainer(scope, outputs, lang);
    this.explainersByRoot.set(key, { outputs, read });
    return read(e);
  }

  /** Explains entity after entity of `scope`: the outputs' explainers, columns and memo root looked up once. */
  private explainer(scope: Scope, outputs: OutputDef[], lang: Lang): (e: number) => string {
    const explainers = outputs.map((o) => scope.explainers.get(o.name));
    const columns = outputs.map((o) => scope.columns.get(o.name));
    const zeroed = outputs.map((o) => ZEROED_WHEN_NOT_OK.has(o.type));
    const rootKey = `${scope.id}\u0001${lang}`;
    let root = this.explained.get(rootKey);
    if (root === undefined) this.explained.set(rootKey, (root = new Map()));
    const memo = root;
    // the pieces of one entity, read again for the next (putTogether uses them before returning)
    const texts: (string | null)[] = new Array(outputs.length);
    return (e) => {
      const status = scope.status[e];
      let shareable = true;
      for (let k = 0; k < outputs.length; k++) {
        if (unexplained(status, zeroed[k])) {
          texts[k] = null;
          continue;
        }
        const ex = explainers[k];
        texts[k] = ex ? ex(e, lang) : null;
        // a pending value's text names what it waits for: put together on its own
        if (columns[k]?.get(e) instanceof Pending) shareable = false;
      }
      const marks = scope.marksOf(e);
      const notes = scope.notesOf(e);
      const warnings = scope.warningsOf(e);
      if (!shareable || this.explainedCount >= 65536) return this.putTogether(scope, outputs, e, lang, texts, [marks, notes, warnings]);
      let node = childOf(memo, status);
      for (let k = 0; k < texts.length; k++) node = childOf(node, texts[k]);
      node = childOf(childOf(childOf(node, marks ?? null), notes ?? null), warnings ?? null);
      let text = node.get(RESULT) as string | undefined;
      if (text === undefined) {
        text = this.putTogether(scope, outputs, e, lang, texts, [marks, notes, warnings]);
        node.set(RESULT, text);
        this.explainedCount++;
      }
      return text;
    };
  }

  private putTogether(scope: Scope, outputs: OutputDef[], e: number, lang: Lang, texts: (string | null)[], lists: (readonly Mark[] | undefined)[]): string {
    const parts: string[] = [];
    const status = scope.status[e];
    outputs.forEach((o, k) => {
      if (unexplained(status, ZEROED_WHEN_NOT_OK.has(o.type))) return;
      const text = texts[k];
      const value = scope.columns.get(o.name)?.get(e);
      const waiting = value instanceof Pending ? `${lang === "zh-CN" ? "待定" : "pending"} ${value.code}: ${messageFor(this.state, value.code, lang, { param: value.param })}` : null;
      if (text || waiting) parts.push(`${o.title[lang]}: ${[text, waiting].filter(Boolean).join(" — ")}`);
    });
    const marks = [...(lists[0] ?? []), ...(lists[1] ?? []), ...(lists[2] ?? [])];
    for (const r of this.reasons(marks)) parts.push(`${r.code}: ${r.message[lang]}`);
    return parts.join(lang === "zh-CN" ? "；" : "; ");
  }

  /**
   * The rows as a fill writes them, one after the other in one language, without a RowResult each: what reading a
   * row looks up (the outputs' columns, explainers and caches) is looked up once, not per row of a million.
   */
  fillRows(lang: Lang, explain: boolean): FillRows {
    const scope = this.state.row;
    const defs = this.part.outputs.row ?? [];
    const readings = defs.map((d) => this.outputReading(d, scope));
    const explainRow = explain ? this.explainer(scope, defs, lang) : null;
    return {
      outputs: (i, into) => {
        for (let k = 0; k < readings.length; k++) into[k] = this.cellRead(readings[k], i);
      },
      status: (i) => scope.status[i],
      reasonList: (i) => scope.marksOf(i),
      noteList: (i) => scope.notesOf(i),
      reasons: (i) => this.reasons(scope.marksOf(i)),
      notes: (i) => this.reasons(scope.notesOf(i)),
      explanation: (i) => (explainRow === null ? null : explainRow(i)),
    };
  }

  row(i: number, explain = false): RowResult {
    const scope = this.state.row;
    const outputs: Record<string, OutputCell> = {};
    const defs = this.part.outputs.row ?? [];
    for (const d of defs) outputs[d.name] = this.cell(d, scope, i);
    const r: RowResult = {
      index: i,
      row: this.rowNumbers[i],
      status: STATUS_NAMES[scope.status[i]],
      reasons: this.reasons(scope.marksOf(i)),
      warnings: this.reasons(scope.warningsOf(i)),
      notes: this.reasons(scope.notesOf(i)),
      outputs,
    };
    const sheet = this.rowSheet(i);
    if (sheet !== null) r.sheet = sheet;
    const label = this.rowLabel(i);
    if (label) r.label = label;
    if (explain) r.explanation = this.explanation(scope, defs, i);
    return r;
  }

  rows(explain = false): RowResult[] {
    const out: RowResult[] = new Array(this.rowCount);
    for (let i = 0; i < this.rowCount; i++) out[i] = this.row(i, explain);
    return out;
  }

  /** the data rows (0-based indexes) of each group of a level, in the order of `groups(levelId)` */
  memberRows(levelId: string): number[][] {
    const m = this.state.members(levelId, "row");
    const out: number[][] = [];
    for (let g = 0; g + 1 < m.offsets.length; g++) out.push(Array.from(m.items.subarray(m.offsets[g], m.offsets[g + 1])));
    return out;
  }

  /** how many groups a level has (the length of `groups(levelId)`, without building them) */
  groupCount(levelId: string): number {
    return this.state.level(levelId).size;
  }

  /** for each data row, the index of its group of a level in `groups(levelId)` (-1: in none) */
  groupOfRows(levelId: string): Int32Array {
    return this.state.ancestorMap("row", levelId);
  }

  groups(levelId: string, explain = false): GroupResult[] {
    const level = this.state.level(levelId) as LevelScope;
    const members = this.state.members(levelId, "row");
    const defs = this.part.outputs[levelId] ?? [];
    const rowStatus = this.state.row.status;
    const out: GroupResult[] = [];
    for (let g = 0; g < level.size; g++) {
      const rows = { total: 0, ok: 0, excluded: 0, invalid: 0, pending: 0 };
      for (let i = members.offsets[g]; i < members.offsets[g + 1]; i++) {
        const s = rowStatus[members.items[i]];
        rows.total++;
        if (s === OK) rows.ok++;
        else if (s === EXCLUDED) rows.excluded++;
        else if (s === INVALID) rows.invalid++;
        else if (s === PENDING) rows.pending++;
      }
      const outputs: Record<string, OutputCell> = {};
      for (const d of defs) outputs[d.name] = this.cell(d, level, g);
      const key: Record<string, string> = {};
      level.def.keys.forEach((k, i) => (key[k.name] = level.keyTexts[g][i]));
      const anyPending = Object.values(outputs).some((o) => o.pending);
      const status = STATUS_NAMES[level.status[g]];
      const result: GroupResult = {
        level: levelId,
        key,
        status,
        complete: rows.invalid === 0 && rows.pending === 0 && !anyPending && (status === "ok" || status === "excluded"),
        rows,
        reasons: this.reasons(level.marksOf(g)),
        warnings: this.reasons(level.warningsOf(g)),
        outputs,
      };
      if (explain) result.explanation = this.explanation(level, defs, g);
      out.push(result);
    }
    return out;
  }
}
