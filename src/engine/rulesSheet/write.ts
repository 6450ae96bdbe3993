import { SchemeDocument } from "../scheme/schema";
import { ELEMENT_BLOCK_ARRAYS, IDENTITY_PROPS, MAP_PROPS, MARK, RowKind, RULES_FORMAT, RULES_SHEET_NAME, RulesCell, RulesSheet } from "./layout";
import { keyLabel, kindLabel } from "./labels";
import { pathText, Segment } from "./markerPath";
import { isBilingual, isPlainObject, Json, listTag, mergeLetters, scalarCell, scalarLetter, Tag } from "./tags";
import { mapShapeOf } from "./mapShape";

class Rows {
  readonly rows: RulesCell[][] = [];
  readonly kinds: RowKind[] = [];
  push(kind: RowKind, cells: RulesCell[]): void {
    this.rows.push(cells);
    this.kinds.push(kind);
  }
}

type Later = () => void;

const isParamRef = (v: Record<string, Json>) => Object.keys(v).length === 1 && typeof v.param === "string";

/** A map drawn as its own block (free keys), as opposed to an object whose properties are entries. */
export function isMapValue(prop: string, v: Record<string, Json>): boolean {
  return MAP_PROPS.has(prop) && !isParamRef(v);
}

/** Leaves of an element drawn in one table row: dotted key → value; maps and arrays of objects go to child blocks. */
interface Leaf {
  key: string;
  value: Json;
  letter: Tag;
}

function leavesOf(obj: Record<string, Json>, prefix: string, props: Segment[], leaves: Leaf[], complex: { props: Segment[]; value: Json; prop: string }[]): void {
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined) continue;
    const key = prefix + k;
    const letter = scalarLetter(v);
    if (letter) leaves.push({ key, value: v, letter });
    else if (Array.isArray(v)) {
      const lt = v.length ? listTag(v) : "ls";
      if (lt) leaves.push({ key, value: v, letter: lt });
      else if (v.every(isPlainObject)) complex.push({ props: [...props, { prop: k }], value: v, prop: k });
      else leaves.push({ key, value: v, letter: "j" });
    } else if (isPlainObject(v)) {
      if (isMapValue(k, v)) complex.push({ props: [...props, { prop: k }], value: v, prop: k });
      else if (!Object.keys(v).length) leaves.push({ key, value: v, letter: "j" });
      else leavesOf(v, key + ".", [...props, { prop: k }], leaves, complex);
    } else leaves.push({ key, value: v, letter: "j" });
  }
}

function tagOfColumn(letters: Tag[]): Tag {
  const lists = letters.filter((l) => l.startsWith("l"));
  if (letters.includes("j") || (lists.length && lists.length !== letters.length) || new Set(lists).size > 1) return "j";
  return lists.length ? lists[0] : mergeLetters(letters);
}

function leafCell(value: Json, tag: Tag): RulesCell {
  if (tag === "j") return JSON.stringify(value);
  if (tag === "ls" || tag === "ln") return (value as Json[]).map((x) => String(scalarCell(x))).join("\n");
  return scalarCell(value);
}

/** Identity property of an array's elements: present, text and unique in every element. */
export function identityProp(arr: Json[]): string | null {
  for (const p of IDENTITY_PROPS) {
    const seen = new Set<string>();
    if (arr.every((el) => isPlainObject(el) && typeof el[p] === "string" && !seen.has(el[p] as string) && seen.add(el[p] as string))) return p;
  }
  return null;
}

class Writer {
  readonly out = new Rows();

  /** `context` starts the headings of the blocks drawn from this object's tables and maps */
  objectBlock(path: Segment[], obj: Record<string, Json>, heading: string, context: string): void {
    this.out.push("block", [`${MARK.block}${pathText(path)} object`, heading]);
    const later: Later[] = [];
    this.entries(obj, "", path, later, context);
    this.out.push("blank", []);
    later.forEach((f) => f());
  }

  private entry(key: string, tag: Tag, values: RulesCell[]): void {
    this.out.push("entry", [`${key}:${tag}`, keyLabel(key), ...values]);
  }

  private entries(obj: Record<string, Json>, prefix: string, path: Segment[], later: Later[], context: string): void {
    const heading = (key: string) => (context ? `${context} · ${keyLabel(key)}` : keyLabel(key));
    for (const [k, v] of Object.entries(obj)) {
      if (v === undefined) continue;
      const key = prefix + k;
      const here: Segment[] = [...path, { prop: k }];
      const letter = scalarLetter(v);
      if (letter) this.entry(key, letter, [scalarCell(v)]);
      else if (isBilingual(v)) this.entry(key, "t", [scalarCell(v["zh-CN"]), scalarCell(v["en-US"])]);
      else if (Array.isArray(v)) {
        const lt = v.length ? listTag(v) : "ls";
        if (lt) this.entry(key, lt, (v as Json[]).map(scalarCell));
        else if (v.every(isPlainObject)) later.push(() => this.array(here, v as Record<string, Json>[], k, heading(key)));
        else this.entry(key, "j", [JSON.stringify(v)]);
      } else if (isPlainObject(v)) {
        if (isMapValue(k, v)) {
          const shape = mapShapeOf(v);
          if (shape) later.push(() => this.map(here, v, shape, heading(key)));
          else this.entry(key, "j", [JSON.stringify(v)]);
        } else if (!Object.keys(v).length) this.entry(key, "e", []);
        else this.entries(v, key + ".", here, later, context);
      } else this.entry(key, "j", [JSON.stringify(v)]);
    }
  }

  array(path: Segment[], arr: Record<string, Json>[], prop: string, heading: string): void {
    if (ELEMENT_BLOCK_ARRAYS.has(prop)) {
      arr.forEach((el, i) => this.objectBlock([...path, { index: i }], el, elementHeading(prop, el, i), elementContext(prop, el, i)));
      return;
    }
    const ident = identityProp(arr);
    const rows: Leaf[][] = [];
    const later: Later[] = [];
    arr.forEach((el, i) => {
      const leaves: Leaf[] = [];
      const complex: { props: Segment[]; value: Json; prop: string }[] = [];
      leavesOf(el, "", [], leaves, complex);
      rows.push(leaves);
      const at: Segment = ident ? { ident: el[ident] as string } : { index: i };
      const name = ident ? (el[ident] as string) : String(i + 1);
      for (const c of complex) {
        const childPath = [...path, at, ...c.props];
        const sub = `${heading} · ${name} · ${keyLabel(c.props.map((s) => ("prop" in s ? s.prop : "")).join("."))}`;
        if (Array.isArray(c.value)) later.push(() => this.array(childPath, c.value as Record<string, Json>[], c.prop, sub));
        else {
          const shape = mapShapeOf(c.value as Record<string, Json>);
          if (!shape) throw new Error(`rules sheet: no layout for ${pathText(childPath)}`);
          later.push(() => this.map(childPath, c.value as Record<string, Json>, shape, sub));
        }
      }
    });
    const columns: string[] = [];
    const letters = new Map<string, Tag[]>();
    for (const leaves of rows)
      for (const l of leaves) {
        if (!letters.has(l.key)) {
          columns.push(l.key);
          letters.set(l.key, []);
        }
        letters.get(l.key)!.push(l.letter);
      }
    const tags = columns.map((c) => tagOfColumn(letters.get(c)!));
    this.out.push("block", [`${MARK.block}${pathText(path)} table`, heading]);
    this.out.push("keys", [MARK.keys, ...columns.map((c, i) => `${c}:${tags[i]}`)]);
    this.out.push("labels", [MARK.labels, ...columns.map(keyLabel)]);
    for (const leaves of rows) {
      const byKey = new Map(leaves.map((l) => [l.key, l.value]));
      this.out.push("data", [null, ...columns.map((c, i) => (byKey.has(c) ? leafCell(byKey.get(c)!, tags[i]) : null))]);
    }
    this.out.push("blank", []);
    later.forEach((f) => f());
  }

  map(path: Segment[], map: Record<string, Json>, shape: ReturnType<typeof mapShapeOf> & {}, heading: string): void {
    const { kind, depth, columns, rows } = shape;
    const keyCols = depth === 1 ? ["#key:s"] : Array.from({ length: depth }, (_, i) => `#key${i + 1}:s`);
    this.out.push("block", [`${MARK.block}${pathText(path)} ${kind}`, heading]);
    this.out.push("keys", [MARK.keys, ...keyCols, ...columns.map((c) => `${c.key}:${c.tag}`)]);
    this.out.push("labels", [MARK.labels, ...keyCols.map(() => keyLabel("key")), ...columns.map((c) => keyLabel(c.key))]);
    for (const r of rows) this.out.push("data", [null, ...r.keys, ...columns.map((c) => (r.values.has(c.key) ? leafCell(r.values.get(c.key)!, c.tag) : null))]);
    this.out.push("blank", []);
    void map;
  }
}

function elementContext(prop: string, el: Record<string, Json>, i: number): string {
  return `${keyLabel(prop).split(" ")[0]} ${i + 1} · ${String(el.name ?? el.id ?? "")}`;
}

function elementHeading(prop: string, el: Record<string, Json>, i: number): string {
  const title = isBilingual(el.title) ? ` · ${el.title["zh-CN"]} / ${el.title["en-US"]}` : "";
  if (prop === "steps") return `${keyLabel("steps")} ${i + 1} · ${String(el.name)} · ${kindLabel(String(el.kind))}${title}`;
  return `${keyLabel(prop)} ${i + 1} · ${String(el.id ?? el.name ?? "")}${title}`;
}

/**
 * Lays a scheme document out as a rules sheet: every value of the document in a cell, so that
 * `rulesSheetToScheme(schemeToRulesSheet(s))` gives back the same scheme.
 */
export function schemeToRulesSheet(scheme: SchemeDocument): RulesSheet {
  const doc = JSON.parse(JSON.stringify(scheme)) as Record<string, Json>;
  const w = new Writer();
  const title = isBilingual(doc.title) ? doc.title : { "zh-CN": String(doc.id), "en-US": String(doc.id) };
  w.out.push("title", [RULES_FORMAT, `规则 Rules · ${title["zh-CN"]} / ${title["en-US"]}`]);
  w.out.push("note", [
    MARK.note,
    "改白色格子里的值，改完后在任务窗格点「使用规则表」或运行 jili fill --scheme 本文件；A列是Jili读回规则用的标记，请勿改动。空白=未填，null=未配置。",
  ]);
  w.out.push("note", [
    MARK.note,
    "Edit the values; then choose “Use rules sheet” in the task pane or run jili fill --scheme on this file. Column A holds Jili's markers: leave it as it is. Blank = absent, null = not configured.",
  ]);
  w.out.push("blank", []);
  w.objectBlock([], doc, `方案 Scheme · ${title["zh-CN"]} / ${title["en-US"]}`, "");
  return { name: RULES_SHEET_NAME, rows: w.out.rows, kinds: w.out.kinds };
}
