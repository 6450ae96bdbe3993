/**
 * The form as it opens: each slot preselects a column of the sheet whose header it usually has, and the tables hold
 * the template's example numbers (the same as the template documents'), to be changed.
 */
import type { FormValues, TemplateForm } from "./form";

const EXAMPLES: Record<string, Record<string, string[][]>> = {
  slab: {
    bands: [
      ["150000", "5000"],
      ["300000", "8000"],
      ["", "10000"],
    ],
  },
  "fixed-by-type": {
    amounts: [
      ["甲类", "300"],
      ["乙类", "200"],
    ],
  },
  "step-by-count": {
    tiers: [
      ["营业员", "5", "20"],
      ["营业员", "", "40"],
      ["", "2", "20"],
      ["", "", "40"],
    ],
  },
  // the template documents' numbers: 0.5% for each unit; 1000 / 600 / 300 by place; a 100-yuan fine per miss
  "percent-by-count": { rates: [["1", "0.5%"]] },
  "rank-awards": { prizes: [["1000"], ["600"], ["300"]] },
  fines: { breaches: [["", "100"]] },
  "weighted-grade": {
    items: [
      ["", "0.4"],
      ["", "0.6"],
    ],
    grades: [
      ["优", "9"],
      ["良", "7"],
      ["中", "5"],
      ["差", ""],
    ],
    amounts: [
      ["优", "", "300"],
      ["良", "", "200"],
      ["中", "", "100"],
      ["差", "", "0"],
    ],
  },
};

export function startValues(form: TemplateForm, sheetHeaders: readonly string[] | null): FormValues {
  const columns: Record<string, string> = {};
  for (const slot of form.columns) {
    const found = sheetHeaders?.find((h) => slot.usual.includes(h));
    columns[slot.key] = found ?? "";
  }
  const tables: Record<string, string[][]> = {};
  for (const t of form.tables) {
    const example = EXAMPLES[form.id]?.[t.id];
    tables[t.id] = example ? example.map((r) => [...r]) : Array.from({ length: t.minRows }, () => t.columns.map(() => ""));
  }
  // each choice opens at its first option
  const choices = Object.fromEntries((form.choices ?? []).map((c) => [c.key, c.options[0].value]));
  return { columns, tables, conditions: [], ...(form.choices ? { choices } : {}) };
}
