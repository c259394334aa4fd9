import { describe, expect, it } from "vitest";
import {
  foldVietnamese,
  normalizeDashes,
  normalizeToneMarks,
  slugify,
} from "../../../src/text/index.js";

describe("text: folding", () => {
  it("treats old and new tone-mark placement as the same", () => {
    expect(foldVietnamese("Gia Thuỵ")).toBe(foldVietnamese("Gia Thụy"));
    expect(normalizeToneMarks("Gia Thuỵ")).toBe("Gia Thụy");
    expect(normalizeToneMarks("hoà bình, khoẻ mạnh")).toBe("hòa bình, khỏe mạnh");
  });

  it("leaves placements that both conventions share alone", () => {
    expect(normalizeToneMarks("quý, hoàng, Quỳnh, thuyền")).toBe("quý, hoàng, Quỳnh, thuyền");
  });

  it("is the same for NFC and NFD input", () => {
    const nfd = "Nghị định".normalize("NFD");
    expect(foldVietnamese(nfd)).toBe("nghi dinh");
    expect(normalizeToneMarks("Thuỵ".normalize("NFD"))).toBe("Thụy");
  });

  it("maps đ, which Unicode does not decompose", () => {
    expect(foldVietnamese("Đảng ủy")).toBe("dang uy");
  });

  it("reads every dash as '-'", () => {
    expect(normalizeDashes("NĐ–CP — QU − x")).toBe("NĐ-CP - QU - x");
  });

  it("makes readable ASCII slugs", () => {
    expect(slugify("UBND Thành phố Hà Nội")).toBe("ubnd-thanh-pho-ha-noi");
  });
});
