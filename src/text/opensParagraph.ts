/**
 * The words an administrative text's paragraphs open with and its sentences almost never
 * carry in the middle with a capital: a preamble's "Căn cứ …", "Thực hiện …", "Triển
 * khai …", a letter's "Kính gửi: …", a proposal's "Theo đề nghị …", "Xét đề nghị …", the
 * recipients' "Nơi nhận:". A line starting with one starts a paragraph even in text
 * wrapped at a fixed width.
 */
const OPENER =
  /^(?:Căn\s+cứ|Thực\s+hiện|Triển\s+khai|Kính\s+gửi|Theo\s+đề\s+nghị|Xét\s+đề\s+nghị|Nơi\s+nhận)(?![\p{L}\p{M}])/u;

export function opensParagraph(line: string): boolean {
  return OPENER.test(line);
}
