/**
 * The document shared by the forms that pay each row on its own (slab, fixed-by-type): per person and month, the
 * rows not excluded each earn the reward step's amount, and the month's total is their sum.
 */
import type { BilingualText } from "../scheme/schema";
import { ColumnNames } from "./columns";
import type { FormValues, TemplateForm } from "./form";
import type { FormProblem } from "./messages";
import { declareSlots, exclusionSteps, fieldsOf, formDocument, personLevel } from "./shared";

const both = (zh: string, en: string) => ({ "zh-CN": zh, "en-US": en });

export function rowRewardDocument(
  form: TemplateForm,
  values: FormValues,
  sheetHeaders: readonly string[] | null,
  problems: FormProblem[],
  reward: Record<string, unknown>,
  description: BilingualText,
): { document: Record<string, unknown> } | { problems: FormProblem[] } {
  const names = new ColumnNames();
  declareSlots(form, values, names, problems);
  const exclusions = exclusionSteps(values, names, sheetHeaders, problems);
  if (problems.length) return { problems };
  const document = formDocument(form, values, description, {
    title: both("明细", "Rows"),
    fields: fieldsOf(form, values, names),
    levels: [personLevel("month(date)")],
    steps: [
      ...exclusions,
      { name: "reward", title: both("奖励", "Reward"), unit: both("元", "yuan"), ...reward },
      { name: "total", kind: "aggregate", scope: "personMonth", op: "sum", of: "reward", title: both("奖励合计", "Reward total") },
    ],
    outputs: {
      row: [{ name: "reward", title: both("奖励(元)", "Reward (yuan)"), type: "money" }],
      personMonth: [{ name: "total", title: both("奖励合计(元)", "Reward total (yuan)"), type: "money" }],
    },
  });
  return { document };
}
