import { describe, expect, it } from "vitest";
import { excerptAround } from "../../../web/src/explore/excerptAround.js";

const SENTENCE =
  "Thực hiện Kế hoạch số 123-KH/QU ngày 17/6/2022 của Quận ủy Long Biên, chiều ngày 30/6/2022, " +
  "Tại Hội trường Nhà văn hóa phường Gia Thụy, Đảng ủy phường Gia Thụy tổ chức Hội nghị sơ kết " +
  "01 năm thực hiện Thông tri số 03-TT/QU ngày 22/4/2021 của Quận ủy Long Biên “về tổ chức thực " +
  "hiện Nghị định số 32/2021/NĐ-CP, ngày 29/3/2021 của Chính phủ quy định chi tiết và biện pháp " +
  "thi hành Nghị quyết số 97/2019/QH14”";

const text = (segments: { text: string }[]) => segments.map((segment) => segment.text).join("");
const marked = (segments: { text: string; marked: boolean }[]) =>
  segments.filter((segment) => segment.marked).map((segment) => segment.text);

describe("explore: evidence excerpts", () => {
  it("keeps a short sentence whole and marks both ends of the relation", () => {
    const sentence = "Thông tri số 03-TT/QU về tổ chức thực hiện Nghị định số 32/2021/NĐ-CP";
    const segments = excerptAround(sentence, ["32/2021/NĐ-CP", "03-TT/QU"]);
    expect(text(segments)).toBe(sentence);
    expect(marked(segments)).toEqual(["03-TT/QU", "32/2021/NĐ-CP"]);
  });

  it("cuts a paragraph-long sentence to the words around both codes, at spaces, with …", () => {
    const segments = excerptAround(SENTENCE, ["32/2021/NĐ-CP", "03-TT/QU"], 160);
    const shown = text(segments);
    expect(shown.startsWith("…")).toBe(true);
    expect(shown.endsWith("…")).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(162);
    expect(SENTENCE).toContain(shown.slice(1, -1));
    expect(SENTENCE.split(" ")).toContain(shown.slice(1).split(" ")[0]);
    expect(marked(segments)).toEqual(["03-TT/QU", "32/2021/NĐ-CP"]);
  });

  it("centres on the first term it finds when the others lie too far away", () => {
    const segments = excerptAround(SENTENCE, ["97/2019/QH14", "123-KH/QU"], 100);
    expect(marked(segments)).toEqual(["97/2019/QH14"]);
    expect(text(segments).endsWith("97/2019/QH14”")).toBe(true);
  });

  it("matches without regard to case and starts at the beginning when nothing matches", () => {
    expect(marked(excerptAround("căn cứ nghị định 32/2021/nđ-cp", ["32/2021/NĐ-CP"]))).toEqual([
      "32/2021/nđ-cp",
    ]);
    const segments = excerptAround(SENTENCE, ["100/KH-UBND"], 80);
    expect(text(segments).startsWith("Thực hiện Kế hoạch số 123-KH/QU")).toBe(true);
    expect(marked(segments)).toEqual([]);
  });
});
