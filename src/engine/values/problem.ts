/** Why one cell could not be read; returned, never thrown. `detail` is the offending text. */
export class CellProblem {
  constructor(
    readonly code: string,
    readonly detail: string,
  ) {}
}

export function isProblem(v: unknown): v is CellProblem {
  return v instanceof CellProblem;
}
