import { describe, expect, it } from "vitest";
import { extractText } from "../../../../src/ingest/index.js";
import { plainText } from "../../../../src/ingest/extract/plainText.js";
import { readHeader } from "../../../../src/ingest/extract/readHeader.js";
import { readSignatures } from "../../../../src/ingest/extract/readSignatures.js";
import { facts, relationLines } from "./facts.js";

const DECISION = `ỦY BAN NHÂN DÂN
TỈNH ĐẮK NÔNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 63/2025/QĐ-UBND

Đắk Nông, ngày 12 tháng 3 năm 2025

QUYẾT ĐỊNH
Về việc phân cấp cho Sở Tư pháp tỉnh Đắk Nông

ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG

Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;
Căn cứ Nghị định số 19/2011/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều của Luật Nuôi con nuôi được sửa đổi, bổ sung bởi Nghị định số 24/2019/NĐ-CP;
Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 139/TTr-STP ngày 04 tháng 3 năm 2025.

QUYẾT ĐỊNH:

Điều 1. Phân cấp cho Sở Tư pháp.
Điều 2. Quyết định này có hiệu lực từ ngày ký và thay thế Quyết định số 12/2020/QĐ-UBND ngày 01/6/2020 của UBND tỉnh Đắk Nông.

Nơi nhận:
- Bộ Tư pháp;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Văn Chiến
`;

describe("extract: header and signatures", () => {
  it("reads the document a legal text is from its header", () => {
    expect(readHeader(plainText(DECISION))).toMatchObject({
      code: { code: "63/2025/QĐ-UBND" },
      kind: "DECISION",
      issuer: "Ủy ban nhân dân tỉnh Đắk Nông",
      date: { day: 12, month: 3, year: 2025 },
      title: "Về việc phân cấp cho Sở Tư pháp tỉnh Đắk Nông",
    });
  });

  it("reads a letter's kind from its 'V/v' subject, not from its issuer's symbol", () => {
    const letter = readHeader(
      plainText(
        "BỘ TÀI CHÍNH\nCỤC THUẾ\n\nSố: 5680/CT-CS\nV/v thuế TNCN từ tiền lương, tiền công.\n\nHà Nội, ngày 01 tháng 12 năm 2025\n\nKính gửi: Ban Tuyên giáo và Dân vận Trung ương\n",
      ),
    );
    expect(letter).toMatchObject({ code: { code: "5680/CT-CS" }, kind: "OFFICIAL_LETTER" });
  });

  it("takes the department printed under its ministry or committee for the issuer", () => {
    const issuer = (lines: string) =>
      readHeader(
        plainText(
          `${lines}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 5348/CT-CS\nV/v hướng dẫn góp vốn điều lệ\n\nHà Nội, ngày 20 tháng 11 năm 2025\n`,
        ),
      )?.issuer;
    expect(issuer("BỘ TÀI CHÍNH\nCỤC THUẾ")).toBe("Cục Thuế");
    expect(issuer("BỘ TÀI CHÍNH CỤC HẢI QUAN")).toBe("Cục Hải quan");
    // A province's tax office under the department, on one line as a page's layout joins them.
    expect(issuer("CỤC THUẾ THUẾ TỈNH TÂY NINH")).toBe("Thuế tỉnh Tây Ninh");
    // An abbreviation in a heading stays one.
    expect(issuer("UBMTTQ VN HUYỆN ĐẮK SONG")).toBe("UBMTTQ VN huyện Đắk Song");
    // A city's one-stop office, placed in its city.
    expect(issuer("UBND THÀNH PHỐ HÀ NỘI\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG")).toBe(
      "Trung tâm Phục vụ hành chính công thành phố Hà Nội",
    );
  });

  it("makes the header's document the subject: Căn cứ → BASED_ON, issuer, proposer's Tờ trình", () => {
    const json = facts(DECISION);
    expect(json.documents[0]).toEqual({
      code: "63/2025/QĐ-UBND",
      kind: "Quyết định",
      // Listed under the spelling the text itself uses ("của UBND tỉnh Đắk Nông").
      issuer: "UBND tỉnh Đắk Nông",
      issuedOn: "2025-03-12",
      year: 2025,
      title: "Về việc phân cấp cho Sở Tư pháp tỉnh Đắk Nông",
      isSubject: true,
    });
    expect(relationLines(json)).toEqual([
      "AMENDS 24/2019/NĐ-CP → 19/2011/NĐ-CP",
      "BASED_ON 63/2025/QĐ-UBND → 19/2011/NĐ-CP",
      "BASED_ON 63/2025/QĐ-UBND → 72/2025/QH15",
      "ISSUED_BY 12/2020/QĐ-UBND → body:UBND tỉnh Đắk Nông",
      "ISSUED_BY 139/TTr-STP → body:Sở Tư pháp tỉnh Đắk Nông",
      "ISSUED_BY 19/2011/NĐ-CP → body:Chính phủ",
      "ISSUED_BY 24/2019/NĐ-CP → body:Chính phủ",
      "ISSUED_BY 63/2025/QĐ-UBND → body:UBND tỉnh Đắk Nông",
      "ISSUED_BY 72/2025/QH15 → body:Quốc hội",
      "REPLACES 63/2025/QĐ-UBND → 12/2020/QĐ-UBND",
    ]);
  });

  it("leaves the recipient list out and gives the signer the title printed over the name", () => {
    const json = facts(DECISION);
    expect(json.bodies.map((b) => b.name)).not.toContain("Bộ Tư pháp");
    expect(json.people).toEqual([
      { name: "Lê Văn Chiến", positions: [{ title: "Phó Chủ tịch", body: "UBND tỉnh Đắk Nông" }] },
    ]);
  });

  it("reads state and Party signature blocks", () => {
    const blocks = readSignatures(
      "TM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nHồ Đức Phớc\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nNông Văn Sơn\n\nT/M BỘ CHÍNH TRỊ\nTrần Cẩm Tú\n\n( Đã ký) Lê Thành Long",
    );
    expect(blocks.map((s) => [s.name, s.title, s.signedFor, s.impliedBody])).toEqual([
      ["Hồ Đức Phớc", "Phó Thủ tướng", "Chính phủ", "Chính phủ"],
      ["Nông Văn Sơn", "Bí thư", "Ban Thường vụ", undefined],
      ["Trần Cẩm Tú", undefined, "Bộ Chính trị", undefined],
      ["Lê Thành Long", undefined, undefined, undefined],
    ]);
  });

  it("gives a block whose signer is a form's placeholder to no one, not to the next block's signer", () => {
    const blocks = readSignatures(
      "T/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn A\n\nT/M BỘ CHÍNH TRỊ\nTrần Cẩm Tú",
    );
    expect(blocks.map((s) => [s.name, s.title, s.signedFor])).toEqual([
      ["Trần Cẩm Tú", undefined, "Bộ Chính trị"],
    ]);
  });

  it("gives the signer the title printed last, past a unit named between two titles", () => {
    const blocks = readSignatures(
      "TL. CỤC TRƯỞNG\nKT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ VỀ HQ\nPHÓ TRƯỞNG BAN\nNguyễn Bắc Hải\n\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\nÂu Anh Tuấn",
    );
    expect(blocks.map((s) => [s.name, s.title])).toEqual([
      ["Nguyễn Bắc Hải", "Phó Trưởng ban"],
      ["Âu Anh Tuấn", "Phó Cục trưởng"],
    ]);
  });

  it("places a deputy in the unit the title above theirs names, not in the ministry that issued", () => {
    const json = facts(
      "BỘ TÀI CHÍNH\n\nSố: 3891/QĐ-BTC\n\nHà Nội, ngày 19 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\nVỀ VIỆC BỔ SUNG DANH SÁCH CÁC CỬA KHẨU\n\nĐiều 1. Bổ sung danh sách.\n\n**TL. BỘ TRƯỞNG**\nKT. CỤC TRƯỞNG CỤC HẢI QUAN\nPHÓ CỤC TRƯỞNG\nÂu Anh Tuấn\n",
    );
    expect(json.documents[0]?.issuer).toBe("Bộ Tài chính");
    expect(json.people).toEqual([
      { name: "Âu Anh Tuấn", positions: [{ title: "Phó Cục trưởng", body: "Cục Hải quan" }] },
    ]);
  });

  it("reads an officer's name past the rank printed before it", () => {
    const blocks = readSignatures(
      "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nThượng tướng Lê Huy Vịnh\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nĐô đốc Nguyễn Văn Hiến",
    );
    expect(blocks.map((s) => [s.name, s.title])).toEqual([
      ["Lê Huy Vịnh", "Thứ trưởng"],
      ["Nguyễn Văn Hiến", "Thứ trưởng"],
    ]);
  });

  it("reads a deputy's or a director's title printed alone above '(Đã ký)' and the name", () => {
    const json = facts(
      "BỘ GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 21/2025/TT-BGDĐT\n\nHà Nội, ngày 04 tháng 8 năm 2025\n\nTHÔNG TƯ\nQUY ĐỊNH CHẾ ĐỘ TRẢ TIỀN LƯƠNG DẠY THÊM GIỜ\n\nĐiều 1. Phạm vi điều chỉnh.\n\n|\nTHỨ TRƯỞNG THƯỜNG TRỰC\n(Đã ký)\nPhạm Ngọc Thưởng |\n",
    );
    expect(json.people).toEqual([
      {
        name: "Phạm Ngọc Thưởng",
        positions: [{ title: "Thứ trưởng Thường trực", body: "Bộ Giáo dục và Đào tạo" }],
      },
    ]);
    expect(readSignatures("CỤC TRƯỞNG\n\nMai Xuân Thành").map((s) => [s.name, s.title])).toEqual([
      ["Mai Xuân Thành", "Cục trưởng"],
    ]);
  });

  it("reads a block whose marker stands alone on its line, is glued to the title, or shares one cell with all", () => {
    const blocks = readSignatures(
      [
        "TM.\nỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Hải Hoà",
        "KT.\nCHỦ TỊCH\nPHÓ CHỦ TỊCH\nHoàng Xuân Tân",
        "KT.BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Xuân Sang",
        "- Lưu: VT, KTTH(2b) | TM. CHÍNH PHỦKT. THỦ TƯỚNGPHÓ THỦ TƯỚNG(Đã ký)Hồ Đức Phớc |",
      ].join("\n|\n"),
    );
    expect(blocks.map((s) => [s.name, s.title, s.signedFor ?? s.impliedBody])).toEqual([
      ["Lê Hải Hoà", "Chủ tịch", "Ủy ban nhân dân"],
      ["Hoàng Xuân Tân", "Phó Chủ tịch", undefined],
      ["Nguyễn Xuân Sang", "Thứ trưởng", undefined],
      ["Hồ Đức Phớc", "Phó Thủ tướng", "Chính phủ"],
    ]);
  });

  it("gives a signer's position the signature block as evidence, not the name alone", () => {
    const extraction = extractText(
      "BỘ TÀI CHÍNH\n\nSố: 3891/QĐ-BTC\n\nHà Nội, ngày 19 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\nVỀ VIỆC BỔ SUNG DANH SÁCH CÁC CỬA KHẨU\n\nĐiều 1. Bổ sung danh sách.\n\nTL. BỘ TRƯỞNG\nKT. CỤC TRƯỞNG CỤC HẢI QUAN\nPHÓ CỤC TRƯỞNG\nÂu Anh Tuấn\n",
    );
    expect(extraction.people[0]?.evidence.sentence).toBe(
      "TL. BỘ TRƯỞNG KT. CỤC TRƯỞNG CỤC HẢI QUAN PHÓ CỤC TRƯỞNG Âu Anh Tuấn",
    );
  });

  it("reads a provincial tax office's deputy head, and 'Giám' ending a name", () => {
    const json = facts(
      "THUẾ TỈNH VĨNH LONG\n\nSố: 1539/VLO-QLDN3\n\nVĩnh Long, ngày 25 tháng 11 năm 2025\n\nKính gửi: Công ty TNHH An Phát.\n\nThuế tỉnh Vĩnh Long trả lời như sau.\n\nKT. TRƯỞNG THUẾ\nTỈNH\nPHÓ TRƯỞNG THUẾ TỈNH\nHuỳnh Minh Giám\n",
    );
    expect(json.people).toEqual([
      {
        name: "Huỳnh Minh Giám",
        positions: [{ title: "Phó Trưởng", body: "Thuế tỉnh Vĩnh Long" }],
      },
    ]);
    // Where "Giám" opens a title, or a place follows the office's name, no one is read.
    expect(
      facts(
        "Chánh Văn phòng UBND Thành phố; Trưởng thuế thành phố Hà Nội, Giám đốc Kho bạc Nhà nước chịu trách nhiệm thi hành.",
      ).people,
    ).toEqual([]);
  });

  it("gives a signer named only by a legal page's 'Người ký' line that line as evidence", () => {
    const extraction = extractText(
      "Số hiệu:\n\n92/VBHN-BQP\n\nLoại văn bản:\n\nVăn bản hợp nhất\n\nNgười ký:\n\nVũ Minh Lương\n\nĐộc lập - Tự do - Hạnh phúc\n\nBỘ QUỐC PHÒNG\n\nSố: 92/VBHN-BQP\n\nHà Nội, ngày 20 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\nVỀ THỰC HIỆN CHẾ ĐỘ\n\nĐiều 1. Phạm vi.\n",
    );
    expect(extraction.people.map((p) => [p.name, p.evidence.sentence])).toEqual([
      ["Vũ Minh Lương", "Người ký: Vũ Minh Lương"],
    ]);
  });

  it("places the deputy of a minister who chairs an office in the Government Office", () => {
    const json = facts(
      "Phó Thủ tướng Chính phủ Bùi Thanh Sơn đã chủ trì buổi làm việc.\n\n|\n*Nơi nhận:*\n- Lưu: VT.\n|\n**KT. BỘ TRƯỞNG,\nCHỦ NHIỆM**\n**PHÓ CHỦ NHIỆM**\n**Phạm Mạnh Cường**\n|\n",
    );
    expect(json.people.find((p) => p.name === "Phạm Mạnh Cường")?.positions).toEqual([
      { title: "Phó Chủ nhiệm", body: "Văn phòng Chính phủ" },
    ]);
  });

  it("gives a Party document the body signed for, and a signer without title no position", () => {
    const json = facts(
      "BAN CHẤP HÀNH TRUNG ƯƠNG\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố 221-KL/TW\n\nHà Nội, ngày 28 tháng 11 năm 2025\n\nKẾT LUẬN\nCỦA BỘ CHÍNH TRỊ VỀ TÌNH HÌNH HOẠT ĐỘNG\n\nBộ Chính trị kết luận như sau.\n\nT/M BỘ CHÍNH TRỊ\nTrần Cẩm Tú\n",
    );
    expect(json.documents[0]).toMatchObject({
      code: "221-KL/TW",
      kind: "Kết luận",
      issuer: "Bộ Chính trị",
      issuedOn: "2025-11-28",
      // The trích yếu goes on from the kind line: it takes the kind's words back.
      title: "Kết luận của Bộ Chính trị về tình hình hoạt động",
    });
    expect(json.people).toEqual([{ name: "Trần Cẩm Tú", positions: [] }]);
  });

  it("capitalises the kind of a document an upper-case trích yếu cites by number", () => {
    const title = readHeader(
      plainText(
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG\n\nSố: 81/2025/QĐ-UBND\n\nĐà Nẵng, ngày 24 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\nBÃI BỎ QUYẾT ĐỊNH SỐ 55/2014/QĐ-UBND CỦA UBND THÀNH PHỐ ĐÀ NẴNG\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nBãi bỏ Quyết định số 55/2014/QĐ-UBND của UBND thành phố Đà Nẵng.\n",
      ),
    )?.title;
    expect(title).toBe("Bãi bỏ Quyết định số 55/2014/QĐ-UBND của UBND thành phố Đà Nẵng");
  });

  describe("where an upper-case trích yếu ends", () => {
    const header = (lines: string) =>
      `ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n\nSố: 310/KH-UBND\n\nHà Nội, ngày 24 tháng 11 năm 2025\n\n${lines}`;

    it("at a paragraph going on in lower case, whose citations the plan carries out", () => {
      const text = header(
        "KẾ HOẠCH\nPHÁT TRIỂN HẠ TẦNG 5G TRONG CÁC KHU CÔNG NGHỆ CAO\nĐẾN NĂM 2030\nTriển khai thực hiện Nghị\nquyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học; Quyết\nđịnh số 1132/QĐ-TTg ngày 09/10/2024 của Thủ tướng Chính phủ. UBND Thành phố ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH\n",
      );
      expect(readHeader(plainText(text))?.title).toBe(
        "Phát triển hạ tầng 5G trong các khu công nghệ cao đến năm 2030",
      );
      expect(relationLines(facts(text))).toEqual(
        expect.arrayContaining([
          "IMPLEMENTS 310/KH-UBND → 57-NQ/TW",
          "IMPLEMENTS 310/KH-UBND → 1132/QĐ-TTg",
        ]),
      );
    });

    it("at the preamble written as a list, and at the authority taking the floor", () => {
      expect(
        readHeader(
          plainText(header("QUY ĐỊNH\nVỀ KẾT NỐI, CHIA SẺ DỮ LIỆU\n\n- Căn cứ Điều lệ Đảng;\n")),
        )?.title,
      ).toBe("Về kết nối, chia sẻ dữ liệu");
      expect(
        readHeader(
          plainText(
            header(
              "CÔNG ĐIỆN\nVỀ VIỆC TẬP TRUNG ỨNG PHÓ MƯA LŨ\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n- Bộ trưởng các Bộ;\n",
            ),
          ),
        )?.title,
      ).toBe("Về việc tập trung ứng phó mưa lũ");
    });

    it("before the enacting authority printed on its last line, unless the title names it", () => {
      const decision = (title: string) =>
        header(
          `QUYẾT ĐỊNH\n${title}\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\nTheo đề nghị của Sở Tư pháp tỉnh Bắc Ninh.\n`,
        );
      expect(
        readHeader(
          plainText(
            decision(
              "PHÊ DUYỆT DANH MỤC THỦ TỤC HÀNH CHÍNH TRÊN ĐỊA BÀN TỈNH BẮC NINH (ĐỢT 3 NĂM 2025) CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC NINH",
            ),
          ),
        )?.title,
      ).toBe("Phê duyệt danh mục thủ tục hành chính trên địa bàn tỉnh Bắc Ninh (đợt 3 năm 2025)");
      expect(
        readHeader(
          plainText(decision("BÃI BỎ MỘT SỐ VĂN BẢN QUY PHẠM PHÁP LUẬT CỦA THỦ TƯỚNG CHÍNH PHỦ")),
        )?.title,
      ).toBe("Bãi bỏ một số văn bản quy phạm pháp luật của Thủ tướng Chính phủ");
    });

    it("not at a year or a parenthesis that finish it", () => {
      expect(
        readHeader(
          plainText(header("KẾ HOẠCH\nTUYỂN SINH NĂM HỌC\n2025-2026 Căn cứ Luật Giáo dục;\n")),
        )?.title,
      ).toBe("Tuyển sinh năm học 2025-2026");
      expect(
        readHeader(
          plainText(
            header(
              "QUYẾT ĐỊNH\nQUY ĐỊNH MỨC TIỀN PHẠT\n(thực hiện khoản 1 Điều 33 Luật Thủ đô)\n\nCăn cứ Luật Thủ đô;\n",
            ),
          ),
        )?.title,
      ).toBe("Quy định mức tiền phạt (thực hiện khoản 1 Điều 33 Luật Thủ đô)");
    });
  });

  it("ends an upper-case trích yếu that a source's layout ran into the next line", () => {
    // Markdown pages print the preamble in italics, and nothing ends the title's last
    // line: the lines are joined, "… TIẾP THEO Căn cứ …", "… TIẾP THEO THỦ TƯỚNG …".
    const ownTitle = (issuer: string, code: string, lines: string) =>
      facts(`${issuer}\n\nSố: ${code}\n\nHà Nội, ngày 26 tháng 11 năm 2025\n\n${lines}`)
        .documents[0]?.title;
    expect(
      ownTitle(
        "HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI",
        "74/2025/NQ-HĐND",
        "**NGHỊ QUYẾT**\nBÃI BỎ NGHỊ QUYẾT SỐ\n30/2013/NQ-HĐND NGÀY 06 THÁNG 12 NĂM 2013 VỀ XÂY DỰNG KHU VỰC PHÒNG THỦ\nĐẾN NĂM 2020 VÀ NHỮNG NĂM\nTIẾP THEO\n" +
          "*Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;*\n",
      ),
    ).toBe(
      "Bãi bỏ Nghị quyết số 30/2013/NQ-HĐND ngày 06 tháng 12 năm 2013 về xây dựng khu vực phòng thủ đến năm 2020 và những năm tiếp theo",
    );
    expect(
      ownTitle(
        "THỦ TƯỚNG CHÍNH PHỦ",
        "229/CĐ-TTg",
        "**CÔNG ĐIỆN**\nVỀ KHẨN TRƯƠNG TRIỂN\nKHAI CÁC ĐỢT THI ĐUA CAO ĐIỂM NĂM 2025\n" +
          "THỦ TƯỚNG CHÍNH PHỦ điện:\n\n- Bộ trưởng, Thủ trưởng cơ quan ngang Bộ;\n",
      ),
    ).toBe("Về khẩn trương triển khai các đợt thi đua cao điểm năm 2025");
    // The authority itself broken across the lines.
    expect(
      ownTitle(
        "THỦ TƯỚNG CHÍNH PHỦ",
        "226/CĐ-TTg",
        "**CÔNG ĐIỆN**\nVỀ VIỆC ỨNG PHÓ MƯA, LŨ TẠI KHU VỰC TRUNG BỘ THỦ\n" +
          "TƯỚNG CHÍNH PHỦ điện:\n\n- Bộ trưởng các Bộ;\n\nMưa lũ tại khu vực Trung Bộ gây thiệt hại lớn.\n",
      ),
    ).toBe("Về việc ứng phó mưa, lũ tại khu vực Trung Bộ");
    // An authority of eleven words after "GIÁM ĐỐC", on the title's line as the layout
    // of a hard-wrapped page leaves it.
    const centre = readHeader(
      plainText(
        "UBND THÀNH PHỐ HÀ NỘI\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG\n\nSố: 1609/QĐ-TTPVHCC\n\n" +
          "Hà Nội, ngày 25 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\n\n" +
          "VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC ĐẤU THẦU GIÁM ĐỐC TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG THÀNH PHỐ HÀ NỘI\n" +
          "Căn cứ Luật Tổ chức Chính quyền địa phương số 72/2025/QH15;\n",
      ),
    );
    expect(centre?.title).toBe("Về việc công bố danh mục thủ tục hành chính lĩnh vực đấu thầu");
  });

  it("gives an upper-case trích yếu the case its text prints names and acronyms in", () => {
    const text = `THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 223/CĐ-TTg\n\nHà Nội, ngày 20 tháng 11 năm 2025\n\nCÔNG ĐIỆN\nV/V TẬP TRUNG ỨNG PHÓ LŨ TẠI KHÁNH HÒA VÀ GIA LAI, THỰC HIỆN QUYẾT ĐỊNH SỐ 06/QĐ-TTG CỦA CHÍNH PHỦ VÀ ĐANG GIẢI QUYẾT THỦ TỤC\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n\nChủ tịch Ủy ban nhân dân các tỉnh Khánh Hòa, Gia Lai; mưa lũ tại Khánh Hòa và Gia Lai đang gây thiệt hại; thực hiện Quyết định số 06/QĐ-TTg, giải quyết thủ tục theo Quyết định số 06/QĐ-TTg.\n`;
    expect(readHeader(plainText(text))?.title).toBe(
      "V/v tập trung ứng phó lũ tại Khánh Hòa và Gia Lai, thực hiện Quyết định số 06/QĐ-TTg của Chính phủ và đang giải quyết thủ tục",
    );
  });
});
