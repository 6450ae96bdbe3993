// Which keys of a level name a period (month, quarter, a date) rather than whose statement a group is.
import { LevelDef, PartDef } from "../../scheme/schema";

const PERIOD_NAME = /^(month|quarter|quarterkey|period|year|yearmonth|reportmonth|week)$/i;
const PERIOD_CALL = /^\s*(month|quarter|year|week)\s*\(/i;

/**
 * A level key that names a period rather than a person: month(date), quarter, yearMonth, a date field. The other
 * keys say whose statement a group belongs to.
 */
export function isPeriodKey(part: PartDef, key: LevelDef["keys"][number]): boolean {
  if (PERIOD_NAME.test(key.name) || PERIOD_CALL.test(key.expr)) return true;
  const expr = key.expr.trim();
  const field = part.fields.find((f) => f.key === expr || f.title["zh-CN"] === expr || f.title["en-US"] === expr);
  return !!field && (field.type === "date" || field.type === "datetime" || field.type === "month");
}
