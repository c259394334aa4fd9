import { describe, expect, it } from "vitest";
import { normalizeSource } from "../../../../src/ingest/normalize/index.js";

describe("normalize: HTML and entities", () => {
  it("strips tags, turning blocks into lines and dropping scripts and styles", () => {
    const html =
      "<html><head><title>Tin tức</title><style>p { color: red }</style></head><body>\n" +
      '<p style="text-align:center"><strong>Hội nghị sơ kết</strong> Thông tri số 03-TT/QU</p>\n' +
      "<script>var x = '<p>không phải văn bản</p>';</script>\n" +
      "<div>Dòng một<br>Dòng hai<br/>Dòng ba</div><!-- ghi chú -->\n" +
      "<ul><li>Kế hoạch số 100/KH-UBND;</li><li>Quyết định số 2696/QĐ-UBND.</li></ul></body></html>";
    expect(normalizeSource(html).text).toBe(
      "Hội nghị sơ kết Thông tri số 03-TT/QU\n\n" +
        "Dòng một\nDòng hai\nDòng ba\n\n" +
        "Kế hoạch số 100/KH-UBND;\nQuyết định số 2696/QĐ-UBND.",
    );
  });

  it("takes the page title as the title when nothing else names one", () => {
    const html =
      "<html><head><title>Ph&ograve;ng ch&#7889;ng d&#7883;ch</title></head><body><p>Nội dung.</p></body></html>";
    expect(normalizeSource(html).meta.title).toBe("Phòng chống dịch");
  });

  it("treats source line breaks inside HTML as spaces", () => {
    const html =
      "<p>Thực hiện Chỉ thị số 06/CT-TTg\nngày 31/01/2020</p>\n<p>của Thủ tướng Chính phủ.</p><p>Đoạn hai.</p>";
    expect(normalizeSource(html).text).toBe(
      "Thực hiện Chỉ thị số 06/CT-TTg ngày 31/01/2020 của Thủ tướng Chính phủ.\n\nĐoạn hai.",
    );
  });

  it("decodes named, decimal and hexadecimal references", () => {
    const html =
      "<p>Ng&agrave;y 01/02/2020, &#7910;y ban nh&acirc;n d&acirc;n t&#x1EC9;nh ban h&agrave;nh " +
      "C&ocirc;ng v&#x103;n s&#7889; 326/UBND&ndash;KGVX &quot;v&#7873; ph&ograve;ng d&#7883;ch&quot;&nbsp;&hellip;</p>";
    expect(normalizeSource(html).text).toBe(
      'Ngày 01/02/2020, Ủy ban nhân dân tỉnh ban hành Công văn số 326/UBND-KGVX "về phòng dịch" …',
    );
  });

  it("decodes references in plain text too, and leaves unknown ones", () => {
    expect(normalizeSource("Nghị quyết 18 &amp; Kết luận 121 &#7897;ng &bogus; &copy=2").text).toBe(
      "Nghị quyết 18 & Kết luận 121 ộng &bogus; &copy=2",
    );
  });

  it("maps the Windows-1252 range of numeric references as browsers do", () => {
    expect(normalizeSource("<p>&#147;Trích yếu&#148; &#150; ghi chú</p>").text).toBe(
      "“Trích yếu” - ghi chú",
    );
  });

  it("tolerates malformed markup", () => {
    const html =
      "<p>Tỷ lệ < 5% và 3<4 <span class=\"a\" title='x>y'>đạt</span> <b>chỉ tiêu<p>Đoạn <i>chưa đóng";
    expect(normalizeSource(html).text).toBe("Tỷ lệ < 5% và 3<4 đạt chỉ tiêu\n\nĐoạn chưa đóng");
    expect(normalizeSource("<p>Mở <div class='x'").text).toBe("Mở <div class='x'");
  });

  it("separates table cells so their sentences do not run together", () => {
    const html =
      "<table><tr><td>Số: 15/UBND-VP</td><td>Hà Nội, ngày 2 tháng 7 năm 2022</td></tr>" +
      "<tr><th>Nơi nhận</th><th>Ghi chú</th></tr></table>";
    expect(normalizeSource(html).text).toBe(
      "Số: 15/UBND-VP | Hà Nội, ngày 2 tháng 7 năm 2022\nNơi nhận | Ghi chú",
    );
  });

  it("quotes the original markup for a span of the text", () => {
    const html = "<p>Căn cứ <strong>Ngh&#7883; &#273;&#7883;nh</strong> số 32/2021/NĐ-CP</p>";
    const result = normalizeSource(html);
    const start = result.text.indexOf("Nghị định");
    expect(result.quote(start, start + "Nghị định".length)).toBe("Ngh&#7883; &#273;&#7883;nh");
    const code = result.text.indexOf("32/2021/NĐ-CP");
    expect(result.quote(start, code + "32/2021/NĐ-CP".length)).toBe(
      "Ngh&#7883; &#273;&#7883;nh</strong> số 32/2021/NĐ-CP",
    );
  });
});
