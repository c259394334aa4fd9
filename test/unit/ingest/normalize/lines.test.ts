import { describe, expect, it } from "vitest";
import { ErrorCode } from "../../../../src/errors.js";
import { normalizeSource } from "../../../../src/ingest/normalize/index.js";

const text = (source: string): string => normalizeSource(source).text;

describe("normalize: characters", () => {
  it("composes decomposed letters (NFC)", () => {
    const decomposed = "Nghi\u0323 đi\u0323nh so\u0302\u0301 32".normalize("NFD");
    expect(text(decomposed)).toBe("Nghị định số 32");
  });

  it("turns every dash into '-'", () => {
    expect(text("2020 ‐ 2025 ‑ 2030 ‒ a – b — c ― d − e ﹣ f － g")).toBe(
      "2020 - 2025 - 2030 - a - b - c - d - e - f - g",
    );
  });

  it("turns other spaces into one space and removes invisible characters", () => {
    expect(text("Quận\u00a0ủy\u2003Long\u202fBiên\t\tquận\u200b Long Bi\u00adên\ufeff")).toBe(
      "Quận ủy Long Biên quận Long Biên",
    );
  });

  it("puts tone marks in the traditional place in the text, not in the original", () => {
    const result = normalizeSource("Phường Gia Thuỵ, hoà giải, khoẻ mạnh, quý, Thụy");
    expect(result.text).toBe("Phường Gia Thụy, hòa giải, khỏe mạnh, quý, Thụy");
    expect(result.original).toBe("Phường Gia Thuỵ, hoà giải, khoẻ mạnh, quý, Thụy");
    const start = result.text.indexOf("Thụy");
    expect(result.quote(start, start + 4)).toBe("Thuỵ");
  });

  it("keeps curly quotes, which delimit a trích yếu", () => {
    expect(text("Thông tri số 03-TT/QU “về tổ chức thực hiện Nghị định số 32/2021/NĐ-CP”")).toBe(
      "Thông tri số 03-TT/QU “về tổ chức thực hiện Nghị định số 32/2021/NĐ-CP”",
    );
  });

  it("refuses empty and whitespace-only text", () => {
    for (const input of ["", " \n\t\u00a0 ", new Uint8Array(0)]) {
      let error: unknown;
      try {
        normalizeSource(input);
      } catch (caught) {
        error = caught;
      }
      expect(error).toMatchObject({
        code: ErrorCode.BAD_USER_INPUT,
        message: expect.stringMatching(/^text is empty/),
      });
    }
  });

  it("accepts text with no Vietnamese in it", () => {
    expect(text("Annual report 2024: no changes.")).toBe("Annual report 2024: no changes.");
  });
});

describe("normalize: line breaks", () => {
  it("joins a break inside a sentence that goes on in lower case", () => {
    expect(text("Căn cứ Luật Tổ chức chính\nquyền địa phương;\r\nThực hiện Kế hoạch.")).toBe(
      "Căn cứ Luật Tổ chức chính quyền địa phương;\nThực hiện Kế hoạch.",
    );
  });

  it("joins a break that splits a code or its number", () => {
    expect(text("thực hiện Nghị định số 32/2021/NĐ-\nCP của Chính phủ")).toBe(
      "thực hiện Nghị định số 32/2021/NĐ-CP của Chính phủ",
    );
    expect(text("kết quả thực hiện Thông tri số\n03-TT/QU của Quận ủy")).toBe(
      "kết quả thực hiện Thông tri số 03-TT/QU của Quận ủy",
    );
    expect(text("theo Kế hoạch 123-\nKH/QU và Quyết định 2696/QĐ\n-UBND")).toBe(
      "theo Kế hoạch 123-KH/QU và Quyết định 2696/QĐ-UBND",
    );
    expect(text("Số:\n87/2025/QĐ-UBND")).toBe("Số: 87/2025/QĐ-UBND");
  });

  it("joins a caption that breaks before the citation it names", () => {
    expect(
      text(
        "Đồng chí Chủ tịch UBND phường trình bày báo cáo kết quả 01 năm thực hiện\nThông tri số 03-TT/QU của Quận ủy",
      ),
    ).toBe(
      "Đồng chí Chủ tịch UBND phường trình bày báo cáo kết quả 01 năm thực hiện Thông tri số 03-TT/QU của Quận ủy",
    );
  });

  it("joins after a word that cannot end a sentence, or a comma", () => {
    expect(
      text(
        "Quyết định số 2179/QĐ-TTg ngày 06 tháng 10 năm 2025 của\nThủ tướng Chính phủ,\nBộ Nội vụ.",
      ),
    ).toBe(
      "Quyết định số 2179/QĐ-TTg ngày 06 tháng 10 năm 2025 của Thủ tướng Chính phủ, Bộ Nội vụ.",
    );
  });

  it("keeps breaks after sentences and headings, before list items and signature blocks", () => {
    const source =
      "Phường Gia Thụy tổ chức Hội nghị sơ kết\nNgày đăng 02/07/2022 | 09:20\n\n" +
      "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\n\n\n\nNguyễn Văn An";
    expect(text(source)).toBe(
      "Phường Gia Thụy tổ chức Hội nghị sơ kết\nNgày đăng 02/07/2022 | 09:20\n\n" +
        "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\n\nNguyễn Văn An",
    );
  });

  it("joins every break inside a sentence in text wrapped at a fixed width", () => {
    const wrapped = [
      "1. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các xã Sen",
      "Thượng, Leng Su Sìn và Sín Thầu thành xã mới có tên gọi là xã Sín",
      "Thầu.",
      "",
      "2. Theo đề nghị của Giám đốc",
      "Sở Nội vụ tại Tờ trình số 347/TTr-SNV ngày 09 tháng 5 năm 2025 và ý",
      "kiến thẩm định của Sở Tư pháp, Ủy ban nhân dân tỉnh quyết định sắp",
      "xếp các thôn, tổ dân phố trên địa bàn các xã theo quy định của pháp",
      "luật về tổ chức chính quyền địa phương và hướng dẫn của Bộ Nội vụ về",
      "việc sắp xếp đơn vị hành chính cấp xã; bảo đảm ổn định đời sống của",
      "Nhân dân và hoạt động của bộ máy chính quyền địa phương ở cơ sở.",
      "",
      "Điều 2. Hiệu lực thi hành",
      "Nghị quyết này có hiệu lực thi hành kể từ ngày ký.",
    ].join("\n");
    expect(text(wrapped)).toBe(
      "1. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các xã Sen Thượng, Leng Su Sìn và Sín Thầu thành xã mới có tên gọi là xã Sín Thầu.\n\n" +
        "2. Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 347/TTr-SNV ngày 09 tháng 5 năm 2025 và ý kiến thẩm định của Sở Tư pháp, Ủy ban nhân dân tỉnh quyết định sắp xếp các thôn, tổ dân phố trên địa bàn các xã theo quy định của pháp luật về tổ chức chính quyền địa phương và hướng dẫn của Bộ Nội vụ về việc sắp xếp đơn vị hành chính cấp xã; bảo đảm ổn định đời sống của Nhân dân và hoạt động của bộ máy chính quyền địa phương ở cơ sở.\n\n" +
        "Điều 2. Hiệu lực thi hành\nNghị quyết này có hiệu lực thi hành kể từ ngày ký.",
    );
  });

  it("starts a paragraph at a preamble's or letter's opening word, even in wrapped text", () => {
    const letter = [
      "Kính gửi: Ủy",
      "ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
      "Thực hiện Nghị định số 94/2022/NĐ-CP ngày 07/11/2022 của Chính phủ, Bộ Tài",
      "chính đề nghị Ủy ban nhân dân các tỉnh chỉ đạo cơ quan thống kê báo cáo số",
      "liệu của năm trước. Số liệu gửi về Cục Thống kê trước ngày 15 hằng tháng",
      "Căn cứ kết quả tổng hợp, Bộ Tài chính sẽ công bố số liệu theo quy định",
      "Triển khai Kế hoạch số 12/KH-BTC, các đơn vị thuộc Bộ phối hợp thực hiện.",
    ].join("\n");
    expect(text(letter)).toBe(
      "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương\n" +
        "Thực hiện Nghị định số 94/2022/NĐ-CP ngày 07/11/2022 của Chính phủ, Bộ Tài chính đề nghị Ủy ban nhân dân các tỉnh chỉ đạo cơ quan thống kê báo cáo số liệu của năm trước. Số liệu gửi về Cục Thống kê trước ngày 15 hằng tháng\n" +
        "Căn cứ kết quả tổng hợp, Bộ Tài chính sẽ công bố số liệu theo quy định\n" +
        "Triển khai Kế hoạch số 12/KH-BTC, các đơn vị thuộc Bộ phối hợp thực hiện.",
    );
  });

  it("keeps blank lines as paragraph breaks, except inside a sentence", () => {
    expect(text("Đoạn một.\n\n\n\nĐoạn hai\n\n \n\nvà phần tiếp của đoạn hai.")).toBe(
      "Đoạn một.\n\nĐoạn hai và phần tiếp của đoạn hai.",
    );
  });
});
