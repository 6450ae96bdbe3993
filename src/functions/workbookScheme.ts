/*
 * The workbook's own scheme, as the cell functions see it: the scheme the task pane holds (the one it saves in the
 * workbook and the 规则 sheet edits), its part and the parameters set in the pane. The pane and the functions share
 * one runtime (manifest.xml: SharedRuntime), so the pane publishes here whenever its scheme, part or parameters change
 * (src/taskpane/controller/cellFunctions.ts) and `=JILI.REWARD("workbook", …)` reads it. Host-neutral: no Office.js;
 * the Excel face asks for a recalculation when it changes (recalc.ts).
 */
import type { SchemeDocument } from "./engineFacade";

export interface WorkbookScheme {
  scheme: SchemeDocument;
  /** the part the pane works on; null: the first (or the one the cell names) */
  part: string | null;
  /** parameters as the pane holds them (typed text, or values saved in the workbook) */
  params: Readonly<Record<string, unknown>>;
}

type Listener = (scheme: WorkbookScheme | null) => void;

interface Registry {
  published: WorkbookScheme | null;
  /** false until the pane published once: a cell asking before that waits (#N/A) instead of failing */
  loaded: boolean;
  /** a cell has read the workbook's scheme (or asked before it was there): only then is a recalculation worth asking */
  consulted: boolean;
  listeners: Set<Listener>;
  /** where the scheme is read when no pane published one in this runtime (WPS: the settings sheet); null: nowhere */
  source?: (() => WorkbookScheme | null) | null;
}

/**
 * One registry per runtime, kept on the global object: the task pane and the functions are two webpack entries
 * (taskpane.js, functions.js) loaded into the one page of the shared runtime, and each bundle has its own copy of
 * this module; the global is what they share.
 */
const KEY = "__jiliWorkbookScheme";
const holder = globalThis as typeof globalThis & { [KEY]?: Registry };
const registry: Registry = (holder[KEY] ??= { published: null, loaded: false, consulted: false, listeners: new Set() });

function sameParams(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

function same(a: WorkbookScheme | null, b: WorkbookScheme | null): boolean {
  if (a === null || b === null) return a === b;
  return a.scheme === b.scheme && a.part === b.part && sameParams(a.params, b.params);
}

/**
 * The pane's scheme, part and parameters (null: the pane holds no scheme). Called at every change of the pane's
 * state; a publication equal to the last one (same scheme object, part and parameter values) changes nothing.
 * Listeners hear each real change.
 */
export function publishWorkbookScheme(next: WorkbookScheme | null): void {
  const value = next && { scheme: next.scheme, part: next.part, params: { ...next.params } };
  if (registry.loaded && same(registry.published, value)) return;
  registry.loaded = true;
  registry.published = value;
  for (const l of [...registry.listeners]) l(value);
}

/** What a cell function reads: the published scheme, null when the pane holds none, undefined before the pane loaded. */
export function readWorkbookScheme(): WorkbookScheme | null | undefined {
  registry.consulted = true;
  if (registry.loaded) return registry.published;
  return registry.source ? registry.source() : undefined;
}

/**
 * Where the functions read the workbook's scheme while no pane of this runtime has published one: a face whose pane
 * runs in another page (WPS: the entry page registers the functions, the task pane is a page of its own) reads what
 * the pane saved in the workbook. A publication of the pane, when there is one, takes precedence.
 */
export function setWorkbookSchemeSource(source: (() => WorkbookScheme | null) | null): void {
  registry.source = source;
}

/** Whether any cell read (or waited for) the workbook's scheme since the runtime started or the last reset. */
export function workbookSchemeConsulted(): boolean {
  return registry.consulted;
}

/** Called at each change of the workbook's scheme; returns the call that stops listening. */
export function onWorkbookSchemeChange(listener: Listener): () => void {
  registry.listeners.add(listener);
  return () => registry.listeners.delete(listener);
}

/** Back to the state of a runtime just started (tests). */
export function resetWorkbookScheme(): void {
  registry.published = null;
  registry.loaded = false;
  registry.consulted = false;
  registry.listeners.clear();
  registry.source = null;
}
