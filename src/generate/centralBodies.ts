import type { BodyKind } from "../domain.js";

/** What a central body issues, which decides the document kinds and code shapes it gets. */
export type CentralRole =
  | "NATIONAL_ASSEMBLY"
  | "STANDING_COMMITTEE"
  | "GOVERNMENT"
  | "PRIME_MINISTER"
  | "MINISTRY"
  | "CENTRAL_COMMITTEE"
  | "POLITBURO"
  | "SECRETARIAT"
  | "PARTY_COMMISSION";

export interface CentralBodySpec {
  readonly name: string;
  readonly kind: BodyKind;
  readonly role: CentralRole;
  /** Issuer part of the codes it prints: "CP", "TTg", "BTP", "TW", "BTCTW". */
  readonly symbol: string;
  readonly validFrom?: string;
  readonly validTo?: string;
}

// Ministries and Party commissions were merged on 1 March 2025.
// Ministries and central Party commissions were merged on 1 March 2025.
const REORGANISED_UNTIL = "2025-02-28";
const REORGANISED_FROM = "2025-03-01";

/** The central state and Party bodies that issue documents. */
export const CENTRAL_BODIES: readonly CentralBodySpec[] = [
  { name: "Quốc hội", kind: "NATIONAL_ASSEMBLY", role: "NATIONAL_ASSEMBLY", symbol: "QH" },
  {
    name: "Ủy ban Thường vụ Quốc hội",
    kind: "NATIONAL_ASSEMBLY",
    role: "STANDING_COMMITTEE",
    symbol: "UBTVQH",
  },
  { name: "Chính phủ", kind: "GOVERNMENT", role: "GOVERNMENT", symbol: "CP" },
  { name: "Thủ tướng Chính phủ", kind: "GOVERNMENT", role: "PRIME_MINISTER", symbol: "TTg" },
  ministry("Bộ Quốc phòng", "BQP"),
  ministry("Bộ Công an", "BCA"),
  ministry("Bộ Ngoại giao", "BNG"),
  ministry("Bộ Nội vụ", "BNV"),
  ministry("Bộ Tư pháp", "BTP"),
  ministry("Bộ Tài chính", "BTC"),
  ministry("Bộ Công Thương", "BCT"),
  ministry("Bộ Xây dựng", "BXD"),
  ministry("Bộ Văn hóa, Thể thao và Du lịch", "BVHTTDL"),
  ministry("Bộ Khoa học và Công nghệ", "BKHCN"),
  ministry("Bộ Giáo dục và Đào tạo", "BGDĐT"),
  ministry("Bộ Y tế", "BYT"),
  ministry("Bộ Nông nghiệp và Môi trường", "BNNMT", REORGANISED_FROM),
  ministry("Bộ Dân tộc và Tôn giáo", "BDTTG", REORGANISED_FROM),
  ministry("Bộ Kế hoạch và Đầu tư", "BKHĐT", undefined, REORGANISED_UNTIL),
  ministry("Bộ Lao động - Thương binh và Xã hội", "BLĐTBXH", undefined, REORGANISED_UNTIL),
  ministry("Bộ Tài nguyên và Môi trường", "BTNMT", undefined, REORGANISED_UNTIL),
  ministry("Bộ Nông nghiệp và Phát triển nông thôn", "BNNPTNT", undefined, REORGANISED_UNTIL),
  ministry("Bộ Giao thông vận tải", "BGTVT", undefined, REORGANISED_UNTIL),
  ministry("Bộ Thông tin và Truyền thông", "BTTTT", undefined, REORGANISED_UNTIL),
  {
    name: "Ban Chấp hành Trung ương",
    kind: "PARTY_COMMITTEE",
    role: "CENTRAL_COMMITTEE",
    symbol: "TW",
  },
  { name: "Bộ Chính trị", kind: "PARTY_COMMITTEE", role: "POLITBURO", symbol: "TW" },
  { name: "Ban Bí thư", kind: "PARTY_COMMITTEE", role: "SECRETARIAT", symbol: "TW" },
  commission("Ban Tổ chức Trung ương", "BTCTW"),
  commission("Ban Tuyên giáo và Dân vận Trung ương", "BTGDVTW", REORGANISED_FROM),
  commission("Ban Tuyên giáo Trung ương", "BTGTW", undefined, REORGANISED_UNTIL),
  commission("Ban Dân vận Trung ương", "BDVTW", undefined, REORGANISED_UNTIL),
  commission("Ban Nội chính Trung ương", "BNCTW"),
  commission("Ban Chính sách, chiến lược Trung ương", "BCSCLTW", REORGANISED_FROM),
  commission("Ban Kinh tế Trung ương", "BKTTW", undefined, REORGANISED_UNTIL),
  commission("Ủy ban Kiểm tra Trung ương", "UBKTTW"),
  commission("Văn phòng Trung ương Đảng", "VPTW"),
];

function ministry(
  name: string,
  symbol: string,
  validFrom?: string,
  validTo?: string,
): CentralBodySpec {
  return { name, kind: "MINISTRY", role: "MINISTRY", symbol, validFrom, validTo };
}

function commission(
  name: string,
  symbol: string,
  validFrom?: string,
  validTo?: string,
): CentralBodySpec {
  return { name, kind: "PARTY_COMMITTEE", role: "PARTY_COMMISSION", symbol, validFrom, validTo };
}
