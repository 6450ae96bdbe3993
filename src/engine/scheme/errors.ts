/** One problem in a scheme document, with the path where it sits. */
export interface SchemeIssue {
  code: string;
  path: (string | number)[];
  message: string;
}

export function formatPath(path: (string | number)[]): string {
  return path.reduce<string>((acc, p) => (typeof p === "number" ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), "");
}

/** Thrown when a scheme document is malformed: every problem found, each with its path. */
export class SchemeError extends Error {
  readonly code = "INVALID_SCHEME";

  constructor(readonly issues: SchemeIssue[]) {
    super(`Invalid scheme document / 方案文件无效:\n${issues.map((i) => `  ${formatPath(i.path) || "(root)"}: ${i.message}`).join("\n")}`);
    this.name = "SchemeError";
  }
}

/** Thrown by the expression compiler; the validator turns it into a SchemeIssue with the step's path. */
export class ExprError extends Error {
  constructor(
    readonly code: "EXPR_SYNTAX" | "EXPR_TOO_COMPLEX" | "UNKNOWN_NAME" | "UNKNOWN_FUNCTION" | "BAD_ARGUMENTS" | "UNSUPPORTED_SYNTAX" | "FORWARD_REFERENCE" | "WRONG_SCOPE",
    message: string,
  ) {
    super(message);
    this.name = "ExprError";
  }
}
