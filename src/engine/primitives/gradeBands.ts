import { Dec } from "../money/decimal";

export interface GradeBand {
  label: string;
  min: Dec;
  inclusive: boolean;
}

/** P10: the first band (highest first) whose lower bound the score reaches; below all bands → `below`. */
export function gradeOf(score: Dec, bands: GradeBand[], below: string): string {
  for (const b of bands) {
    const c = score.cmp(b.min);
    if (c > 0 || (c === 0 && b.inclusive)) return b.label;
  }
  return below;
}
