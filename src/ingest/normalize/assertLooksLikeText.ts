import { ErrorCode, GovgraphError } from "../../errors.js";

// Text may hold tabs, line breaks, form feeds and the odd stray control character;
// a file where more than one char in twenty is a control character, or that holds a
// NUL, is a PDF, an image or a Word file, and normalising it would only make noise.
const MAX_CONTROL_SHARE = 0.05;

/** Throws BAD_USER_INPUT when bytes or chars look like a binary file, not text. */
export function assertLooksLikeText(input: string | Uint8Array): void {
  const isString = typeof input === "string";
  let controls = 0;
  for (let i = 0; i < input.length; i++) {
    const code = isString ? input.charCodeAt(i) : input[i]!;
    if (code >= 0x20 && code !== 0x7f) continue;
    if (code === 0) throw binary(`NUL at ${isString ? "char" : "byte"} ${i}`);
    if (code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) controls++;
  }
  if (controls > MAX_CONTROL_SHARE * input.length) {
    throw binary(`${controls} control characters in ${input.length}`);
  }
}

function binary(detail: string): GovgraphError {
  return new GovgraphError(ErrorCode.BAD_USER_INPUT, `input looks binary, not text: ${detail}`);
}
