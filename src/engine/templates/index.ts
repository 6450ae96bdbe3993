/** New schemes from a template's form (issue 20 item 4): the form's description, its values, and the builders. */
export { buildFromForm, templateForm, TEMPLATE_FORMS } from "./build";
export type { FormResult } from "./build";
export { checkConditionText, isoDate, OP_WORDS } from "./condition";
export { PICK_OPS, VALUELESS } from "./form";
export type { SlotKind, ChoiceSpec, ColumnSlot, ConditionValue, FormValues, PickOp, TableColumn, TableSpec, TemplateForm } from "./form";
export { problemText } from "./messages";
export type { FormPlace, FormProblem, FormProblemCode } from "./messages";
export { sheetHeaders } from "./sheetHeaders";
export { startValues } from "./start";
