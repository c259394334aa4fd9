import type { BodyKind } from "../domain.js";
import { CENTRAL_REORGANISATION } from "../identity/index.js";

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
  ministry("Bộ Nông nghiệp và Môi trường", "BNNMT"),
  ministry("Bộ Dân tộc và Tôn giáo", "BDTTG"),
  ministry("Bộ Kế hoạch và Đầu tư", "BKHĐT"),
  ministry("Bộ Lao động - Thương binh và Xã hội", "BLĐTBXH"),
  ministry("Bộ Tài nguyên và Môi trường", "BTNMT"),
  ministry("Bộ Nông nghiệp và Phát triển nông thôn", "BNNPTNT"),
  ministry("Bộ Giao thông vận tải", "BGTVT"),
  ministry("Bộ Thông tin và Truyền thông", "BTTTT"),
  {
    name: "Ban Chấp hành Trung ương",
    kind: "PARTY_COMMITTEE",
    role: "CENTRAL_COMMITTEE",
    symbol: "TW",
  },
  { name: "Bộ Chính trị", kind: "PARTY_COMMITTEE", role: "POLITBURO", symbol: "TW" },
  { name: "Ban Bí thư", kind: "PARTY_COMMITTEE", role: "SECRETARIAT", symbol: "TW" },
  commission("Ban Tổ chức Trung ương", "BTCTW"),
  commission("Ban Tuyên giáo và Dân vận Trung ương", "BTGDVTW"),
  commission("Ban Tuyên giáo Trung ương", "BTGTW"),
  commission("Ban Dân vận Trung ương", "BDVTW"),
  commission("Ban Nội chính Trung ương", "BNCTW"),
  commission("Ban Chính sách, chiến lược Trung ương", "BCSCLTW"),
  commission("Ban Kinh tế Trung ương", "BKTTW"),
  commission("Ủy ban Kiểm tra Trung ương", "UBKTTW"),
  commission("Văn phòng Trung ương Đảng", "VPTW"),
];

// A ministry or commission the 2025 reorganisation ended or formed has its dates there.
function ministry(name: string, symbol: string): CentralBodySpec {
  return { name, kind: "MINISTRY", role: "MINISTRY", symbol, ...lifetimeOf(name) };
}

function commission(name: string, symbol: string): CentralBodySpec {
  return { name, kind: "PARTY_COMMITTEE", role: "PARTY_COMMISSION", symbol, ...lifetimeOf(name) };
}

function lifetimeOf(name: string): { validFrom?: string; validTo?: string } {
  const known = CENTRAL_REORGANISATION.find((body) => body.name === name);
  return { validFrom: known?.validFrom, validTo: known?.validTo };
}
