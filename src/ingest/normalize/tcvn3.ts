import { CP1252_HIGH, mapHighBytes } from "./byteString.js";

// TCVN 5712:1993. The "ABC" fonts everyone used (.VnTime…) implement its VN3 subset:
// lower-case letters with all their marks in 0xA8–0xFE and only the seven upper-case
// base letters Ă Â Ê Ô Ơ Ư Đ at 0xA1–0xA7; capitals with tone marks were drawn by
// switching to an all-capitals font (.VnTimeH) over the same lower-case codes. The
// fuller VN1 level puts more capitals in the gaps of 0xA0–0xFF, decoded here too, and
// in 0x80–0x9F and C0 controls, which are not: ABC fonts were Windows fonts and Word
// typed its curly quotes and dashes there, at their Windows-1252 places.
const HIGH = [
  ...CP1252_HIGH.map((code, i) => String.fromCharCode(code === 0 ? 0x80 + i : code)),
  ..."\u00a0ĂÂÊÔƠƯĐăâêôơưđẰ", // 0xA0
  ..."\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ", // 0xB0
  ..."ẮẦẨẪẤỀặầẩẫấậèỂẻẽ", // 0xC0
  ..."éẹềểễếệìỉỄẾỒĩíịò", // 0xD0
  ..."Ổỏõóọồổỗốộờởỡớợù", // 0xE0
  ..."ỖủũúụừửữứựỳỷỹýỵỐ", // 0xF0
].map((char) => char.charCodeAt(0));

/**
 * Decodes a byte string (one char per byte) from TCVN3. A line set in the capitals
 * font comes out with lower-case accented letters among upper-case ASCII ones
 * ("VIệT NAM"); such lines are upper-cased.
 */
export function decodeTcvn3(bytes: string): string {
  return upperCaseCapitalLines(mapHighBytes(bytes, HIGH));
}

function upperCaseCapitalLines(text: string): string {
  return text.replace(/[^\n]+/g, (line) => {
    let upper = 0;
    let lower = 0;
    for (let i = 0; i < line.length; i++) {
      const code = line.charCodeAt(i);
      if (code >= 0x41 && code <= 0x5a) upper++;
      else if (code >= 0x61 && code <= 0x7a) lower++;
    }
    return upper >= 3 && lower === 0 && line !== line.toUpperCase() ? line.toUpperCase() : line;
  });
}
