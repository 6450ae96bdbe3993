/**
 * Reading the header of a wide table's column as a value of the field it runs across: 第3周 / 3周 / 第三周 /
 * week 3 / W3 as week 3, 2016-05 / 2016年5月 (or a date cell) as May 2016. A header that looks like such a column
 * but cannot be read (第?周, 5月 without a year) is said so, never skipped: a week left out would change money.
 */
import type { FieldDef } from "../scheme/schema";
import { readCell } from "../evaluate/readFields";
import { CellProblem } from "../values/problem";
import type { RawCell } from "../values/parseNumber";
import { normalizeHeader } from "../values/normalizeText";

export type AcrossReading = { value: string } | "unreadable" | null;

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 1–99 written in Chinese numerals (三, 十二, 二十一), or null. */
function chineseNumber(s: string): number | null {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === "") return null;
  if (!m[2]) return m[1] && !m[3] ? DIGITS[m[1]] : null;
  return (m[1] ? DIGITS[m[1]] : 1) * 10 + (m[3] ? DIGITS[m[3]] : 0);
}

const WEEK_ZH = /^第?([0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:周|週|星期)$/;
const WEEK_EN = /^(?:week|wk|w)\.?([0-9]{1,2})$/;
/** words of a column that sums the others: never a week or a month of its own */
const TOTAL_WORDS = /合计|小计|总计|累计|total|sum/;

function weekNumber(h: string): number | null {
  const m = WEEK_ZH.exec(h) ?? WEEK_EN.exec(h);
  if (!m) return null;
  const n = /^[0-9]+$/.test(m[1]) ? Number(m[1]) : chineseNumber(m[1]);
  return n !== null && n >= 1 ? n : null;
}

// "Looks like" is the header's shape, not a character anywhere in it: 第?周, 本周, 周2, 星期三 or week? look like a
// week and stop the run; 周报备注 or 客户周转率 are other columns (a note, a rate), as 月度备注 or 月租 are beside months.
function looksLikeWeek(h: string): boolean {
  return /^第.*(?:周|週|星期)|(?:周|週)$|^(?:周|週)[0-9一二三四五六七八九十日天]|^星期|^(?:week|wk|w)(?:$|[^a-z])/.test(h);
}

function looksLikeMonth(h: string): boolean {
  return /月$|^\d+月|^\d{1,4}[-/.年]\d/.test(h);
}

/** Excel's serial of 1910-01-01: a month header typed as a date is later than this; a bare 5 is not a date. */
const EARLIEST_MONTH_SERIAL = 3654;

/** A header that is only a whole number (2, 3, 4): a week beside other week columns, never on its own. */
export function bareWeekNumber(header: RawCell): string | null {
  const t = typeof header === "number" ? String(header) : typeof header === "string" ? normalizeHeader(header) : "";
  return /^[1-9][0-9]?$/.test(t) ? String(Number(t)) : null;
}

/** The value a wide column stands for, "unreadable" when it looks like one but is not, null when unrelated. */
export function readAcross(across: FieldDef, header: RawCell): AcrossReading {
  if (header === null || header === undefined) return null;
  if (across.type === "month") {
    // a header typed as a small number (5) is a month without its year, not the serial of a day in 1900
    if (typeof header === "number" && header < EARLIEST_MONTH_SERIAL) return "unreadable";
    if (header instanceof Date || typeof header === "number") {
      const v = readCell(across, header);
      return v instanceof CellProblem || v === null ? "unreadable" : { value: v.toString() };
    }
    const h = normalizeHeader(String(header));
    if (TOTAL_WORDS.test(h) || !looksLikeMonth(h)) return null;
    const v = readCell(across, String(header).trim());
    return v instanceof CellProblem || v === null ? "unreadable" : { value: v.toString() };
  }
  const h = normalizeHeader(String(header));
  if (h === "" || TOTAL_WORDS.test(h)) return null;
  const n = weekNumber(h);
  if (n !== null) return { value: String(n) };
  return looksLikeWeek(h) ? "unreadable" : null;
}
