// Stores one part of a row key per row, as an id per distinct text where its expression is coded: keys are then compared as integers, not texts.
import { Compiled } from "../../expr/compile";
import { EvalFailure, Pending, Value } from "../../values/value";
import { CodedExpr } from "./codedExpr";
import { CodeArray } from "./columnCodes";
import { Blocks } from "./blocks";

/** The text of one entity's key value; may act on the entity (a pending key makes its row pending). */
export type KeyText = (e: number, v: Value) => string;

/**
 * One part of a row key (a level's key, a duplicate check's key): its text per entity, held for RowKeyIndex.
 * A coded expression's texts are numbered once per code (`ids`); any other is held as text (`texts`).
 */
export class KeyPart {
  readonly ids: CodeArray | null = null;
  /** texts per entity (null: blank) */
  readonly texts: Blocks<string | null> | null = null;
  /** the texts are a text column's own blocks, read as they are: nothing is set per entity */
  private readonly shared: boolean;
  /** text id per code; -1 not known yet (and kept so for pending and failed values, whose text acts per row) */
  private readonly idOfCode: Int32Array | null = null;
  private readonly idOfText = new Map<string, number>([["", 0]]);
  private readonly textOfId: string[] = [""];

  constructor(
    private readonly value: Compiled,
    private readonly coded: CodedExpr | null,
    size: number,
    private readonly textOf: KeyText,
    /** a text column's blocks, when the key is just that column */
    source: Blocks<string | null> | null = null,
  ) {
    this.shared = !coded && source !== null;
    if (this.shared) this.texts = source;
    else if (coded) {
      // a code has one text: ids stay below the number of codes, plus one for the blank text
      this.ids = coded.size < 0xffff ? new Uint16Array(size) : new Int32Array(size);
      this.idOfCode = new Int32Array(coded.size).fill(-1);
    } else this.texts = new Blocks<string | null>(size, null);
  }

  /** Works out and keeps entity e's part; true when its text is empty. */
  set(e: number): boolean {
    const { coded, ids, idOfCode } = this;
    if (coded !== null && ids !== null && idOfCode !== null) {
      const c = coded.codes[e];
      let id = idOfCode[c];
      if (id < 0) {
        const v = coded.valueAt(e);
        id = this.idOf(this.textOf(e, v));
        if (!(v instanceof Pending || v instanceof EvalFailure)) idOfCode[c] = id;
      }
      ids[e] = id;
      return id === 0;
    }
    if (this.shared) return (this.texts as Blocks<string | null>).get(e) === null;
    const text = this.textOf(e, this.value(e));
    (this.texts as Blocks<string | null>).set(e, text);
    return text === "";
  }

  /** how many distinct texts the numbered part has met (ids are below this) */
  get distinct(): number {
    return this.textOfId.length;
  }

  /** the text kept for entity e by `set` */
  text(e: number): string {
    return this.ids !== null ? this.textOfId[this.ids[e]] : ((this.texts as Blocks<string | null>).get(e) ?? "");
  }

  /** the value of entity e's key (worked out again: expressions are pure) */
  valueAt(e: number): Value {
    return this.value(e);
  }

  private idOf(text: string): number {
    let id = this.idOfText.get(text);
    if (id === undefined) {
      id = this.textOfId.length;
      this.idOfText.set(text, id);
      this.textOfId.push(text);
    }
    return id;
  }
}

/** The numbered and the text parts of a key, as RowKeyIndex takes them. */
export function partArrays(parts: KeyPart[]): { ints: CodeArray[]; texts: Blocks<string | null>[] } {
  const ints: CodeArray[] = [];
  const texts: Blocks<string | null>[] = [];
  for (const p of parts) {
    if (p.ids) ints.push(p.ids);
    else if (p.texts) texts.push(p.texts);
  }
  return { ints, texts };
}
