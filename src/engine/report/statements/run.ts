// What every statement of one run shares: the summary level, its groups and lines, the inputs and the row table.
import { payOutputIndex } from "../payOutput";
import { Lang } from "../../i18n/messages";
import { EvaluationResult, GroupResult } from "../../evaluate/result";
import { InputTable } from "../../evaluate/table";
import { FieldDef, LevelDef, OutputDef } from "../../scheme/schema";
import { CellOut, FillPlan, SummaryTable } from "../fillPlan";
import { chooseInputs, constantInputs, readInputs } from "./inputs";
import { StatementOptions } from "./model";
import { groupsByPerson, StatementKeys, statementKeys } from "./people";
import { RowTable, rowTable } from "./rowTable";

export interface StatementRun {
  result: EvaluationResult;
  lang: Lang;
  level: LevelDef;
  /** the level's outputs, in summary-line order after the keys */
  defs: OutputDef[];
  groups: GroupResult[];
  summary: SummaryTable;
  /** the data rows (0-based) of group g */
  rowsOf(g: number): number[];
  /** the fields mapped to a data column, in field order, and their values per row */
  mapped: FieldDef[];
  inputs: Map<string, CellOut[]>;
  /** the fields with one value per person: shown in the header */
  constant: Set<string>;
  table: RowTable;
  keys: StatementKeys;
  /** group indices per person */
  people: number[][];
  /** index in defs of the pay output (engine/report/payOutput), -1 when none: the statement's total */
  firstMoney: number;
}

/** Reads the inputs, splits the groups per person and lays out the row table, once for all statements. */
export function statementRun(result: EvaluationResult, table: InputTable, lang: Lang, plan: FillPlan, level: LevelDef, options: StatementOptions): StatementRun {
  const part = result.part;
  const defs = part.outputs[level.id] ?? [];
  const groups = result.groups(level.id, true);
  const members = result.memberRows(level.id);
  const rowsOf = (g: number): number[] => members[g];
  const mapped = part.fields.filter((f) => result.mapping.index.has(f.key));
  const inputs = readInputs(result, table, mapped, lang);
  const keys = statementKeys(part, level);
  const people = groupsByPerson(groups, keys.subject);
  const constant = constantInputs(mapped, inputs, people, rowsOf);
  const inputFields = chooseInputs(
    mapped.filter((f) => !constant.has(f.key)),
    options.maxInputColumns ?? 8,
  );
  return {
    result,
    lang,
    level,
    defs,
    groups,
    summary: plan.summary!,
    rowsOf,
    mapped,
    inputs,
    constant,
    table: rowTable(result, plan, inputs, inputFields, lang),
    keys,
    people,
    firstMoney: payOutputIndex(part, level.id),
  };
}
