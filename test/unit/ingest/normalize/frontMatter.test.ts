import { describe, expect, it } from "vitest";
import { normalizeSource } from "../../../../src/ingest/normalize/index.js";
import { toIsoDate } from "../../../../src/ingest/normalize/toIsoDate.js";

describe("normalize: front matter and news headers", () => {
  it("removes YAML front matter and keeps its title and date", () => {
    const source =
      "---\r\nlayout:     post\r\ntitle:      Phường tổ chức Hội nghị sơ kết Thông tri 03\r\n" +
      "date:       2025-07-01 00:00:01\r\ntags:\r\n    - Hành chính\r\n---\r\n\r\nNội dung bài viết.";
    const result = normalizeSource(source);
    expect(result.text).toBe("Nội dung bài viết.");
    expect(result.meta).toEqual({
      title: "Phường tổ chức Hội nghị sơ kết Thông tri 03",
      publishedAt: "2025-07-01",
    });
  });

  it("reads quoted and block YAML titles and the other date keys", () => {
    const source =
      '---\ntitle: "Giới thiệu \\"Quyết định thành lập\\""\npublished: 13-09-2016\n---\nThân bài.';
    expect(normalizeSource(source).meta).toEqual({
      title: 'Giới thiệu "Quyết định thành lập"',
      publishedAt: "2016-09-13",
    });
    const folded =
      "---\ntitle: >\n  Kế hoạch số 123-KH/QU\n  của Quận ủy\npublishedAt: 2022/06/17\n---\nThân bài.";
    expect(normalizeSource(folded).meta).toEqual({
      title: "Kế hoạch số 123-KH/QU của Quận ủy",
      publishedAt: "2022-06-17",
    });
  });

  it("removes JSON front matter, fenced as ---json or opening the text", () => {
    const fenced =
      '---json\n{\n  "slug": "giao-ban",\n  "title": "Hội nghị giao ban công tác mặt trận",\n' +
      '  "date": "2020-10-05T00:31:00.000Z"\n}\n---\n<p>Theo b&aacute;o c&aacute;o.</p>';
    expect(normalizeSource(fenced)).toMatchObject({
      text: "Theo báo cáo.",
      meta: { title: "Hội nghị giao ban công tác mặt trận", publishedAt: "2020-10-05" },
    });
    const bare = '{"title": "Tin {mới}", "publishedAt": "2024-02-29"}\nNội dung.';
    expect(normalizeSource(bare)).toMatchObject({
      text: "Nội dung.",
      meta: { title: "Tin {mới}", publishedAt: "2024-02-29" },
    });
  });

  it("does not take a Markdown rule or a brace in prose for front matter", () => {
    const rule = "---\nĐoạn mở đầu của bài viết.\n\n---\nĐoạn sau.";
    expect(normalizeSource(rule).text).toBe("Đoạn mở đầu của bài viết.\n\nĐoạn sau.");
    expect(normalizeSource("{Chú thích} ở đầu văn bản.").text).toBe("{Chú thích} ở đầu văn bản.");
  });

  it("reads the title and date a news item prints, and leaves them in the text", () => {
    const source =
      "tin hoạt động\n\nPhường Tân Mai tổ chức hội nghị triển khai Kế hoạch số 45-KH/ĐU\n" +
      "Ngày đăng 05/09/2023 | 14:30  | Lượt xem: 17\n\nSáng ngày 4/9/2023, Đảng ủy phường tổ chức hội nghị.";
    const result = normalizeSource(source);
    expect(result.meta).toEqual({
      title: "Phường Tân Mai tổ chức hội nghị triển khai Kế hoạch số 45-KH/ĐU",
      publishedAt: "2023-09-05",
    });
    expect(result.text).toContain("Ngày đăng 05/09/2023 | 14:30 | Lượt xem: 17");
  });

  it("prefers front matter to the printed header", () => {
    const source =
      "---\ntitle: Tiêu đề trong front matter\n---\nTiêu đề in\nNgày đăng 01/02/2021 | 08:00\n\nNội dung.";
    expect(normalizeSource(source).meta).toEqual({
      title: "Tiêu đề trong front matter",
      publishedAt: "2021-02-01",
    });
  });

  it.each([
    ["2025-07-01 00:00:01", "2025-07-01"],
    ["2025-7-1", "2025-07-01"],
    ["2020-02-02T23:55:00.000Z", "2020-02-03"],
    ["2020-02-02T23:55:00+07:00", "2020-02-02"],
    ["13-09-2016", "2016-09-13"],
    ["02/07/2022", "2022-07-02"],
    ["2022/06/17", "2022-06-17"],
    ["31/02/2022", undefined],
    ["hôm qua", undefined],
  ])("reads the date %s as %s", (value, expected) => {
    expect(toIsoDate(value)).toBe(expected);
  });
});
