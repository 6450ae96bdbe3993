export { personTotals } from "./compute";
export type { ContributionState, PartRun, PersonTotalRow, PersonTotals } from "./compute";
export { PERSON_TOTAL_SHEET_NAMES, personTotalTable } from "./table";
export { personTotalIssues } from "./checks";
export { runPersonTotals } from "./runParts";
export type { PersonTotalRun } from "./runParts";
