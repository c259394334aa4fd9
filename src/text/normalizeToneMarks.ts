const TONE = "[\\u0300\\u0301\\u0303\\u0309\\u0323]";
const NOT_LETTER = "(?![\\p{L}\\p{M}])";

// oa, oe and uy without a final consonant take the tone on the first vowel in the
// traditional placement ("hòa", "khỏe", "thụy") and on the second in the newer one
// ("hoà", "khoẻ", "thuỵ"). "qu" is a consonant, so "quý" is the same in both.
const OA_OE = new RegExp(`([oO])([aAeE])(${TONE})${NOT_LETTER}`, "gu");
const UY = new RegExp(`(^|[^qQ\\p{M}])([uU])([yY])(${TONE})${NOT_LETTER}`, "gu");

/**
 * Rewrites Vietnamese text to one tone-mark placement (the traditional one, used
 * by most government texts), in NFC. Display code keeps the original; this is for
 * matching and for canonical names.
 */
export function normalizeToneMarks(text: string): string {
  return text.normalize("NFD").replace(OA_OE, "$1$3$2").replace(UY, "$1$2$4$3").normalize("NFC");
}
