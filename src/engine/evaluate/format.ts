import { Dec, isDec } from "../money/decimal";
import { Lang } from "../i18n/messages";
import { Pending, Value, valueText } from "../values/value";

export interface UnitText {
  "zh-CN": string;
  "en-US": string;
}

/** A number for an explanation: exact when short, else 4 decimals marked ≈. */
export function num(v: Value): string {
  if (v instanceof Pending) return v.partial ? `${num(v.partial)}+?` : "?";
  if (!isDec(v)) return valueText(v);
  const dp = v.decimalPlaces();
  if (dp <= 4) return v.toFixed();
  return `≈${v.toDecimalPlaces(4, Dec.ROUND_HALF_UP).toFixed()}`;
}

/** value with its unit: 220元 / 220 yuan */
export function withUnit(v: Value, unit: UnitText | undefined, lang: Lang): string {
  if (!unit) return num(v);
  const u = unit[lang];
  return lang === "zh-CN" || u.startsWith("%") ? `${num(v)}${u}` : `${num(v)} ${u}`.trimEnd();
}
