import { describe, expect, it } from "vitest";
import { bodyId, bodyLifetime, classifyBodyLevel } from "../../../src/identity/index.js";

const lifetimeOf = (name: string, province?: string) =>
  bodyLifetime(bodyId(name, province), classifyBodyLevel(name) ?? null);

const PROVINCES_ACT = expect.stringContaining("202/2025/QH15");

describe("bodyLifetime", () => {
  it("ends a district's bodies on the last day of the district level, with no one successor", () => {
    for (const name of [
      "Quận ủy Long Biên",
      "UBND huyện Đắk Song",
      "Phòng Tư pháp quận Hoàng Mai",
    ]) {
      expect(lifetimeOf(name, "thành phố Hà Nội")).toEqual({
        validFrom: null,
        validTo: "2025-06-30",
        succession: null,
      });
    }
  });

  it("ends a dropped province's People's Committee, Council, Front and Party committee, carried on by the new province's", () => {
    const cases: [string, string][] = [
      ["UBND tỉnh Bắc Giang", "UBND tỉnh Bắc Ninh"],
      ["Ủy ban nhân dân tỉnh Hậu Giang", "UBND thành phố Cần Thơ"],
      ["Hội đồng nhân dân tỉnh Quảng Bình", "HĐND tỉnh Quảng Trị"],
      ["Thường trực HĐND tỉnh Bắc Giang", "Thường trực HĐND tỉnh Bắc Ninh"],
      ["Ủy ban MTTQ Việt Nam tỉnh Đắk Nông", "Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng"],
      ["Tỉnh ủy Bình Dương", "Thành ủy Hồ Chí Minh"],
      ["Ban Thường vụ Tỉnh ủy Sóc Trăng", "Ban Thường vụ Thành ủy Cần Thơ"],
      ["UBND tỉnh Bà Rịa - Vũng Tàu", "UBND thành phố Hồ Chí Minh"],
    ];
    for (const [name, successor] of cases) {
      expect(lifetimeOf(name), name).toEqual({
        validFrom: null,
        validTo: "2025-06-30",
        succession: { successor, on: "2025-07-01", basis: PROVINCES_ACT },
      });
    }
    // The successor's name keys as the new province's own body does.
    expect(bodyId("UBND thành phố Cần Thơ")).toBe("ubnd-tp-can-tho");
  });

  it("ends a dropped province's other bodies with it, without naming a successor", () => {
    for (const name of [
      "Sở Y tế tỉnh Bắc Giang",
      "Cục Thuế tỉnh Vĩnh Phúc",
      "Sở Công Thương Bắc Giang",
    ]) {
      expect(lifetimeOf(name), name).toEqual({
        validFrom: null,
        validTo: "2025-06-30",
        succession: null,
      });
    }
  });

  it("keeps a province whose name the new map kept as one body throughout", () => {
    for (const name of [
      "UBND tỉnh Bắc Ninh",
      "Tỉnh ủy Quảng Trị",
      "UBND thành phố Hà Nội",
      "Sở Y tế tỉnh Nghệ An",
    ]) {
      expect(lifetimeOf(name), name).toEqual({ validFrom: null, validTo: null, succession: null });
    }
  });

  it("ends Thừa Thiên Huế's bodies when Huế became a city, on 2025-01-01", () => {
    expect(lifetimeOf("UBND tỉnh Thừa Thiên Huế")).toEqual({
      validFrom: null,
      validTo: "2024-12-31",
      succession: { successor: "UBND thành phố Huế", on: "2025-01-01", basis: null },
    });
  });

  it("dates the ministries and Party commissions the 2025 reorganisation ended or formed", () => {
    expect(lifetimeOf("Bộ Kế hoạch và Đầu tư")).toEqual({
      validFrom: null,
      validTo: "2025-02-28",
      succession: {
        successor: "Bộ Tài chính",
        on: "2025-03-01",
        basis: expect.stringContaining("176/2025/QH15"),
      },
    });
    expect(lifetimeOf("Ủy ban Dân tộc").succession?.successor).toBe("Bộ Dân tộc và Tôn giáo");
    expect(lifetimeOf("Ban Tuyên giáo Trung ương").succession).toEqual({
      successor: "Ban Tuyên giáo và Dân vận Trung ương",
      on: "2025-03-01",
      basis: null,
    });
    expect(lifetimeOf("Bộ Nông nghiệp và Môi trường")).toEqual({
      validFrom: "2025-03-01",
      validTo: null,
      succession: null,
    });
    expect(lifetimeOf("Bộ Tài chính")).toEqual({
      validFrom: null,
      validTo: null,
      succession: null,
    });
  });

  it("knows nothing of a commune's lifetime: which merged, the map does not say", () => {
    expect(lifetimeOf("UBND phường Tương Mai", "thành phố Hà Nội")).toEqual({
      validFrom: null,
      validTo: null,
      succession: null,
    });
  });
});
