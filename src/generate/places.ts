/**
 * Vietnam's provinces before and after the 2025 reorganisation (Nghị quyết
 * 202/2025/QH15): 63 provinces with ~700 districts until 2025-06-30, 34 provinces
 * with ~3,300 communes and no district level from 2025-07-01.
 */

/** A province of the post-2025 map and the pre-2025 provinces merged into it. */
export interface ProvinceSpec {
  readonly name: string;
  readonly city: boolean;
  /** Pre-2025 provinces merged into this one; the first keeps its name (except Huế). */
  readonly merged: readonly string[];
}

export const PROVINCES_2025: readonly ProvinceSpec[] = [
  { name: "Hà Nội", city: true, merged: ["Hà Nội"] },
  { name: "Huế", city: true, merged: ["Thừa Thiên Huế"] },
  { name: "Lai Châu", city: false, merged: ["Lai Châu"] },
  { name: "Điện Biên", city: false, merged: ["Điện Biên"] },
  { name: "Sơn La", city: false, merged: ["Sơn La"] },
  { name: "Lạng Sơn", city: false, merged: ["Lạng Sơn"] },
  { name: "Quảng Ninh", city: false, merged: ["Quảng Ninh"] },
  { name: "Thanh Hóa", city: false, merged: ["Thanh Hóa"] },
  { name: "Nghệ An", city: false, merged: ["Nghệ An"] },
  { name: "Hà Tĩnh", city: false, merged: ["Hà Tĩnh"] },
  { name: "Cao Bằng", city: false, merged: ["Cao Bằng"] },
  { name: "Tuyên Quang", city: false, merged: ["Tuyên Quang", "Hà Giang"] },
  { name: "Lào Cai", city: false, merged: ["Lào Cai", "Yên Bái"] },
  { name: "Thái Nguyên", city: false, merged: ["Thái Nguyên", "Bắc Kạn"] },
  { name: "Phú Thọ", city: false, merged: ["Phú Thọ", "Vĩnh Phúc", "Hòa Bình"] },
  { name: "Bắc Ninh", city: false, merged: ["Bắc Ninh", "Bắc Giang"] },
  { name: "Hưng Yên", city: false, merged: ["Hưng Yên", "Thái Bình"] },
  { name: "Hải Phòng", city: true, merged: ["Hải Phòng", "Hải Dương"] },
  { name: "Ninh Bình", city: false, merged: ["Ninh Bình", "Hà Nam", "Nam Định"] },
  { name: "Quảng Trị", city: false, merged: ["Quảng Trị", "Quảng Bình"] },
  { name: "Đà Nẵng", city: true, merged: ["Đà Nẵng", "Quảng Nam"] },
  { name: "Quảng Ngãi", city: false, merged: ["Quảng Ngãi", "Kon Tum"] },
  { name: "Gia Lai", city: false, merged: ["Gia Lai", "Bình Định"] },
  { name: "Khánh Hòa", city: false, merged: ["Khánh Hòa", "Ninh Thuận"] },
  { name: "Lâm Đồng", city: false, merged: ["Lâm Đồng", "Đắk Nông", "Bình Thuận"] },
  { name: "Đắk Lắk", city: false, merged: ["Đắk Lắk", "Phú Yên"] },
  { name: "Hồ Chí Minh", city: true, merged: ["Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"] },
  { name: "Đồng Nai", city: false, merged: ["Đồng Nai", "Bình Phước"] },
  { name: "Tây Ninh", city: false, merged: ["Tây Ninh", "Long An"] },
  { name: "Cần Thơ", city: true, merged: ["Cần Thơ", "Sóc Trăng", "Hậu Giang"] },
  { name: "Vĩnh Long", city: false, merged: ["Vĩnh Long", "Bến Tre", "Trà Vinh"] },
  { name: "Đồng Tháp", city: false, merged: ["Đồng Tháp", "Tiền Giang"] },
  { name: "Cà Mau", city: false, merged: ["Cà Mau", "Bạc Liêu"] },
  { name: "An Giang", city: false, merged: ["An Giang", "Kiên Giang"] },
];

/** Pre-2025 centrally-run cities (the rest were provinces). */
export const OLD_CITIES: ReadonlySet<string> = new Set([
  "Hà Nội",
  "Hồ Chí Minh",
  "Hải Phòng",
  "Đà Nẵng",
  "Cần Thơ",
]);

/** Wards and communes after 2025-07-01 (3,321 in the resolutions). */
export const COMMUNES_2025 = 3321;
/** Districts before 2025-07-01 (696 at the end); 11 per pre-2025 province here. */
export const DISTRICTS_PER_OLD_PROVINCE = 11;

/** Syllables for district and commune names; two make a plausible place name. */
export const PLACE_SYLLABLES: readonly string[] = [
  "An",
  "Bình",
  "Tân",
  "Phú",
  "Hòa",
  "Thạnh",
  "Long",
  "Đông",
  "Tây",
  "Nam",
  "Bắc",
  "Trung",
  "Hưng",
  "Thịnh",
  "Phước",
  "Lộc",
  "Mỹ",
  "Hiệp",
  "Hải",
  "Sơn",
  "Thủy",
  "Lâm",
  "Quang",
  "Minh",
  "Đức",
  "Thành",
  "Vĩnh",
  "Xuân",
  "Hạ",
  "Thượng",
  "Ninh",
  "Gia",
  "Cát",
  "Kim",
  "Ngọc",
  "Hồng",
  "Lạc",
  "Yên",
  "Định",
  "Thái",
  "Khánh",
  "Phong",
  "Điền",
  "Hà",
  "Giang",
  "Lương",
  "Tường",
  "Đồng",
  "Cẩm",
  "Châu",
  "Hoàng",
  "Việt",
  "Tiến",
  "Thắng",
  "Lợi",
  "Nghĩa",
  "Tín",
  "Hậu",
  "Lập",
  "Trạch",
  "Khê",
  "Dương",
  "Cường",
  "Thuận",
  "Hội",
  "Hanh",
  "Tú",
  "Mai",
  "Liên",
  "Vạn",
  "Ân",
  "Quý",
  "Hữu",
  "Bảo",
  "Chánh",
  "Thới",
  "Trà",
  "Kiên",
  "Sa",
  "Pa",
];

/** Provincial departments (Sở) after the 2025 merger of ministries, with code symbols. */
export const DEPARTMENTS: readonly { readonly name: string; readonly symbol: string }[] = [
  { name: "Sở Nội vụ", symbol: "SNV" },
  { name: "Sở Tư pháp", symbol: "STP" },
  { name: "Sở Tài chính", symbol: "STC" },
  { name: "Sở Xây dựng", symbol: "SXD" },
  { name: "Sở Y tế", symbol: "SYT" },
  { name: "Sở Giáo dục và Đào tạo", symbol: "SGDĐT" },
  { name: "Sở Nông nghiệp và Môi trường", symbol: "SNNMT" },
  { name: "Sở Công Thương", symbol: "SCT" },
  { name: "Sở Văn hóa, Thể thao và Du lịch", symbol: "SVHTTDL" },
  { name: "Sở Khoa học và Công nghệ", symbol: "SKHCN" },
];
