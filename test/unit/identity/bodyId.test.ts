import { describe, expect, it } from "vitest";
import { bodyId, localBody, provinceKey } from "../../../src/identity/index.js";

describe("identity: a body below the province is placed in its province", () => {
  it("keeps same-named communes of two provinces apart", () => {
    expect(bodyId("UBND xã Tân Thành", "tỉnh Đồng Nai")).toBe("dong-nai/ubnd-xa-tan-thanh");
    expect(bodyId("UBND xã Tân Thành", "tỉnh Tây Ninh")).toBe("tay-ninh/ubnd-xa-tan-thanh");
  });

  it("gives a name that already ends in its province the same id", () => {
    expect(bodyId("UBND xã Tân Thành, tỉnh Đồng Nai", "tỉnh Đồng Nai")).toBe(
      "dong-nai/ubnd-xa-tan-thanh",
    );
    expect(bodyId("Ủy ban nhân dân phường Bến Nghé TP. Hồ Chí Minh", "thành phố Hồ Chí Minh")).toBe(
      "ho-chi-minh/ubnd-phuong-ben-nghe",
    );
  });

  it("reads the province however it is written, and leaves an unplaced body its name's key", () => {
    expect(provinceKey("tỉnh Đồng Nai")).toBe("dong-nai");
    expect(provinceKey("TP. Hồ Chí Minh")).toBe("ho-chi-minh");
    expect(provinceKey("Thành phố Hà Nội")).toBe("ha-noi");
    expect(provinceKey("Bà Rịa – Vũng Tàu")).toBe("ba-ria-vung-tau");
    expect(bodyId("Quận ủy Long Biên")).toBe("quan-uy-long-bien");
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
});
