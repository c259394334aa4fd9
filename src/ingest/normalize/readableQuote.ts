import { layoutLines } from "./layoutLines.js";
import { isInvisible } from "./normalizeCharacters.js";
import { stripHtml, type HtmlMode } from "./stripHtml.js";
import { stripMarkdown } from "./stripMarkdown.js";

// What stripHtml and stripMarkdown act on; most sentences hold none of it.
const MARKUP = /[<&*_\\`[\]|#>+~=]/u;
// Where an invisible character (isInvisible, as normalizeCharacters drops them) can be:
// controls and format characters. Line breaks and tabs are spaces by then.
const CONTROL_OR_FORMAT = /[\p{Cc}\p{Cf}]/gu;

/**
 * A span of the original text as a reader sees it: tags removed and entities decoded
 * (for a source in HTML), Markdown marks removed, a code cut at a line's end joined
 * ("NĐ-\nCP"), line wraps and runs of spaces made one space, NFC. Letters and dashes
 * stay as written: "Thuỵ" keeps its old tone placement and "–" stays an en dash, where the
 * normalized text every extractor reads spells them one way.
 */
export function readableQuote(quoted: string, html: HtmlMode): string {
  let text = MARKUP.test(quoted) ? stripMarkdown(stripHtml(quoted, html).text).text : quoted;
  if (text.includes("\n")) text = layoutLines(text).text;
  return text
    .replace(/[\s\u0085]+/gu, " ")
    .replace(CONTROL_OR_FORMAT, (ch) => (isInvisible(ch.charCodeAt(0)) ? "" : ch))
    .trim()
    .normalize("NFC");
}
