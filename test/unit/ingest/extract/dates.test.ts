import { describe, expect, it } from "vitest";
import { findDates, isoDate, readDateAt } from "../../../../src/ingest/extract/readDate.js";

describe("extract: dates", () => {
  it("reads numeric and worded dates, with or without 'ngày'", () => {
    expect(readDateAt("ngày 22/4/2021", 0)).toMatchObject({ day: 22, month: 4, year: 2021 });
    expect(readDateAt("ngày 29-3-2021", 0)).toMatchObject({ day: 29, month: 3, year: 2021 });
    expect(readDateAt("22/4/2021", 0)).toMatchObject({ day: 22, month: 4, year: 2021 });
    expect(readDateAt("ngày 22 tháng 4 năm 2021", 0)).toMatchObject({
      day: 22,
      month: 4,
      year: 2021,
    });
    expect(readDateAt("ngày 26\ntháng 11 năm 2025", 0)).toMatchObject({
      day: 26,
      month: 11,
      year: 2025,
    });
    expect(readDateAt("NGÀY 14 THÁNG 7 NĂM 2022", 0)).toMatchObject({
      day: 14,
      month: 7,
      year: 2022,
    });
  });

  it("reads a date without year only after 'ngày' or a part of the day", () => {
    expect(readDateAt("chiều ngày 30/6", 0)).toMatchObject({ day: 30, month: 6, year: undefined });
    expect(readDateAt("Sáng 1/7", 0)).toMatchObject({ day: 1, month: 7 });
    expect(readDateAt("30/6", 0)).toBeUndefined();
  });

  it("refuses impossible days", () => {
    expect(readDateAt("ngày 31/2/2021", 0)).toBeUndefined();
    expect(readDateAt("ngày 29/2/2023", 0)).toBeUndefined();
    expect(readDateAt("ngày 29/2/2024", 0)).toMatchObject({ day: 29, month: 2, year: 2024 });
    expect(readDateAt("ngày 12/13/2024", 0)).toBeUndefined();
  });

  it("does not read ratios, amounts or scales as dates", () => {
    expect(findDates("có 26/27 đại biểu, tỷ lệ 1/500, 1.170.000 đồng, 24/7")).toEqual([]);
  });

  it("dates a day without year by the publication date, else the year before", () => {
    const thirtiethOfJune = readDateAt("chiều ngày 30/6", 0);
    expect(thirtiethOfJune && isoDate(thirtiethOfJune, "2022-07-02")).toBe("2022-06-30");
    const december = readDateAt("ngày 28/12", 0);
    expect(december && isoDate(december, "2023-01-05")).toBe("2022-12-28");
    expect(thirtiethOfJune && isoDate(thirtiethOfJune)).toBeUndefined();
  });
});
