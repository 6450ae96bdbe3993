import DecimalBase from "decimal.js";

/**
 * The engine's own Decimal constructor: 40 significant digits so that divisions (8/3, 50 × R / 0.7) stay exact
 * far beyond 0.01 yuan, and rounding happens only where a scheme says so.
 */
export const Dec = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Dec = InstanceType<typeof Dec>;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);
export const HUNDRED = new Dec(100);

export function isDec(v: unknown): v is Dec {
  return v instanceof Dec;
}

/** A decimal from a JSON number or numeric string; numbers go through their shortest string so 0.1 stays 0.1. */
export function dec(v: number | string | Dec): Dec {
  if (v instanceof Dec) return v;
  return new Dec(typeof v === "number" ? String(v) : v);
}

export type RoundingMode = "halfUp" | "halfEven" | "down" | "up";

const MODES: Record<RoundingMode, DecimalBase.Rounding> = {
  halfUp: DecimalBase.ROUND_HALF_UP,
  halfEven: DecimalBase.ROUND_HALF_EVEN,
  down: DecimalBase.ROUND_DOWN,
  up: DecimalBase.ROUND_UP,
};

export interface Rounding {
  scale: number;
  mode: RoundingMode;
}

export const DEFAULT_ROUNDING: Rounding = { scale: 2, mode: "halfUp" };

/** Rounds a final amount; never call this on an intermediate value. */
export function roundOutput(v: Dec, r: Rounding = DEFAULT_ROUNDING): Dec {
  return v.toDecimalPlaces(r.scale, MODES[r.mode]);
}

/** Plain fixed-point text (no exponent), trailing zeros kept to `scale` places. */
export function formatFixed(v: Dec, scale: number): string {
  return v.toFixed(scale);
}

/**
 * `v.toNumber()`, from a plain text of v's exact value already made (`v.toFixed()`, or `toFixed(n)` of a value
 * with at most n decimals): one conversion to text instead of two. Both texts denote the same decimal, so they
 * parse to the same double; zero keeps its sign through toNumber() only.
 */
export function numberFromText(v: Dec, exactText: string): number {
  return v.isZero() ? v.toNumber() : Number(exactText);
}

/** Shortest exact text: 5, 5.5, 0.005. */
export function formatPlain(v: Dec): string {
  return v.toFixed();
}
