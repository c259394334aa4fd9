import { describe, expect, it } from "vitest";
import {
  bodyId,
  bodyKey,
  canonicalId,
  foldedId,
  localBody,
  provinceKey,
} from "../../../src/identity/index.js";

describe("identity: a body below the province is placed in its province", () => {
  it("keeps same-named communes of two provinces apart", () => {
    expect(bodyId("UBND xã Tân Thành", "tỉnh Đồng Nai")).toBe("dong-nai/ubnd-xã-tân-thành");
    expect(bodyId("UBND xã Tân Thành", "tỉnh Tây Ninh")).toBe("tay-ninh/ubnd-xã-tân-thành");
  });

  it("gives a name that already ends in its province the same id", () => {
    expect(bodyId("UBND xã Tân Thành, tỉnh Đồng Nai", "tỉnh Đồng Nai")).toBe(
      "dong-nai/ubnd-xã-tân-thành",
    );
    expect(bodyId("Ủy ban nhân dân phường Bến Nghé TP. Hồ Chí Minh", "thành phố Hồ Chí Minh")).toBe(
      "ho-chi-minh/ubnd-phường-bến-nghé",
    );
  });

  it("reads the province however it is written, and leaves an unplaced body its name's key", () => {
    expect(provinceKey("tỉnh Đồng Nai")).toBe("dong-nai");
    expect(provinceKey("TP. Hồ Chí Minh")).toBe("ho-chi-minh");
    expect(provinceKey("Thành phố Hà Nội")).toBe("ha-noi");
    expect(provinceKey("Bà Rịa – Vũng Tàu")).toBe("ba-ria-vung-tau");
    expect(bodyId("Quận ủy Long Biên")).toBe("quận-ủy-long-biên");
    expect(bodyId("Chính phủ")).toBe("chinh-phu");
  });

  it("finds the province phrase that closes a district's or commune's name", () => {
    expect(localBody("UBND xã Tân Thành, tỉnh Đồng Nai")).toEqual({
      local: true,
      province: "tỉnh Đồng Nai",
    });
    expect(localBody("UBND phường 1 TP. Hồ Chí Minh").province).toBe("TP. Hồ Chí Minh");
    expect(localBody("UBND xã Tân Thành")).toEqual({ local: true });
    // A district-level city is no province; a province's own body is not placed at all.
    expect(localBody("UBND phường Linh Trung, thành phố Thủ Đức")).toEqual({ local: true });
    expect(localBody("UBND tỉnh Đồng Nai")).toEqual({ local: false });
  });

  it("keeps a local body's diacritics, which alone tell some communes of one province apart", () => {
    const thanh = bodyId("UBND xã Lộc Thành", "tỉnh Đồng Nai");
    const thanhNang = bodyId("UBND xã Lộc Thạnh", "tỉnh Đồng Nai");
    expect([thanh, thanhNang]).toEqual([
      "dong-nai/ubnd-xã-lộc-thành",
      "dong-nai/ubnd-xã-lộc-thạnh",
    ]);
    // Both are what the same id typed without diacritics may mean.
    expect(foldedId(thanh)).toBe("dong-nai/ubnd-xa-loc-thanh");
    expect(foldedId(thanhNang)).toBe("dong-nai/ubnd-xa-loc-thanh");
    // The folded key, which short forms and searches match by, does not tell them apart.
    expect(bodyKey("UBND xã Lộc Thạnh")).toBe(bodyKey("UBND xã Lộc Thành"));
  });

  it("reads one local body however its name is spelt: case, tone placement, long forms", () => {
    const id = "ha-noi/đảng-ủy-phường-gia-thụy";
    expect(bodyId("Đảng ủy phường Gia Thuỵ", "Hà Nội")).toBe(id);
    expect(bodyId("ĐẢNG ỦY PHƯỜNG GIA THỤY", "thành phố Hà Nội")).toBe(id);
    expect(bodyId("Đảng uỷ phường Gia Thụy", "TP. Hà Nội")).toBe(id);
    expect(bodyId("Hội đồng nhân dân xã Lộc Thạnh", "Đồng Nai")).toBe(
      bodyId("HĐND xã Lộc Thạnh", "Đồng Nai"),
    );
    expect(bodyId("Ủy ban MTTQ Việt Nam phường Gia Thụy", "Hà Nội")).toBe(
      bodyId("Mặt trận Tổ quốc phường Gia Thụy", "Hà Nội"),
    );
    expect(bodyId("Ủy ban MTTQ Việt Nam phường Gia Thụy", "Hà Nội")).toBe(
      "ha-noi/ubmttq-phường-gia-thụy",
    );
    // An id sent with the old tone placement or in NFD is the stored one.
    expect(canonicalId(" ha-noi/đảng-uỷ-phường-gia-thuỵ ")).toBe(id);
    expect(canonicalId(id.normalize("NFD"))).toBe(id);
  });
});

describe("identity: a provincial body printed without its province's level word", () => {
  it("keys 'Sở Xây dựng Hà Nội' as 'Sở Xây dựng thành phố Hà Nội', and a tỉnh's department likewise", () => {
    expect(bodyKey("Sở Xây dựng Hà Nội")).toBe(bodyKey("Sở Xây dựng thành phố Hà Nội"));
    expect(bodyKey("Sở Quy hoạch - Kiến trúc Hà Nội")).toBe(
      bodyKey("Sở Quy hoạch kiến trúc TP. Hà Nội"),
    );
    expect(bodyKey("Sở Công Thương Bắc Giang")).toBe(bodyKey("Sở Công Thương tỉnh Bắc Giang"));
    expect(bodyKey("UBND Hà Nội")).toBe("ubnd-tp-ha-noi");
    expect(bodyKey("Sở Y tế Thừa Thiên Huế")).toBe(bodyKey("Sở Y tế tỉnh Thừa Thiên Huế"));
    expect(bodyKey("Sở Y tế Huế")).toBe(bodyKey("Sở Y tế thành phố Huế"));
  });

  it("keys an Assembly committee named with 'của Quốc hội' as the one named without", () => {
    expect(bodyKey("Ủy ban Tư pháp của Quốc hội")).toBe(bodyKey("Ủy ban Tư pháp"));
    expect(bodyKey("Ủy ban kinh tế và tài chính của Quốc hội")).toBe(
      bodyKey("Ủy ban Kinh tế và Tài chính"),
    );
    expect(bodyKey("Ủy ban Thường vụ Quốc hội")).toBe("uy-ban-thuong-vu-quoc-hoi");
    expect(bodyKey("Văn phòng của Quốc hội")).not.toBe(bodyKey("Văn phòng"));
  });

  it("keys a steering committee named after a resolution however the resolution is cited", () => {
    const key = bodyKey("Ban Chỉ đạo Trung ương về tổng kết Nghị quyết 18");
    expect(bodyKey("Ban Chỉ đạo Trung ương về tổng kết Nghị quyết số 18-NQ/TW")).toBe(key);
    expect(bodyKey("Ban Chỉ đạo Trung ương về tổng kết thực hiện Nghị quyết 18")).toBe(key);
    expect(bodyKey("Ban Chỉ đạo Trung ương về tổng kết Nghị quyết 19")).not.toBe(key);
    expect(bodyKey("Ban Chỉ đạo quốc gia về khắc phục ô nhiễm không khí")).toBe(
      "ban-chi-dao-quoc-gia-ve-khac-phuc-o-nhiem-khong-khi",
    );
  });

  it("leaves a Party committee's own level, and a city that is no province, as they are", () => {
    expect(bodyKey("Thành ủy Hà Nội")).toBe("thanh-uy-ha-noi");
    expect(bodyKey("Tỉnh ủy Bắc Ninh")).toBe("tinh-uy-bac-ninh");
    expect(bodyKey("UBND tỉnh Bắc Ninh")).toBe("ubnd-tinh-bac-ninh");
    expect(bodyKey("Sở Xây dựng Đà Lạt")).toBe("so-xay-dung-da-lat");
    expect(bodyKey("Sở Y tế tỉnh Thừa Thiên Huế")).not.toBe(bodyKey("Sở Y tế thành phố Huế"));
  });

  it("keys a Đảng bộ's executive committee as the Party committee it is", () => {
    expect(bodyKey("Ban Chấp hành Đảng bộ tỉnh Nghệ An")).toBe(bodyKey("Tỉnh ủy Nghệ An"));
    expect(bodyKey("Ban chấp hành Đảng bộ Thành phố Hà Nội")).toBe(bodyKey("Thành ủy Hà Nội"));
    expect(bodyKey("Ban Chấp hành Đảng bộ thị xã Sơn Tây")).toBe(bodyKey("Thị ủy Sơn Tây"));
    expect(bodyId("BCH Đảng bộ phường Gia Thụy", "Hà Nội")).toBe(
      bodyId("Đảng ủy phường Gia Thuỵ", "Hà Nội"),
    );
    expect(bodyId("Ban Chấp hành Đảng bộ quận Long Biên", "Hà Nội")).toBe(
      bodyId("Quận ủy Long Biên", "Hà Nội"),
    );
    // Its standing committee, the Central Committee and a bloc's committee are other bodies.
    expect(bodyKey("Ban Thường vụ Tỉnh ủy Nghệ An")).not.toBe(bodyKey("Tỉnh ủy Nghệ An"));
    expect(bodyKey("Ban Chấp hành Trung ương Đảng")).toBe("bch-trung-uong-dang");
    expect(bodyKey("Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh")).toBe(
      "bch-dang-bo-khoi-cac-co-quan-tinh",
    );
  });
});
