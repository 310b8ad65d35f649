import type { TextSpan } from "@communique/core";
import { spanOf } from "./text/span.js";

/** Something the extractor did not understand or had to leave out, and where it stands. */
export interface ExtractWarning {
  code: string;
  message: string;
  span?: TextSpan;
}

/** A warning about the stretch of text `at`. */
export function warning(code: string, message: string, at?: { start: number; end: number }): ExtractWarning {
  return { code, message, ...(at === undefined ? {} : { span: spanOf(at) }) };
}
