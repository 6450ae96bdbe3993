import { BilingualText } from "../engine";

/**
 * The Excel error a cell function returns for one bad row or a bad call. Excel shows a custom message only on
 * #VALUE! and #N/A, so every input problem is #VALUE! with a zh-CN / en-US message.
 */
export interface ExcelErrorLike {
  code: "#VALUE!" | "#N/A";
  message: string;
}

export function bilingual(text: BilingualText): string {
  return `${text["zh-CN"]} / ${text["en-US"]}`;
}

/** In Excel: a CustomFunctions.Error; under Node (tests, benchmarks): a plain object with the same code and message. */
export function excelError(text: BilingualText, code: "#VALUE!" | "#N/A" = "#VALUE!"): unknown {
  const message = bilingual(text);
  // CustomFunctions exists only inside Excel's runtime
  if (typeof CustomFunctions !== "undefined" && CustomFunctions.Error) {
    return new CustomFunctions.Error(code === "#N/A" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue, message);
  }
  const e: ExcelErrorLike = { code, message };
  return e;
}

/** A call that cannot run at all (unknown scheme, ranges of different lengths): thrown, shown as #VALUE! */
export class CallError extends Error {
  constructor(readonly text: BilingualText) {
    super(bilingual(text));
  }
}
