import { describe, expect, it } from "vitest";
import { meetingId } from "../../../src/identity/index.js";

const council = { id: "ha-noi/hdnd-phường-tương-mai", name: "HĐND phường Tương Mai" };
const politburo = { id: "bo-chinh-tri", name: "Bộ Chính trị" };

describe("meetingId", () => {
  it("is one numbered session of one organizer on one day, whatever the two titles add", () => {
    const first = meetingId(
      council,
      "2025-07-01",
      "Kỳ họp thứ nhất HĐND phường Tương Mai nhiệm kỳ 2021-2026",
    );
    expect(first).toBe("meeting/ha-noi/hdnd-phường-tương-mai/2025-07-01/ky-hop-1");
    expect(
      meetingId(
        council,
        "2025-07-01",
        "Kỳ họp thứ nhất để Công bố các Quyết định của Thường trực HĐND TP Hà Nội",
      ),
    ).toBe(first);
    expect(
      meetingId(
        { ...council, name: "Hội đồng nhân dân phường Tương Mai" },
        "2025-07-01",
        "Kỳ họp thứ 1",
      ),
    ).toBe(first);
  });

  it("reads the session's number in words, digits or Roman numerals", () => {
    const assembly = { id: "quoc-hoi", name: "Quốc hội" };
    expect(meetingId(assembly, "1955-09-20", "Kỳ họp Quốc hội thứ VI")).toMatch(/\/ky-hop-6$/);
    expect(meetingId(assembly, "2024-11-03", "Kỳ họp thứ 10")).toMatch(/\/ky-hop-10$/);
    expect(meetingId(politburo, "2025-09-10", "Phiên họp lần thứ hai mươi")).toMatch(
      /\/phien-hop-20$/,
    );
    expect(meetingId(assembly, "2025-06-10", "Kỳ họp thứ mười lăm")).toMatch(/\/ky-hop-15$/);
    expect(meetingId(assembly, "2024-06-10", "Kỳ họp thứ mười năm 2024")).toMatch(/\/ky-hop-10$/);
    expect(meetingId(council, "2025-07-01", "Kỳ họp thứ hai HĐND phường Tương Mai")).toMatch(
      /\/ky-hop-2$/,
    );
    expect(meetingId(politburo, "2025-09-10", "Phiên họp lần thứ 20")).toMatch(/\/phien-hop-20$/);
  });

  it("is one sitting of an organizer on a day when the titles name only the organizer", () => {
    expect(meetingId(politburo, "2025-11-14", "Phiên họp")).toBe(
      meetingId(politburo, "2025-11-14", "Cuộc họp Bộ Chính trị"),
    );
    expect(meetingId(politburo, "2025-11-14", "Phiên họp")).not.toBe(
      meetingId(politburo, "2025-11-28", "Phiên họp"),
    );
  });

  it("keeps two conferences of one organizer on one day apart by their subjects", () => {
    const party = { id: "ha-noi/đảng-ủy-phường-gia-thụy", name: "Đảng ủy phường Gia Thụy" };
    expect(
      meetingId(party, "2022-06-30", "Hội nghị sơ kết 01 năm thực hiện Thông tri số 03-TT/QU"),
    ).not.toBe(meetingId(party, "2022-06-30", "Hội nghị triển khai nhiệm vụ 6 tháng cuối năm"));
    // A different number is a different session, and a session of another council too.
    expect(meetingId(council, "2025-07-01", "Kỳ họp thứ nhất")).not.toBe(
      meetingId(council, "2025-07-01", "Kỳ họp thứ hai"),
    );
  });

  it("keys by title alone without an organizer or a day, as before", () => {
    expect(meetingId(undefined, "2025-11-14", "Phiên họp")).toBe(
      meetingId(undefined, "2025-11-14", "Phiên họp"),
    );
    expect(meetingId(undefined, "2025-11-14", "Phiên họp")).not.toMatch(/\/hop$/);
    expect(meetingId(politburo, undefined, "Phiên họp")).not.toMatch(/\/hop$/);
  });
});
