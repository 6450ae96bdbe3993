/**
 * A form's values → a validated scheme. The builder writes the document; loadScheme, the validator every scheme
 * passes, has the last word, and its issues come back as problems like the form's own.
 */
import { loadScheme } from "../scheme/validate";
import { formatPath, SchemeError } from "../scheme/errors";
import type { SchemeDocument } from "../scheme/schema";
import type { FormValues, TemplateForm } from "./form";
import { problem, type FormProblem } from "./messages";
import { buildStepByCount, STEP_BY_COUNT_FORM } from "./stepByCount";
import { buildWeightedGrade, WEIGHTED_GRADE_FORM } from "./weightedGrade";
import { buildSlab, SLAB_FORM } from "./slab";
import { buildFixedByType, FIXED_BY_TYPE_FORM } from "./fixedByType";
import { buildPercentByCount, PERCENT_BY_COUNT_FORM } from "./percentByCount";
import { buildRankAwards, RANK_AWARDS_FORM } from "./rankAwards";
import { buildFines, FINES_FORM } from "./fines";

type Builder = (values: FormValues, sheetHeaders: readonly string[] | null) => { document: Record<string, unknown> } | { problems: FormProblem[] };

const BUILDERS: Record<string, { form: TemplateForm; build: Builder }> = {
  "step-by-count": { form: STEP_BY_COUNT_FORM, build: buildStepByCount },
  "weighted-grade": { form: WEIGHTED_GRADE_FORM, build: buildWeightedGrade },
  slab: { form: SLAB_FORM, build: buildSlab },
  "fixed-by-type": { form: FIXED_BY_TYPE_FORM, build: buildFixedByType },
  "percent-by-count": { form: PERCENT_BY_COUNT_FORM, build: buildPercentByCount },
  "rank-awards": { form: RANK_AWARDS_FORM, build: buildRankAwards },
  fines: { form: FINES_FORM, build: buildFines },
};

/** The templates that have a form, in the order the pane lists them. */
export const TEMPLATE_FORMS: readonly TemplateForm[] = Object.values(BUILDERS).map((b) => b.form);

export function templateForm(id: string): TemplateForm | undefined {
  return BUILDERS[id]?.form;
}

export type FormResult = { ok: true; document: Record<string, unknown>; scheme: SchemeDocument } | { ok: false; problems: FormProblem[] };

/**
 * Builds the scheme the form describes. `sheetHeaders`: the data sheet's headers when known; a typed condition
 * naming a column the sheet lacks is then a problem.
 */
export function buildFromForm(id: string, values: FormValues, sheetHeaders: readonly string[] | null = null): FormResult {
  const entry = BUILDERS[id];
  if (!entry) return { ok: false, problems: [problem("SCHEME_INVALID", { kind: "scheme" }, {}, `no form for the template ${id}`)] };
  const built = entry.build(values, sheetHeaders);
  if ("problems" in built) return { ok: false, problems: built.problems };
  try {
    return { ok: true, document: built.document, scheme: loadScheme(built.document) };
  } catch (e) {
    if (!(e instanceof SchemeError)) throw e;
    return { ok: false, problems: e.issues.map((i) => problem("SCHEME_INVALID", { kind: "scheme" }, {}, `${formatPath(i.path) || "(root)"}: ${i.message}`)) };
  }
}
