import type { DocumentCode } from "../../identity/index.js";

// Issuer codes that name one body nationwide (Nghị định 30/2020/NĐ-CP, Hướng dẫn
// 36-HD/VPTW). Local codes (UBND, HĐND, TU, HU, QU, ĐU…) repeat in every province or
// district: their issuer comes only from the text ("của UBND tỉnh …").
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
  // The Ministry of Finance's departments: until 2025 general departments, since then
  // departments of their own symbol ("695/TCHQ-GSQL", "37569/CHQ-GSQL", "828/TCT-KK").
  TCHQ: "Tổng cục Hải quan",
  TCT: "Tổng cục Thuế",
  CHQ: "Cục Hải quan",
  VKSNDTC: "Viện kiểm sát nhân dân tối cao",
};

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

/**
 * The issuer a code's symbol implies: "NĐ-CP" → Chính phủ, "QĐ-TTg" → Thủ tướng Chính
 * phủ, "QH15" → Quốc hội, "TT-BTP" → Bộ Tư pháp, "…/TW" → Ban Chấp hành Trung ương
 * (the caller overrides it when the text names Bộ Chính trị or Ban Bí thư).
 */
export function issuerOfSymbol(code: DocumentCode): string | undefined {
  const issuer = code.issuerSymbol.split("-")[0] ?? "";
  if (code.system === "PARTY") return PARTY[issuer.toUpperCase()];
  if (/^QH\d{1,2}$/u.test(issuer)) return "Quốc hội";
  if (/^(?:PL-)?UBTVQH\d{1,2}$/u.test(code.issuerSymbol) || /^UBTVQH\d{1,2}$/u.test(issuer)) {
    return "Ủy ban Thường vụ Quốc hội";
  }
  return STATE[issuer.toUpperCase()];
}
