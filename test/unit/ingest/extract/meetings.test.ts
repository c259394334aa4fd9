import { describe, expect, it } from "vitest";
import { facts, relationLines } from "./facts.js";

const NEWS = `Thực hiện Kế hoạch số 45-KH/HU ngày 02/3/2024 của Huyện ủy Đắk Song, chiều ngày 30/6, tại Hội trường UBND xã Trường Xuân, Đảng ủy xã Trường Xuân tổ chức Hội nghị tổng kết 05 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.

Dự Hội nghị có đồng chí Lê Văn Bình - Phó Bí thư Huyện ủy Đắk Song, đồng chí Trần Thị Mai - Chủ tịch UBND xã.

Đồng chí Nguyễn Văn An - Bí thư Đảng ủy xã chủ trì Hội nghị.

Tại Hội nghị, đồng chí Trần Thị Mai - Chủ tịch UBND xã đã trình bày báo cáo tổng kết.

Phát biểu chỉ đạo tại Hội nghị, đồng chí Lê Văn Bình ghi nhận kết quả đạt được.`;

describe("extract: meetings", () => {
  it("reads the meeting's name, its date against the publication date, venue and organizer", () => {
    expect(facts(NEWS, "2024-07-02").meetings).toEqual([
      {
        id: "m1",
        title: "Hội nghị tổng kết 05 năm thực hiện Chỉ thị số 05-CT/TW",
        date: "2024-06-30",
        organizer: "Đảng ủy xã Trường Xuân",
        venue: "Hội trường UBND xã Trường Xuân",
      },
    ]);
  });

  it("dates 'chiều ngày 30/6' to the year before when published early in the next year", () => {
    expect(facts(NEWS, "2025-01-10").meetings[0]?.date).toBe("2024-06-30");
  });

  it("reads who took part in which role: chủ trì, trình bày, phát biểu, dự", () => {
    const json = facts(NEWS, "2024-07-02");
    const roles = json.relations
      .filter((r) => r.type === "ATTENDED")
      .map((r) => `${"person" in r.from ? r.from.person : "?"}:${r.role}`)
      .sort();
    expect(roles).toEqual([
      "Lê Văn Bình:ATTENDEE",
      "Lê Văn Bình:SPEAKER",
      "Nguyễn Văn An:CHAIR",
      "Trần Thị Mai:ATTENDEE",
      "Trần Thị Mai:PRESENTER",
    ]);
  });

  it("links the meeting to the plan it carries out and the directive it reviews", () => {
    const lines = relationLines(facts(NEWS, "2024-07-02")).filter((l) =>
      /^(?:IMPLEMENTS|REVIEWS) meeting:/u.test(l),
    );
    expect(lines).toEqual(["IMPLEMENTS meeting:m1 → 45-KH/HU", "REVIEWS meeting:m1 → 05-CT/TW"]);
  });

  it("gives each position the commune the text is about", () => {
    const people = facts(NEWS, "2024-07-02").people;
    expect(people.find((p) => p.name === "Trần Thị Mai")?.positions).toEqual([
      { title: "Chủ tịch", body: "UBND xã Trường Xuân" },
    ]);
    expect(people.find((p) => p.name === "Nguyễn Văn An")?.positions).toEqual([
      { title: "Bí thư", body: "Đảng ủy xã Trường Xuân" },
    ]);
  });

  it("keeps 'ngày' that names an occasion in the title, and ends it before the request that follows", () => {
    const titles = (text: string) => facts(text, "2025-12-01").meetings.map((m) => m.title);
    expect(
      titles(
        "Sáng ngày 20/11/2025, Trường tổ chức Lễ kỷ niệm ngày Nhà giáo Việt Nam. Ngày 30/11/2025, Bộ Y tế tổ chức Lễ khánh thành các công trình nhân dịp kỷ niệm 79 năm ngày toàn quốc kháng chiến[2], yêu cầu các nhà thầu bảo đảm tiến độ.",
      ),
    ).toEqual([
      "Lễ kỷ niệm ngày Nhà giáo Việt Nam",
      "Lễ khánh thành các công trình nhân dịp kỷ niệm 79 năm ngày toàn quốc kháng chiến",
    ]);
  });

  it("ends a meeting's name before what it did: 'họp', 'được tổ chức'", () => {
    const titles = (text: string) => facts(text, "2025-12-01").meetings.map((m) => m.title);
    expect(
      titles(
        "Ngày 10/4/2025, Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII họp tại Hà Nội.",
      ),
    ).toEqual(["Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII"]);
    expect(
      titles(
        "Sáng 19/5/2025, Lễ khởi công được tổ chức đúng dịp kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh. Chiều 20/5/2025, UBND phường tổ chức Phiên họp thường kỳ.",
      ),
    ).toEqual(["Lễ khởi công", "Phiên họp thường kỳ"]);
  });

  it("takes the body its name gives after the noun for the organizer", () => {
    const organizers = (text: string) =>
      facts(text, "2025-12-01").meetings.map((m) => [m.title, m.organizer]);
    expect(
      organizers(
        "Ngày 14/11/2025, Cuộc họp Bộ Chính trị cho ý kiến về đề án. Ngày 10/4/2025, Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII họp tại Hà Nội.",
      ),
    ).toEqual([
      ["Cuộc họp Bộ Chính trị cho ý kiến về đề án", "Bộ Chính trị"],
      ["Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII", "Ban Chấp hành Trung ương"],
    ]);
    // A body the meeting is held with is not its organizer.
    expect(
      organizers(
        "Ngày 9/11/2025, Buổi làm việc với lãnh đạo tỉnh Đắk Lắk về tình hình giải ngân vốn đầu tư công.",
      ),
    ).toEqual([
      ["Buổi làm việc với lãnh đạo tỉnh Đắk Lắk về tình hình giải ngân vốn đầu tư công", undefined],
    ]);
  });

  it("takes a session's organizer from the clause it opens, and a council named with its term", () => {
    const organizers = (text: string) =>
      facts(text, "2025-12-01").meetings.map((m) => [m.title, m.organizer]);
    expect(
      organizers(
        "Tại phiên họp ngày 28/11/2025, sau khi nghe Báo cáo của Ban Tổ chức Trung ương về kết quả hoạt động (Báo cáo số 565-BC/BTCTW, ngày 27/11/2025), Bộ Chính trị, Ban Bí thư kết luận như sau: tiếp tục thực hiện.",
      ),
    ).toEqual([["Phiên họp", "Bộ Chính trị"]]);
    expect(
      organizers(
        "Sáng 11-5-2026, tại kỳ họp thứ hai, với 100% đại biểu có mặt tán thành, HĐND thành phố Hà Nội thông qua Nghị quyết phê duyệt chủ trương đầu tư.",
      ),
    ).toEqual([["Kỳ họp thứ hai", "HĐND thành phố Hà Nội"]]);
    expect(
      organizers(
        "Ngày 1/7/2025, 10 đại biểu HĐND phường Tương Mai lâm thời khoá 1, nhiệm kỳ 2021-2026 đã tổ chức Kỳ họp thứ nhất để công bố các quyết định.",
      ),
    ).toEqual([["Kỳ họp thứ nhất để công bố các quyết định", "HĐND phường Tương Mai"]]);
    // At a session, a body the clause only mentions is not its organizer.
    expect(
      organizers(
        "Tại phiên họp ngày 14/11/2025, xem xét Tờ trình của Đảng uỷ Chính phủ; ý kiến các cơ quan, Bộ Chính trị đã thảo luận.",
      ),
    ).toEqual([["Phiên họp", undefined]]);
  });

  it("does not make a meeting of an undated or plural mention, nor of an adoption formula", () => {
    expect(
      facts("Tại các hội nghị, cán bộ được quán triệt. Hội nghị sẽ được tổ chức trong quý tới.")
        .meetings,
    ).toEqual([]);
    for (const formula of ["Nghị quyết này đã được", "Nghị quyết đã được"]) {
      expect(
        facts(
          `${formula} Hội đồng nhân dân thành phố Hà Nội khóa XVI, kỳ họp thứ 28 thông qua ngày 26 tháng 11 năm 2025.`,
        ).meetings,
        formula,
      ).toEqual([]);
    }
    // When a law was passed is no meeting the text reports, whatever date follows.
    expect(
      facts(
        "Luật Bảo vệ dữ liệu cá nhân được Quốc hội khóa XV thông qua tại kỳ họp thứ 9 ngày 26 tháng 6 năm 2025, có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026.",
      ).meetings,
    ).toEqual([]);
    // A session the text reports is still one.
    expect(
      facts("Ngày 26 tháng 6 năm 2025, tại kỳ họp thứ 9, Quốc hội khóa XV đã biểu quyết.").meetings,
    ).toHaveLength(1);
  });
});
