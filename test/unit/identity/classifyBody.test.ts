import { describe, expect, it } from "vitest";
import { classifyBodyKind, classifyBodyLevel } from "../../../src/identity/index.js";

describe("identity: a body's level read from its name", () => {
  it("reads a level word before a place's name, in any case and tone-mark style", () => {
    expect(classifyBodyLevel("UBND phường Gia Thụy")).toBe("COMMUNE");
    expect(classifyBodyLevel("ỦY BAN NHÂN DÂN XÃ TÂN THÀNH")).toBe("COMMUNE");
    expect(classifyBodyLevel("Huyện Uỷ Đắk Song")).toBe("DISTRICT");
    expect(classifyBodyLevel("UBND Quận 3")).toBe("DISTRICT");
    expect(classifyBodyLevel("UBND thị xã Sơn Tây")).toBe("DISTRICT");
    expect(classifyBodyLevel("UBND TP.Hà Nội")).toBe("PROVINCE");
    expect(classifyBodyLevel("Tỉnh ủy Nghệ An")).toBe("PROVINCE");
    expect(classifyBodyLevel("Bộ Tư pháp")).toBe("CENTRAL");
  });

  it("does not read a level into words that only contain one", () => {
    // Each of these was once read as a district or commune and placed in a province.
    for (const name of [
      "Cục Hải quan",
      "Cục Quản lý giá",
      "Quân ủy Trung ương",
      "Bảo hiểm xã hội Việt Nam",
      "Liên minh Hợp tác xã Việt Nam",
      "Cục Cảnh sát quản lý hành chính về trật tự xã hội",
    ]) {
      expect(classifyBodyLevel(name), name).toBeUndefined();
    }
    expect(classifyBodyLevel("Sở Lao động - Thương binh và Xã hội thành phố Hà Nội")).toBe(
      "PROVINCE",
    );
  });
});

describe("identity: a body's kind read from its name", () => {
  it("knows the National Assembly, the ministries and the Party's organs", () => {
    expect(classifyBodyKind("Quốc hội")).toBe("NATIONAL_ASSEMBLY");
    expect(classifyBodyKind("Ủy ban Thường vụ Quốc hội")).toBe("NATIONAL_ASSEMBLY");
    expect(classifyBodyKind("Bộ Tư pháp")).toBe("MINISTRY");
    expect(classifyBodyKind("Bộ Công an")).toBe("MINISTRY");
    expect(classifyBodyKind("Công an tỉnh Lạng Sơn")).toBe("POLICE");
    expect(classifyBodyKind("Văn phòng Trung ương Đảng")).toBe("PARTY_COMMITTEE");
    expect(classifyBodyKind("Phòng Tư pháp quận Hoàng Mai")).toBe("PEOPLES_COMMITTEE");
    expect(classifyBodyKind("Bộ Chỉ huy Quân sự tỉnh Nghệ An")).toBe("MILITARY");
  });
});
