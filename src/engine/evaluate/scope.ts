import { LevelDef } from "../scheme/schema";
import { Value } from "../values/value";
import { Lang } from "../i18n/messages";
import { INVALID, Mark, OK } from "./status";
import { BoundedCache, Blocks, Column } from "./store";

type MarkLists = Blocks<Mark[] | undefined>;

/** Produces the explanation of one value of a column, on demand only. */
export type Explainer = (entity: number, lang: Lang) => string | null;


/**
 * One-reason lists shared per scope at most: a scheme's rules and checks give a few dozen distinct reasons, while
 * reasons made row by row (an unreadable cell each, with its own detail) are many and shared by no one.
 */
const SHARED_LISTS = 256;

/** All entities of one scope — the rows, or the groups of one level — with their values and statuses. */
export class Scope {
  readonly columns = new Map<string, Column>();
  readonly explainers = new Map<string, Explainer>();
  readonly status: Uint8Array;
  // reasons per entity, in blocks made on the first reason in them (most runs warn about a few rows, note none)
  private readonly reasons: MarkLists;
  private readonly warned: MarkLists;
  private readonly noted: MarkLists;

  constructor(
    readonly id: string,
    readonly size: number,
  ) {
    this.status = new Uint8Array(size);
    this.reasons = new Blocks(size, undefined);
    this.warned = new Blocks(size, undefined);
    this.noted = new Blocks(size, undefined);
  }

  /**
   * Lists of one reason, shared by every entity with just that reason (a rule's reason on thousands of rows is one
   * object): copied before a second reason is added. Lists are only read once given out.
   */
  private readonly single = new BoundedCache<Mark, Mark[]>(SHARED_LISTS);
  private readonly shared = new Set<Mark[]>();

  private listOf(mark: Mark): Mark[] {
    let list = this.single.get(mark);
    if (!list) {
      list = [mark];
      // reasons made row by row (each with its own detail) are not worth remembering: past the limit none is kept
      if (this.single.set(mark, list)) this.shared.add(list);
    }
    return list;
  }

  /** `list` with `mark` added, copied first when it is shared */
  private withMark(list: Mark[], mark: Mark): Mark[] {
    const own = this.shared.has(list) ? [...list] : list;
    own.push(mark);
    return own;
  }

  /** why entity e is not ok (its status reasons) */
  marksOf(e: number): readonly Mark[] | undefined {
    return this.reasons.get(e);
  }

  warningsOf(e: number): readonly Mark[] | undefined {
    return this.warned.get(e);
  }

  notesOf(e: number): readonly Mark[] | undefined {
    return this.noted.get(e);
  }

  /** Raises the status to `status` if more severe, and records why. */
  fail(e: number, status: number, mark: Mark): void {
    if (status > this.status[e]) this.status[e] = status;
    const lists = this.reasons;
    const list = lists.get(e);
    if (list) {
      // one unset parameter is one reason, however many cells wait for it
      if (!list.some((m) => m.code === mark.code && (m.field === mark.field || (mark.param !== undefined && m.param === mark.param)))) lists.set(e, this.withMark(list, mark));
    } else lists.set(e, this.listOf(mark));
  }

  warn(e: number, mark: Mark): void {
    const lists = this.warned;
    const list = lists.get(e);
    if (list) {
      if (!list.some((m) => m.code === mark.code)) lists.set(e, this.withMark(list, mark));
    } else lists.set(e, this.listOf(mark));
  }

  note(e: number, mark: Mark): void {
    const lists = this.noted;
    const list = lists.get(e);
    if (list) {
      if (!list.some((m) => m.code === mark.code)) lists.set(e, this.withMark(list, mark));
    } else lists.set(e, this.listOf(mark));
  }

  isOk(e: number): boolean {
    return this.status[e] === OK;
  }

  computable(e: number): boolean {
    return this.status[e] !== INVALID;
  }

  /** a new column of blank values, to be filled value by value */
  newColumn(name: string): Value[] {
    const col = Column.plain(this.size);
    this.columns.set(name, col);
    return col.array();
  }

  /** a new column of blank values that numbers its values as they are set (unless `coding` is false) */
  newNumberedColumn(name: string, coding: boolean): Column {
    const col = Column.numbering(this.size, coding);
    this.columns.set(name, col);
    return col;
  }

  /** a new column of blank yes/no values (see Column.flags) */
  newFlagsColumn(name: string, coding: boolean): Column {
    const col = Column.flags(this.size, coding);
    this.columns.set(name, col);
    return col;
  }

  /** entity e's value in the named column; null when there is no such column */
  valueOf(name: string, e: number): Value {
    const col = this.columns.get(name);
    return col ? col.get(e) : null;
  }
}

/** The groups of one level: which member belongs to which group, and each group's key values. */
export class LevelScope extends Scope {
  constructor(
    readonly def: LevelDef,
    size: number,
    /** member entity (of `def.of`) → group index */
    readonly memberToGroup: Int32Array,
    /** key texts per group, in the order of def.keys */
    readonly keyTexts: string[][],
  ) {
    super(def.id, size);
  }
}
