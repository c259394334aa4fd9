import { describe, expect, it } from "vitest";
import { extractOfficials } from "../../../../src/ingest/extract/extractOfficials.js";
import { plainText } from "../../../../src/ingest/extract/plainText.js";
import { bodyMatchName } from "../../../../src/ingest/extract/readBodyAt.js";
import { facts } from "./facts.js";
import { extractText } from "../../../../src/ingest/index.js";

function people(text: string): string[] {
  return extractOfficials(plainText(text)).map(
    (p) =>
      `${p.name}: ${p.titles
        .map(
          (t) =>
            `${t.title}${t.body ? ` @ ${bodyMatchName(t.body)}` : ""}${t.impliedBody ? ` @ ${t.impliedBody}` : ""}`,
        )
        .join("; ")}`,
  );
}

describe("extract: officials", () => {
  it("reads 'đồng chí NAME - TITLE BODY' lists", () => {
    expect(
      people(
        "Dự Hội nghị có đồng chí Phan Việt Hưng - Bí thư Đảng ủy phường, đồng chí Nguyễn Thành Biên - Phó Bí thư thường trực Đảng ủy phường.",
      ),
    ).toEqual([
      "Phan Việt Hưng: Bí thư @ Đảng ủy phường",
      "Nguyễn Thành Biên: Phó Bí thư thường trực @ Đảng ủy phường",
    ]);
  });

  it("reads 'Đ/c K Thanh – TUV, Bí thư Huyện ủy' with the abbreviated membership", () => {
    expect(people("Đ/c K Thanh – TUV, Bí thư Huyện ủy Đắk Song tại kỳ họp.")).toEqual([
      "K Thanh: Ủy viên; Bí thư @ Huyện ủy Đắk Song",
    ]);
  });

  it("reads titles printed before the name", () => {
    expect(
      people(
        "Ủy viên Bộ Chính trị, Chủ tịch Quốc hội Trần Thanh Mẫn; Chủ tịch UBND phường Tương Mai Đào Thị Thu Hằng phát biểu.",
      ),
    ).toEqual([
      "Trần Thanh Mẫn: Ủy viên @ Bộ Chính trị; Chủ tịch @ Quốc hội",
      "Đào Thị Thu Hằng: Chủ tịch @ UBND phường Tương Mai",
    ]);
  });

  it("reads 'ông/bà NAME, TITLE' and the post a person is appointed to", () => {
    expect(
      people(
        "Bà Đào Thị Thu Hằng, Bí thư Đảng ủy phường Tương Mai (cũ) giữ chức vụ Chủ tịch UBND phường.",
      ),
    ).toEqual(["Đào Thị Thu Hằng: Bí thư @ Đảng ủy phường Tương Mai; Chủ tịch @ UBND phường"]);
  });

  it("gives the titles before a list's colon to every person listed", () => {
    expect(
      people(
        "Gồm các đồng chí Ủy viên Trung ương Đảng: Phạm Gia Túc, Chánh Văn phòng Trung ương Đảng; Đào Hồng Lan, Bộ trưởng Bộ Y tế.",
      ),
    ).toEqual([
      "Phạm Gia Túc: Ủy viên @ Ban Chấp hành Trung ương; Chánh Văn phòng @ Văn phòng Trung ương Đảng",
      "Đào Hồng Lan: Ủy viên @ Ban Chấp hành Trung ương; Bộ trưởng @ Bộ Y tế",
    ]);
  });

  it("places the Party's General Secretary and the Secretariat's members without a printed body", () => {
    const json = facts(
      "Theo chỉ đạo của Tổng Bí thư Tô Lâm, đồng chí Nguyễn Duy Ngọc, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Chủ nhiệm Ủy ban Kiểm tra Trung ương, đã ký kết luận.",
    );
    expect(json.people).toEqual([
      { name: "Tô Lâm", positions: [{ title: "Tổng Bí thư", body: "Ban Chấp hành Trung ương" }] },
      {
        name: "Nguyễn Duy Ngọc",
        positions: [
          { title: "Ủy viên", body: "Bộ Chính trị" },
          { title: "Bí thư Trung ương Đảng", body: "Ban Bí thư" },
          { title: "Chủ nhiệm", body: "Ủy ban Kiểm tra Trung ương" },
        ],
      },
    ]);
  });

  it("takes a form's placeholder names for no one", () => {
    expect(
      people(
        "Đồng chí Nguyễn Văn A, Chủ nhiệm Ủy ban Y của Quốc hội; đồng chí Trần Thị B, Thứ trưởng; Bí thư Nông Văn Sơn dự.",
      ),
    ).toEqual(["Nông Văn Sơn: Bí thư"]);
  });

  it("takes no private person: a letter's addressee, a petitioner, a resident, a family's speaker", () => {
    expect(
      people(
        "Kính gửi: Bà Đặng Phương Hà My (Địa chỉ: Hồ Chí Minh; Số ĐT: 0947858709). Cục Thuế nhận được đơn phản ánh kiến nghị số PAKN.1761 của ông Thái Mạnh Cường về chính sách thuế. " +
          "Một minh chứng là chia sẻ của ông Nguyễn Xuân Hồi, trú tại tổ 10, phường Tương Mai. Ông Trần Tuấn Anh, đại diện gia đình, cảm ơn.",
      ),
    ).toEqual([]);
    // An official keeps their name wherever a letter puts it.
    expect(
      people(
        "Kính gửi: Ông Nguyễn Văn An, Chủ tịch UBND phường Gia Thụy. Mọi thông tin xin liên hệ ông Nguyễn Ngọc Hinh - Quyền Trưởng phòng Tổ chức.",
      ),
    ).toEqual([
      "Nguyễn Văn An: Chủ tịch @ UBND phường Gia Thụy",
      "Nguyễn Ngọc Hinh: Quyền Trưởng phòng",
    ]);
  });

  it("does not take a title or a unit for a name", () => {
    expect(people("Vụ trưởng Vụ Tổ chức cán bộ trình; các đồng chí Bí thư chi bộ dự.")).toEqual([]);
  });

  it("gives positions resolved bodies, filling a bare title's body from the title beside it", () => {
    const json = facts(
      "Phường Gia Thụy tổ chức hội nghị. Bí thư Đảng ủy, Chủ tịch HĐND phường Tương Mai Võ Xuân Trọng phát biểu. Đồng chí Đặng Việt Phương - Chủ tịch UBND phường trình bày báo cáo.",
    );
    expect(json.people).toEqual([
      {
        name: "Võ Xuân Trọng",
        positions: [
          { title: "Bí thư", body: "Đảng ủy phường Tương Mai" },
          { title: "Chủ tịch", body: "HĐND phường Tương Mai" },
        ],
      },
      {
        name: "Đặng Việt Phương",
        positions: [{ title: "Chủ tịch", body: "UBND phường Gia Thụy" }],
      },
    ]);
  });

  it("places a bare Thành ủy by the city a title beside it names, not by where the text was written", () => {
    const json = facts(
      "Hà Nội, ngày 10 tháng 10 năm 2025\n\nThành ủy Hà Nội tổ chức hội nghị. 16. Đồng chí Nguyễn Văn Được, Uỷ viên Trung ương Đảng, Phó Bí thư Thành uỷ, Chủ tịch Uỷ ban nhân dân Thành phố Hồ Chí Minh.",
    );
    expect(json.people.find((p) => p.name === "Nguyễn Văn Được")?.positions).toContainEqual({
      title: "Phó Bí thư",
      body: "Thành ủy Hồ Chí Minh",
    });
  });

  it("leaves an award printed right after a name out of it", () => {
    expect(people("Trao tặng đồng chí Trần Đình Hoan Huân chương Độc lập hạng Nhất.")).toEqual([
      "Trần Đình Hoan: ",
    ]);
    expect(people("Đồng chí Nguyễn Văn Huân, Bí thư Tỉnh ủy Nghệ An.")).toEqual([
      "Nguyễn Văn Huân: Bí thư @ Tỉnh ủy Nghệ An",
    ]);
  });

  it("reads 'PBT thường trực' and 'PCT Thường trực' as the standing deputies", () => {
    expect(
      people(
        "- Đồng chí Nguyễn Tri Phương – PBT thường trực Đảng uỷ phường Tương Mai\n- Đồng chí Lê Văn An – PCT Thường trực UBND tỉnh Nghệ An",
      ),
    ).toEqual([
      "Nguyễn Tri Phương: Phó Bí thư thường trực @ Đảng ủy phường Tương Mai",
      "Lê Văn An: Phó Chủ tịch Thường trực @ UBND tỉnh Nghệ An",
    ]);
  });

  it("reads an alternate member of the Central Committee and the titles after it", () => {
    expect(
      people(
        "19. Đồng chí Nguyễn Minh Vũ, Uỷ viên dự khuyết Trung ương Đảng, Thứ trưởng Thường trực Bộ Ngoại giao.",
      ),
    ).toEqual([
      "Nguyễn Minh Vũ: Ủy viên dự khuyết @ Ban Chấp hành Trung ương; Thứ trưởng Thường trực @ Bộ Ngoại giao",
    ]);
  });

  it("places a roster's titles in the body its heading names, and a joined name in its partner's place", () => {
    const json = facts(
      [
        "Trụ sở HĐND - UBND phường Tương Mai: số 2 ngõ 224 đường Hoàng Mai. Phường được thành lập theo Nghị quyết số 19/NQ-HĐND của HĐND thành phố Hà Nội.",
        "",
        "1. Đảng uỷ Phường",
        "",
        "- Đồng chí Võ Xuân Trọng - Bí thư Đảng uỷ, Chủ tịch HĐND",
        "",
        "2. Hội đồng Nhân dân phường:",
        "",
        "- Đồng chí Võ Xuân Trọng - Bí thư Đảng uỷ, Chủ tịch HĐND",
        "",
        "- Đồng chí Cung Thị Hồng Loan – Trưởng ban Kinh tế - Ngân sách",
        "",
        "6. Ban chỉ huy Quân sự phường",
        "",
        "- Đồng chí Trần Quốc Toản – Chỉ huy trưởng BCH Quân sự",
      ].join("\n"),
    );
    const positions = (name: string) =>
      json.people
        .find((p) => p.name === name)
        ?.positions.map((p) => `${p.title} @ ${p.body}`.toLocaleLowerCase("vi"));
    expect(positions("Võ Xuân Trọng")).toEqual([
      "bí thư @ đảng ủy phường tương mai",
      "chủ tịch @ hđnd phường tương mai",
    ]);
    expect(positions("Cung Thị Hồng Loan")).toEqual([
      "trưởng ban @ ban kinh tế - ngân sách hội đồng nhân dân phường tương mai",
    ]);
    expect(positions("Trần Quốc Toản")).toEqual([
      "chỉ huy trưởng @ ban chỉ huy quân sự phường tương mai",
    ]);
  });

  it("does not take a numbered line naming a person for a roster's heading", () => {
    const json = facts(
      "1. Đồng chí Trần Sỹ Thanh, Phó Bí thư Thành ủy, Chủ tịch Ủy ban nhân dân thành phố Hà Nội.\n2. Đồng chí Nguyễn Văn Hùng, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch.",
    );
    expect(json.people.find((p) => p.name === "Nguyễn Văn Hùng")?.positions).toEqual([
      { title: "Bộ trưởng", body: "Bộ Văn hóa, Thể thao và Du lịch" },
    ]);
  });

  it("gives two people named before one appointment the post it names", () => {
    expect(
      people(
        "- Bà Phan Thị Kim Thành, Chủ tịch UBND phường Tương Mai (cũ) và \n- Bà Nguyễn Hải Linh, Trưởng phòng Tư pháp quận Hoàng Mai (cũ) giữ chức vụ Phó Chủ tịch UBND phường. Ông Nguyễn Văn An, Phó Bí thư Đảng ủy phường Gia Thụy; ông Trần Văn Bình được bầu giữ chức Chủ tịch UBND phường Gia Thụy.",
      ),
    ).toEqual([
      "Phan Thị Kim Thành: Chủ tịch @ UBND phường Tương Mai; Phó Chủ tịch @ UBND phường",
      "Nguyễn Hải Linh: Trưởng phòng @ phòng Tư pháp quận Hoàng Mai; Phó Chủ tịch @ UBND phường",
      "Nguyễn Văn An: Phó Bí thư @ Đảng ủy phường Gia Thụy",
      "Trần Văn Bình: Chủ tịch @ UBND phường Gia Thụy",
    ]);
  });

  it("places the bare bodies of a roster in the place its lead-in names", () => {
    const json = facts(
      [
        "* **Địa chỉ trụ sở UBND**: Số 2/224 đường Hoàng Mai, Hà Nội.",
        "",
        "* **Lãnh đạo phường Tương Mai**: ",
        "    - Đồng chí Võ Xuân Trọng (Bí thư Đảng ủy, Chủ tịch HĐND), ",
        "    - đồng chí Đào Thị Thu Hằng (Phó Bí thư, Chủ tịch UBND), ",
        "    - đồng chí Trần Thu Thúy (Chủ tịch Ủy ban MTTQ).",
      ].join("\n"),
    );
    expect(
      json.people.map(
        (p) => `${p.name}: ${p.positions.map((q) => `${q.title} @ ${q.body}`).join("; ")}`,
      ),
    ).toEqual([
      "Võ Xuân Trọng: Bí thư @ Đảng ủy phường Tương Mai; Chủ tịch @ HĐND phường Tương Mai",
      "Đào Thị Thu Hằng: Phó Bí thư @ Đảng ủy phường Tương Mai; Chủ tịch @ UBND phường Tương Mai",
      "Trần Thu Thúy: Chủ tịch @ Ủy ban MTTQ phường Tương Mai",
    ]);
  });

  it("places an office named without its place in the district before 2025-07-01, in the commune after", () => {
    const district =
      "Kỳ họp HĐND huyện Đắk Song đã bầu đồng chí Phạm Đức Bảy - Trưởng phòng Dân tộc.";
    const ward =
      "Tại phường Tương Mai, bà Nguyễn Thị Mai Lan - Trưởng phòng Văn hoá – Xã hội phát biểu.";
    const office = (text: string, publishedAt: string) =>
      facts(text, publishedAt).people[0]?.positions.map((q) => q.body);
    expect(office(district, "2020-10-09")).toEqual(["Phòng Dân tộc huyện Đắk Song"]);
    expect(office(ward, "2025-07-01")).toEqual(["Phòng Văn hóa - Xã hội phường Tương Mai"]);
    // Neither text names the other level's place: no office is guessed.
    expect(office(district, "2025-07-01")).toEqual([]);
    expect(office(ward, "2020-10-09")).toEqual([]);
  });
});

describe("extract: a post held once", () => {
  const TEXT =
    "Thi hành kỷ luật đối với đồng chí Trương Hòa Bình, nguyên Ủy viên Bộ Chính trị, nguyên Phó Thủ tướng Thường trực Chính phủ. Đồng chí Võ Văn Thưởng, Ủy viên Bộ Chính trị, dự hội nghị.";

  it("reads 'nguyên' before a title as a post the person no longer holds", () => {
    const people = extractText(TEXT, { publishedAt: "2025-03-01" }).people;
    expect(people.map((p) => [p.name, p.positions])).toEqual([
      [
        "Trương Hòa Bình",
        [
          { title: "Ủy viên", body: "Bộ Chính trị", former: true },
          { title: "Phó Thủ tướng Thường trực", body: "Chính phủ", former: true },
        ],
      ],
      ["Võ Văn Thưởng", [{ title: "Ủy viên", body: "Bộ Chính trị" }]],
    ]);
  });

  it("leaves it out of the contract's positions, which are the posts a text says are held", () => {
    expect(facts(TEXT).people).toEqual([
      { name: "Trương Hòa Bình", positions: [] },
      { name: "Võ Văn Thưởng", positions: [{ title: "Ủy viên", body: "Bộ Chính trị" }] },
    ]);
  });
});
