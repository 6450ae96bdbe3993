import { BilingualText } from "../engine";

/**
 * The error a cell function returns for one bad row or a bad call. Excel shows a custom message only on #VALUE! and
 * #N/A, so every input problem is #VALUE! with a zh-CN / en-US message (#N/A: a value still pending).
 */
export interface ExcelErrorLike {
  code: "#VALUE!" | "#N/A";
  message: string;
}

export function bilingual(text: BilingualText): string {
  return `${text["zh-CN"]} / ${text["en-US"]}`;
}

/**
 * An error cell as the shared implementation returns it: a plain object, the same in every host. Each face turns it
 * into its host's form: Excel a CustomFunctions.Error (`excelError`, in functions.ts), WPS text (src/wps/functions).
 */
export function cellError(text: BilingualText, code: ExcelErrorLike["code"] = "#VALUE!"): ExcelErrorLike {
  return { code, message: bilingual(text) };
}

/** Whether a result cell is an error cell: results are otherwise numbers, text and "" (never objects). */
export function isCellError(v: unknown): v is ExcelErrorLike {
  return typeof v === "object" && v !== null && typeof (v as ExcelErrorLike).code === "string" && typeof (v as ExcelErrorLike).message === "string";
}

/** In Excel: the error cell as a CustomFunctions.Error; under Node (tests, benchmarks): the plain error cell itself. */
export function excelError(e: ExcelErrorLike): unknown {
  // CustomFunctions exists only inside Excel's runtime
  if (typeof CustomFunctions !== "undefined" && CustomFunctions.Error) {
    return new CustomFunctions.Error(e.code === "#N/A" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue, e.message);
  }
  return e;
}

/** A call that cannot run at all (unknown scheme, ranges of different lengths): thrown, shown as #VALUE! (#N/A: waiting) */
export class CallError extends Error {
  constructor(
    readonly text: BilingualText,
    readonly code: ExcelErrorLike["code"] = "#VALUE!",
  ) {
    super(bilingual(text));
  }
}
