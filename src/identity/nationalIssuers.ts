import type { DocumentCode } from "./parseDocumentCode.js";

// The state bodies whose symbol names one body nationwide, with the body. A ministry's
// symbol starts with B, but so do the People's Councils' committees ("BC-BPC": Ban Pháp
// chế, "BC-BVHXH", "BC-BĐT"), a province's military command ("TTr-BCH"), its industrial
// zones' board ("BQLCKCN") and every level's steering committees ("BCĐ"): only the
// symbols listed here are national. Kept to bodies whose symbol has not named a
// provincial office too: "CT" is the Tax Department since 2025 but was every province's
// tax department before ("CT-TTHT"), so it stays local.
const STATE: Readonly<Record<string, string>> = {
  CP: "Chính phủ",
  TTG: "Thủ tướng Chính phủ",
  VPCP: "Văn phòng Chính phủ",
  CTN: "Chủ tịch nước",
  BTP: "Bộ Tư pháp",
  BXD: "Bộ Xây dựng",
  BNV: "Bộ Nội vụ",
  BTC: "Bộ Tài chính",
  BCA: "Bộ Công an",
  BQP: "Bộ Quốc phòng",
  BYT: "Bộ Y tế",
  BGDĐT: "Bộ Giáo dục và Đào tạo",
  BVHTTDL: "Bộ Văn hóa, Thể thao và Du lịch",
  BKHCN: "Bộ Khoa học và Công nghệ",
  BNNMT: "Bộ Nông nghiệp và Môi trường",
  BNNPTNT: "Bộ Nông nghiệp và Phát triển nông thôn",
  // The same ministry's decisions and letters until 2025 ("4255/QĐ-BNN-KHCN").
  BNN: "Bộ Nông nghiệp và Phát triển nông thôn",
  BTNMT: "Bộ Tài nguyên và Môi trường",
  BCT: "Bộ Công Thương",
  BGTVT: "Bộ Giao thông vận tải",
  BLĐTBXH: "Bộ Lao động - Thương binh và Xã hội",
  BKHĐT: "Bộ Kế hoạch và Đầu tư",
  BTTTT: "Bộ Thông tin và Truyền thông",
  BNG: "Bộ Ngoại giao",
  BDTTG: "Bộ Dân tộc và Tôn giáo",
  NHNN: "Ngân hàng Nhà nước Việt Nam",
  TTCP: "Thanh tra Chính phủ",
  UBDT: "Ủy ban Dân tộc",
  KTNN: "Kiểm toán Nhà nước",
  TANDTC: "Tòa án nhân dân tối cao",
  VKSNDTC: "Viện kiểm sát nhân dân tối cao",
  // The Ministry of Finance's departments: until 2025 general departments, since then
  // departments of their own symbol ("695/TCHQ-GSQL", "37569/CHQ-GSQL", "828/TCT-KK").
  TCHQ: "Tổng cục Hải quan",
  TCT: "Tổng cục Thuế",
  CHQ: "Cục Hải quan",
};

// The Party's central organs govgraph names. Every symbol ending in TW is central
// ("02-KH/BCĐTW"), named here or not.
const PARTY: Readonly<Record<string, string>> = {
  TW: "Ban Chấp hành Trung ương",
  VPTW: "Văn phòng Trung ương Đảng",
  BTCTW: "Ban Tổ chức Trung ương",
  BTGTW: "Ban Tuyên giáo Trung ương",
  BTGDVTW: "Ban Tuyên giáo và Dân vận Trung ương",
  BDVTW: "Ban Dân vận Trung ương",
  BNCTW: "Ban Nội chính Trung ương",
  BKTTW: "Ban Kinh tế Trung ương",
  BĐNTW: "Ban Đối ngoại Trung ương",
  UBKTTW: "Ủy ban Kiểm tra Trung ương",
  QUTW: "Quân ủy Trung ương",
};

const ASSEMBLY = /^QH\d*$/u;
const STANDING_COMMITTEE = /^UBTVQH\d*$/u;
const CENTRAL_PARTY = /^[\p{Lu}Đ]*TW$/u;

/**
 * The body a code's issuer part stands for: its first part, the later ones being the
 * body's drafting unit ("TTg-KGVX", "BNV-CTTN&BĐG") or, in a joint circular, the
 * co-issuers ("TTLT-BGDĐT-BNV-BTC").
 */
const issuingPart = (code: DocumentCode) => (code.issuerSymbol.split("-")[0] ?? "").toUpperCase();

/** True when a code's issuer part names a single body nationwide ("NĐ-CP", "NQ/TW", "TT-BTP"). */
export function isNationallyUnique(code: DocumentCode): boolean {
  const issuer = issuingPart(code);
  return (
    CENTRAL_PARTY.test(issuer) ||
    (code.system !== "PARTY" &&
      (ASSEMBLY.test(issuer) || STANDING_COMMITTEE.test(issuer) || issuer in STATE))
  );
}

/**
 * The issuer a code's symbol implies: "NĐ-CP" → Chính phủ, "QĐ-TTg" → Thủ tướng Chính
 * phủ, "QH15" → Quốc hội, "TT-BTP" → Bộ Tư pháp, "…/TW" → Ban Chấp hành Trung ương
 * (the caller overrides it when the text names Bộ Chính trị or Ban Bí thư).
 */
export function nationalIssuerOf(code: DocumentCode): string | undefined {
  const issuer = issuingPart(code);
  if (code.system === "PARTY") return PARTY[issuer];
  if (ASSEMBLY.test(issuer)) return "Quốc hội";
  if (STANDING_COMMITTEE.test(issuer) || /^PL-UBTVQH\d*$/u.test(code.issuerSymbol)) {
    return "Ủy ban Thường vụ Quốc hội";
  }
  return STATE[issuer];
}
