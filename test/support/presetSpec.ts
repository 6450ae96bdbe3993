/**
 * Reads the worked examples of a preset's specification page (docs/presets/<id>.md) into data the tests run: the
 * format is described in docs/presets/README.md. Written here because no markdown library is needed for pipe tables
 * of plain cells, and the tests must not depend on anything outside the repository.
 */
import { readFileSync } from "fs";
import { join } from "path";

export const PRESET_DOCS = join(__dirname, "..", "..", "docs", "presets");

export interface SpecTable {
  header: string[];
  rows: string[][];
}

export interface SpecExample {
  title: string;
  part?: string;
  params: Record<string, unknown>;
  input: SpecTable;
  rows?: SpecTable;
  groups: { level: string; table: SpecTable }[];
}

/** `| a | b |` → ["a", "b"] (cells trimmed; a `\|` inside a cell is a literal bar). */
function cellsOf(line: string): string[] {
  const inner = line.trim().replace(/^\|/, "").replace(/\|$/, "");
  return inner.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, "|"));
}

const RULE_LINE = /^\|\s*:?-{3,}/;

/** The pipe table starting at or after `from` (blank lines skipped), and the line after it. */
function tableAt(lines: string[], from: number): { table: SpecTable; next: number } {
  let i = from;
  while (i < lines.length && lines[i].trim() === "") i++;
  if (!lines[i]?.trim().startsWith("|") || !RULE_LINE.test(lines[i + 1] ?? "")) throw new Error(`expected a table at line ${i + 1}`);
  const header = cellsOf(lines[i]);
  const rows: string[][] = [];
  for (i += 2; i < lines.length && lines[i].trim().startsWith("|"); i++) {
    const cells = cellsOf(lines[i]);
    if (cells.length !== header.length) throw new Error(`line ${i + 1}: ${cells.length} cells under ${header.length} headers`);
    rows.push(cells);
  }
  return { table: { header, rows }, next: i };
}

/** `name=value`: JSON when it parses as JSON, else the text. */
function paramValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function parseInputLine(line: string, ex: SpecExample): void {
  const part = /part\s+`([^`]+)`/.exec(line);
  if (part) ex.part = part[1];
  const paramsAt = line.indexOf("params");
  if (paramsAt < 0) return;
  for (const m of line.slice(paramsAt).matchAll(/`([A-Za-z_][\w]*)=([^`]*)`/g)) ex.params[m[1]] = paramValue(m[2]);
}

/** Every `### Example` section of the page's `## Worked examples`, with its tables. */
export function readSpecExamples(id: string): SpecExample[] {
  const text = readFileSync(join(PRESET_DOCS, `${id}.md`), "utf8");
  const start = text.indexOf("\n## Worked examples");
  if (start < 0) throw new Error(`${id}.md has no "## Worked examples" section`);
  const end = text.indexOf("\n## ", start + 5);
  const lines = text.slice(start, end < 0 ? undefined : end).split("\n");
  const examples: SpecExample[] = [];
  let current: SpecExample | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith("### ")) {
      current = { title: line.slice(4).trim(), params: {}, input: { header: [], rows: [] }, groups: [] };
      examples.push(current);
      continue;
    }
    if (!current) continue;
    const head = /^(Input|Rows|Groups\s+`([^`]+)`)(?=[\s·:])[^|]*:\s*$/.exec(line.trim());
    if (!head) continue;
    const { table, next } = tableAt(lines, i + 1);
    if (head[1] === "Input") {
      parseInputLine(line, current);
      current.input = table;
    } else if (head[1] === "Rows") current.rows = table;
    else current.groups.push({ level: head[2], table });
    i = next - 1;
  }
  return examples;
}

/** A blank spec cell is an empty sheet cell. */
export function inputCell(text: string): string | null {
  return text === "" ? null : text;
}
