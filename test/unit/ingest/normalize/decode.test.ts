import { describe, expect, it } from "vitest";
import { ErrorCode, GovgraphError } from "../../../../src/errors.js";
import { normalizeSource } from "../../../../src/ingest/normalize/index.js";
import { decodeWindows1258 } from "../../../../src/ingest/normalize/windows1258.js";
import {
  encodeTcvn3,
  encodeVni,
  encodeWindows1258,
  readAsWindows1252,
} from "./helpers/encodeLegacy.js";

const SENTENCE =
  "Đảng ủy phường tổ chức hội nghị sơ kết việc thực hiện Thông tri số 03-TT/QU của Quận ủy, " +
  "quyết định những nhiệm vụ trọng tâm; đồng chí Bí thư phát biểu chỉ đạo: “Tiếp tục đổi mới, " +
  "nâng cao chất lượng hoạt động của chính quyền đô thị.” Hội nghị ghi nhận kết quả ở các khu dân cư, " +
  "yêu cầu khắc phục hạn chế, giữ vững ổn định, bảo đảm an ninh trật tự và ủng hộ người nghèo.";

function refusal(run: () => unknown): GovgraphError {
  try {
    run();
  } catch (error) {
    if (error instanceof GovgraphError) return error;
    throw error;
  }
  throw new Error("expected a GovgraphError");
}

describe("normalize: decoding", () => {
  it("decodes UTF-8 with and without a byte-order mark", () => {
    const bytes = new TextEncoder().encode(SENTENCE);
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);
    expect(normalizeSource(bytes).text).toBe(SENTENCE);
    const result = normalizeSource(withBom);
    expect(result.text).toBe(SENTENCE);
    expect(result.original).toBe(SENTENCE);
    expect(result.encoding).toBe("utf-8");
  });

  it("decodes UTF-16 little- and big-endian by their byte-order mark", () => {
    const little = Buffer.from(`\ufeff${SENTENCE}`, "utf16le");
    const big = Uint8Array.from(little);
    for (let i = 0; i + 1 < big.length; i += 2) [big[i], big[i + 1]] = [big[i + 1]!, big[i]!];
    expect(normalizeSource(little)).toMatchObject({ text: SENTENCE, encoding: "utf-16le" });
    expect(normalizeSource(big)).toMatchObject({ text: SENTENCE, encoding: "utf-16be" });
  });

  it("keeps UTF-8 whose last character was cut off, marking the cut", () => {
    const bytes = new TextEncoder().encode("Quận ủy Long Biên");
    const result = normalizeSource(bytes.subarray(0, bytes.length - 2));
    expect(result.text).toBe("Quận ủy Long Bi\ufffd");
    expect(result.encoding).toBe("utf-8");
  });

  it.each([
    ["tcvn3", encodeTcvn3],
    ["vni", encodeVni],
    ["windows-1258", encodeWindows1258],
  ] as const)("round-trips a sentence through %s bytes", (encoding, encode) => {
    const result = normalizeSource(encode(SENTENCE));
    expect(result.encoding).toBe(encoding);
    expect(result.text).toBe(SENTENCE);
  });

  it.each([
    ["tcvn3", encodeTcvn3],
    ["vni", encodeVni],
    ["windows-1258", encodeWindows1258],
  ] as const)("repairs %s text that was read as Windows-1252", (encoding, encode) => {
    const misread = readAsWindows1252(encode(SENTENCE));
    expect(misread).not.toBe(SENTENCE);
    const result = normalizeSource(misread);
    expect(result.encoding).toBe(encoding);
    expect(result.text).toBe(SENTENCE);
    expect(result.original.normalize("NFC")).toBe(SENTENCE);
  });

  it("repairs the classic mis-readings of short phrases", () => {
    expect(normalizeSource("Céng hoµ x· héi chñ nghÜa ViÖt Nam").text).toBe(
      "Cộng hòa xã hội chủ nghĩa Việt Nam",
    );
    expect(normalizeSource("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam").text).toBe(
      "Cộng hòa xã hội chủ nghĩa Việt Nam",
    );
  });

  it("repairs UTF-8 that was read as Windows-1252", () => {
    const misread = readAsWindows1252(new TextEncoder().encode(SENTENCE));
    expect(normalizeSource(misread)).toMatchObject({ text: SENTENCE, encoding: "utf-8" });
  });

  it("repairs legacy text even when the mis-read string was saved as UTF-8", () => {
    const saved = new TextEncoder().encode(readAsWindows1252(encodeTcvn3(SENTENCE)));
    expect(normalizeSource(saved)).toMatchObject({ text: SENTENCE, encoding: "tcvn3" });
  });

  it("upper-cases TCVN3 lines set in the capitals font", () => {
    const heading = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    const bytes = encodeTcvn3(`${heading}\n\n${SENTENCE}`);
    expect(normalizeSource(bytes).text).toBe(`${heading}\n\n${SENTENCE}`);
  });

  it("leaves real Vietnamese alone even when every letter is in Latin-1", () => {
    const text = "Cá là cá, và cà là cà.";
    expect(normalizeSource(text)).toMatchObject({ text, encoding: "unicode" });
  });

  it("leaves text in other languages alone", () => {
    const text = "Müller schreibt über Straßenbahnen, café crème à la française.";
    expect(normalizeSource(text)).toMatchObject({ text, encoding: "unicode" });
  });

  it("refuses 8-bit bytes that no Vietnamese table reads as Vietnamese", () => {
    const latin1 = Buffer.from("Müller schreibt über Straßenbahnen in Köln.", "latin1");
    const error = refusal(() => normalizeSource(latin1));
    expect(error.code).toBe(ErrorCode.INVALID_ENCODING);
    expect(error.message).toMatch(
      /^text is not UTF-8 and not a recognised Vietnamese encoding \(TCVN3, VNI, Windows-1258\): invalid UTF-8 at byte 1;/,
    );
  });

  it("reads bytes in the encoding it is told, without guessing", () => {
    const bytes = encodeVni("Việt Nam");
    expect(normalizeSource(bytes, { encoding: "vni" })).toMatchObject({
      text: "Việt Nam",
      encoding: "vni",
    });
  });

  it("refuses binary input", () => {
    const pdf = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x00, 0x01]);
    const error = refusal(() => normalizeSource(pdf));
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.message).toBe("input looks binary, not text: NUL at byte 9");
    const controls = "\x01\x02\x03\x04 abc \x05\x06\x07\x08";
    expect(refusal(() => normalizeSource(controls)).message).toMatch(
      /^input looks binary, not text/,
    );
  });

  it("decodes Windows-1258 by the same table as the WHATWG decoder", () => {
    const bytes = String.fromCharCode(...Array.from({ length: 256 }, (_, i) => i));
    expect(decodeWindows1258(bytes)).toBe(
      new TextDecoder("windows-1258").decode(Uint8Array.from({ length: 256 }, (_, i) => i)),
    );
  });
});
