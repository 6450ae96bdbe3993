/** Row and group statuses (C2), ordered by severity so the most severe wins (P1). */
export const OK = 0;
export const PENDING = 1;
export const EXCLUDED = 2;
export const INVALID = 3;

export type StatusName = "ok" | "pending" | "excluded" | "invalid";
export const STATUS_NAMES: StatusName[] = ["ok", "pending", "excluded", "invalid"];

export function statusCode(name: "pending" | "excluded" | "invalid"): number {
  return name === "pending" ? PENDING : name === "excluded" ? EXCLUDED : INVALID;
}

/** One reason attached to a row or group: a status code, a warning or a note. */
export interface Mark {
  code: string;
  field?: string;
  value?: string;
  param?: string;
  detail?: string;
  /** for a derived field: which of its source columns the problem is in */
  source?: number;
}
