import { describe, expect, it } from "vitest";
import { extractBodies } from "../../../../src/ingest/extract/extractBodies.js";
import { plainText } from "../../../../src/ingest/extract/plainText.js";
import { bodyMatchName, readBodyAt } from "../../../../src/ingest/extract/readBodyAt.js";
import { normalizeSource } from "../../../../src/ingest/normalize/index.js";
import { facts } from "./facts.js";

function names(text: string): string[] {
  return extractBodies(plainText(text))
    .filter((b) => !b.generic)
    .map(bodyMatchName);
}

describe("extract: bodies", () => {
  it("reads Party committees, councils, committees, the Front, police and military command", () => {
    expect(
      names(
        "Quận ủy Long Biên, Đảng ủy phường Gia Thụy, HĐND tỉnh Đắk Nông, Ủy ban nhân dân huyện Đắk Song, UBMTTQ Việt Nam phường Gia Thụy, Công an phường Gia Thụy, Ban Chỉ huy Quân sự phường Gia Thụy.",
      ),
    ).toEqual([
      "Quận ủy Long Biên",
      "Đảng ủy phường Gia Thụy",
      "HĐND tỉnh Đắk Nông",
      "Ủy ban nhân dân huyện Đắk Song",
      "UBMTTQ Việt Nam phường Gia Thụy",
      "Công an phường Gia Thụy",
      "Ban Chỉ huy Quân sự phường Gia Thụy",
    ]);
  });

  it("ends a Vụ's or Cục's name where the sentence goes on with what it does, and knows a crop from a Vụ", () => {
    expect(
      names(
        "Cục Thuế thông báo để độc giả Trần Văn An được biết. Cục Hải quan chưa đủ cơ sở trả lời. Cục Quản lý lao động ngoài nước xác nhận: đủ điều kiện. Vụ Pháp chế thẩm định hồ sơ. Cục Hàng không Việt Nam, Cục Đăng ký giao dịch. Gieo cấy Vụ Đông Xuân và Vụ Mùa.",
      ),
    ).toEqual([
      "Cục Thuế",
      "Cục Hải quan",
      "Cục Quản lý lao động ngoài nước",
      "Vụ Pháp chế",
      "Cục Hàng không Việt Nam",
      "Cục Đăng ký giao dịch",
    ]);
    // "the province's department", printed without the province, is no one unit's name.
    expect(
      names(
        "Thay cụm từ “Xây dựng, Cục Thuế tỉnh, Kho bạc Nhà nước tỉnh” bằng “Thuế tỉnh Quảng Ninh”. Ngày 26/02/2025, Cục Thuế tỉnh Vĩnh Phúc trả lời.",
      ),
    ).toEqual(["Thuế tỉnh Quảng Ninh", "Cục Thuế tỉnh Vĩnh Phúc"]);
  });

  it("reads no place from a capitalised word that goes on in lower case", () => {
    const read = (text: string) =>
      extractBodies(plainText(normalizeSource(text).text)).map(bodyMatchName);
    // A table cell's next line, and a title's "Quy định" wrapped onto the next line.
    expect(read("Tham mưu UBND Thành phố\nBáo cáo Bộ Tài chính tình hình thực hiện.")).toContain(
      "UBND Thành phố",
    );
    expect(read("1.2. Giao Công an Thành\nphố\nChỉ đạo Công an các phường.")).toContain(
      "Công an Thành phố",
    );
    expect(
      read("Quyết định số 10/2024/QĐ-UBND của Ủy ban nhân dân thành phố Quy\nđịnh về thi đua."),
    ).toContain("Ủy ban nhân dân thành phố");
    // "Thành phố" after "Thành ủy" is its level word, whether a name follows or not.
    expect(read("Kế hoạch của Thành ủy Thành phố về thực hiện Nghị quyết.")).toContain("Thành ủy");
    expect(read("Thông tri của Thành ủy Thành phố Hồ Chí Minh về lãnh đạo.")).toContain(
      "Thành ủy Hồ Chí Minh",
    );
    // A place goes on in capitals, and a lower-case verb after it is no part of it.
    expect(
      read("UBND phường Tương Mai tổ chức hội nghị. UBND Thành phố Quy Nhơn báo cáo."),
    ).toEqual(["UBND phường Tương Mai", "UBND Thành phố Quy Nhơn"]);
  });

  it("reads a unit's whole name past a comma or a word that ends others, and ends it at what it does", () => {
    expect(
      new Set(
        names(
          "Cục Quản lý Khám, chữa bệnh; Cục Quản lý Y, Dược cổ truyền; Cục Quản lý, giám sát chính sách thuế, phí và lệ phí; Cục Người có công; Cục Văn hóa các dân tộc Việt Nam; Cục Quản lý nhà và thị trường bất động sản; Cục Cảnh sát quản lý hành chính về trật tự xã hội. Cục Thuế có công văn số 3316. Vụ Tổ chức cán bộ quản lý hồ sơ giấy. Vụ Tổ chức cán bộ về tình hình nhân sự. Gửi Vụ Tổ chức cán bộ các quyết định. Cục Thuế và Cục Hải quan.",
        ),
      ),
    ).toEqual(
      new Set([
        "Cục Quản lý Khám, chữa bệnh",
        "Cục Quản lý Y, Dược cổ truyền",
        "Cục Quản lý, giám sát chính sách thuế, phí và lệ phí",
        "Cục Người có công",
        "Cục Văn hóa các dân tộc Việt Nam",
        "Cục Quản lý nhà và thị trường bất động sản",
        "Cục Cảnh sát quản lý hành chính về trật tự xã hội",
        "Cục Thuế",
        "Vụ Tổ chức cán bộ",
        "Cục Hải quan",
      ]),
    );
  });

  it("ends a Cục's name before its ministry, a slash, a quote or a task list's next verb", () => {
    expect(
      names(
        "Con dấu của Cục Du lịch Quốc gia Việt Nam - Bộ Văn hóa, Thể thao và Du lịch. Báo cáo Cục Chính sách - Xã hội/Tổng cục Chính trị. Thay thế cụm từ “Cục Thống kê tỉnh” bằng cụm từ “Thống kê thành phố”.\n\n**3. Cục Điện ảnh, Cục Hàng không Việt Nam**\nPhối hợp với Vụ Pháp chế đưa tin. Cục Tác chiến Bộ Tổng Tham mưu.",
      ).filter((n) => n.startsWith("Cục")),
    ).toEqual([
      "Cục Du lịch Quốc gia Việt Nam",
      "Cục Chính sách - Xã hội",
      "Cục Điện ảnh",
      "Cục Hàng không Việt Nam",
      "Cục Tác chiến Bộ Tổng Tham mưu",
    ]);
  });

  it("reads a province's tax office and the one-stop office, not a tax or a centre", () => {
    expect(
      names(
        "Cục Thuế nhận được công văn số 324/QTR-KTr2 của Thuế tỉnh Quảng Trị và của Thuế thành phố Hà Nội. Thuế suất thuế GTGT là 10%. Hồ sơ nộp tại Trung tâm Phục vụ hành chính công tỉnh Nghệ An hoặc Trung tâm Y tế.",
      ),
    ).toEqual([
      "Cục Thuế",
      "Thuế tỉnh Quảng Trị",
      "Thuế thành phố Hà Nội",
      "Trung tâm Phục vụ hành chính công tỉnh Nghệ An",
    ]);
  });

  it("ends a Ban chỉ đạo's name where the sentence goes on", () => {
    expect(
      names(
        "Ban chỉ đạo cũng như các tập thể đã nỗ lực. Ban chỉ đạo phòng thủ dân sự Quốc gia chi viện lực lượng. Ban Chỉ đạo Nhà nước về du lịch hướng dẫn, kiểm tra các hoạt động.",
      ),
    ).toEqual([
      "Ban chỉ đạo",
      "Ban chỉ đạo phòng thủ dân sự Quốc gia",
      "Ban Chỉ đạo Nhà nước về du lịch",
    ]);
  });

  it("takes only a province's name after 'tỉnh' or a department without a level word", () => {
    expect(
      names(
        "Theo Kế hoạch của UBND tỉnh Sửa đổi, bổ sung năm 2025; Sở Y tế Cơ quan chủ trì; Sở Xây dựng Hà Nội; Ủy ban nhân dân tỉnh Thừa Thiên Huế.",
      ),
    ).toEqual([
      "UBND tỉnh",
      "Sở Y tế",
      "Sở Xây dựng Hà Nội",
      "Ủy ban nhân dân tỉnh Thừa Thiên Huế",
    ]);
  });

  it("spells a body printed in capitals as running text does", () => {
    expect(
      names(
        "Nơi nhận: BỘ TÀI CHÍNH, BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH; ỦY BAN NHÂN DÂN THÀNH PHỐ Hà Nội.",
      ),
    ).toEqual([
      "Bộ Tài chính",
      "Bộ Văn hóa, Thể thao và Du lịch",
      "Ủy ban nhân dân thành phố Hà Nội",
    ]);
  });

  it("ends a place name before the preamble the heading runs into ('… CHO SỞ TƯ PHÁP Căn cứ')", () => {
    const json = facts(
      "Số: 79/2025/QĐ-UBND\n\nQUYẾT ĐỊNH\nVỀ VIỆC PHÂN CẤP CHO SỞ TƯ PHÁP Căn cứ Luật Tổ chức chính quyền địa phương;\nXét Tờ trình số 3245/TTr-STP của Sở Tư pháp tỉnh Hà Tĩnh.",
    );
    expect(json.bodies.map((b) => b.name)).not.toContainEqual(expect.stringMatching(/Căn$/u));
  });

  it("tells BCH quân sự (military command) from BCH Đảng bộ (Party executive committee)", () => {
    const [military, party] = extractBodies(
      plainText("BCH quân sự phường và BCH Đảng bộ phường đã họp."),
    );
    expect(military).toMatchObject({ head: "BCH quân sự", kind: "MILITARY", levelWord: "phường" });
    expect(party).toMatchObject({
      head: "BCH Đảng bộ",
      kind: "PARTY_COMMITTEE",
      levelWord: "phường",
    });
  });

  it("reads central bodies under one name", () => {
    expect(
      names(
        "Ban Chấp hành Trung ương Đảng, Bộ Chính trị, Ban Bí thư Trung ương Đảng, Văn phòng Ban Chấp hành Trung ương, Ủy ban Thường vụ Quốc hội, Thủ tướng Chính phủ, Bộ Văn hoá, Thể thao và Du lịch, Ban TG&DVTW.",
      ),
    ).toEqual([
      "Ban Chấp hành Trung ương",
      "Bộ Chính trị",
      "Ban Bí thư",
      "Văn phòng Trung ương Đảng",
      "Ủy ban Thường vụ Quốc hội",
      "Thủ tướng Chính phủ",
      "Bộ Văn hóa, Thể thao và Du lịch",
      "Ban Tuyên giáo và Dân vận Trung ương",
    ]);
  });

  it("reads a deputy prime minister's body as the Government, not the Prime Minister", () => {
    expect(names("Phó Thủ tướng Chính phủ Mai Văn Chính")).toEqual(["Chính phủ"]);
  });

  it("names a unit with its parent committee", () => {
    expect(
      names("Ban Tuyên giáo Huyện ủy Đắk Song, Ban Thường vụ Tỉnh ủy Đắk Lắk, Đảng ủy Bộ Y tế"),
    ).toEqual([
      "Ban Tuyên giáo Huyện ủy Đắk Song",
      "Ban Thường vụ Tỉnh ủy Đắk Lắk",
      "Đảng ủy Bộ Y tế",
    ]);
  });

  it("stops a place name where a person's name starts", () => {
    const body = readBodyAt(plainText("UBND phường Tương Mai Đào Thị Thu Hằng"), 0);
    expect(body && bodyMatchName(body)).toBe("UBND phường Tương Mai");
    const city = readBodyAt("UBND Thành phố Vũ Đại Thắng", 0);
    expect(city).toMatchObject({ head: "UBND", levelWord: "Thành phố" });
    expect(city?.place).toBeUndefined();
    expect(bodyMatchName(readBodyAt("UBND Thành phố Hồ Chí Minh", 0) ?? city!)).toBe(
      "UBND Thành phố Hồ Chí Minh",
    );
  });

  it("marks generic references and deputies as no one body", () => {
    const generic = extractBodies(
      plainText(
        "Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương; UBND các xã; các đại biểu Quốc hội.",
      ),
    );
    expect(generic.every((b) => b.generic)).toBe(true);
  });

  it("reads no body in a form's placeholders, nor a place in 'V/v'", () => {
    expect(
      names(
        "Mẫu: Ban Tổ chức Tỉnh ủy A gửi Sở Tài chính tỉnh A. Giấy mời của UBND huyện V/v họp bàn; Ủy ban nhân dân xã Cư Knia.",
      ),
    ).toEqual(["UBND huyện", "Ủy ban nhân dân xã Cư Knia"]);
  });

  it("does not read body words inside document numbers", () => {
    expect(names("Kế hoạch số 100/KH-UBND và 15/UBND-VP")).toEqual([]);
  });

  it("lists each body once under the text's spelling, with its short forms as aliases", () => {
    const json = facts(
      "Đảng ủy phường Gia Thụy tổ chức hội nghị. Dự có đồng chí Phan Việt Hưng - Bí thư Đảng ủy phường. Công an phường - BCH quân sự phường đã ban hành Kế hoạch phối hợp.",
    );
    expect(json.bodies.map((b) => [b.name, b.aliases ?? []])).toEqual([
      ["Đảng ủy phường Gia Thụy", ["Đảng ủy phường"]],
      ["Công an phường Gia Thụy", ["Công an phường"]],
      ["BCH quân sự phường Gia Thụy", ["BCH quân sự phường"]],
    ]);
  });

  it("reads a council's committee named alone in the council's resolution as that council's", () => {
    const resolution = (council: string, cited: string) =>
      facts(
        `${council}\nSố: 73/2025/NQ-HĐND\nHà Nội, ngày 27 tháng 11 năm 2025\n\nNGHỊ QUYẾT\n\nQuy định cơ chế thu hút nhân lực\n\nXét Tờ trình số 426/TTr-UBND ngày 21 tháng 11 năm 2025 của Ủy ban nhân dân Thành phố; Báo cáo thẩm tra số 117/BC-BPC ngày 22 tháng 11 năm 2025 ${cited}; ý kiến thảo luận của đại biểu;\n\nQUYẾT NGHỊ:\n\nĐiều 1. Ban hành quy định.`,
      ).documents.find((d) => d.code === "117/BC-BPC")?.issuer;
    expect(resolution("HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI", "của Ban\nPháp chế")).toBe(
      "Ban Pháp chế Hội đồng nhân dân thành phố Hà Nội",
    );
    expect(
      resolution(
        "HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI",
        "của Ban Đô thị Hội đồng nhân dân Thành phố",
      ),
    ).toBe("Ban Đô thị Hội đồng nhân dân Thành phố Hà Nội");
    // Another body's text: the one council it names in full, else no one.
    const committee = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI";
    expect(resolution(committee, "của Ban Pháp chế")).toBeUndefined();
    expect(resolution(committee, "của Ban Pháp chế; ý kiến của Hội đồng nhân dân Thành phố")).toBe(
      "Ban Pháp chế Hội đồng nhân dân Thành phố Hà Nội",
    );
    expect(
      resolution(committee, "của Ban Pháp chế; ý kiến của HĐND Thành phố và HĐND tỉnh Bắc Ninh"),
    ).toBeUndefined();
    expect(names("Ban Dân tộc tỉnh Sơn La; Ban Dân tộc;")).toEqual([]);
  });

  it("reads a shortened office name as the office, keeping the text's spelling as an alias", () => {
    const bodies = facts(
      "Phòng Kinh tế, Hạ tầng và Đô thị phường Tương Mai chủ trì. Đồng chí Nguyễn Thị Hoàng Thành – Trưởng Phòng Kinh tế, hạ tầng đô thị phường Tương Mai.",
    ).bodies.filter((b) => b.name.startsWith("Phòng"));
    expect(bodies).toEqual([
      {
        name: "Phòng Kinh tế, Hạ tầng và Đô thị phường Tương Mai",
        aliases: ["Phòng Kinh tế, hạ tầng đô thị phường Tương Mai"],
      },
    ]);
  });
});
