/** The person totals as a table in one language: what the CLI prints, `--json` carries and a sheet would hold. */
import type { Lang } from "../../i18n/messages";
import type { CellOut, SummaryTable } from "../fillPlan";
import { LABELS, OWNED_PREFIX } from "../labels";
import type { PersonTotals } from "./compute";

const WORDS = {
  "zh-CN": { person: "人员", total: "合计", why: "说明", fine: "（扣）", open: "未算完", none: "无数据行", notGiven: (t: string) => `未计入「${t}」：没有找到该数据表`, sheet: "个人合计" },
  "en-US": { person: "Person", total: "Total", why: "Notes", fine: " (deducted)", open: "not complete", none: "no rows", notGiven: (t: string) => `${t} is not included: its table was not found`, sheet: "Person totals" },
};

/** The names Jili gives the person-total sheet, in every language: a later fill replaces it, whichever it was. */
export const PERSON_TOTAL_SHEET_NAMES: readonly string[] = Object.values(WORDS).map((w) => `${OWNED_PREFIX}${w.sheet}`);

export function personTotalTable(totals: PersonTotals, lang: Lang, moneyFormat: string): SummaryTable {
  const w = WORDS[lang];
  const L = LABELS[lang];
  const sep = lang === "zh-CN" ? "；" : "; ";
  const columnTitle = (c: PersonTotals["columns"][number]) => `${c.partTitle[lang]}·${c.output[lang]}${c.deducts ? w.fine : ""}`;
  const headers = [w.person, ...totals.columns.map(columnTitle), w.total, L.complete, w.why];
  const rows: CellOut[][] = totals.rows.map((r) => {
    const why = r.states.map((s, k) => (s === "open" ? `${columnTitle(totals.columns[k])}: ${w.open}` : null)).filter((x): x is string => x !== null);
    return [r.person, ...r.amounts, r.total, r.complete ? L.yes : L.no, why.join(sep)];
  });
  const notes = totals.columns.filter((c) => !c.given).map((c) => w.notGiven(c.partTitle[lang]));
  return {
    sheetName: `${OWNED_PREFIX}${w.sheet}`,
    level: "personTotal",
    headers,
    rows,
    numberFormats: [null, ...totals.columns.map(() => moneyFormat), moneyFormat, null, null],
    chart: null,
    ...(notes.length ? { notes } : {}),
  };
}
