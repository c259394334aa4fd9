import { NEW_MAP_FROM, OLD_MAP_UNTIL } from "../domain.js";

/**
 * The 2025 reorganisation, as facts bodies are dated by. Provinces: 63 until 2025-06-30,
 * 34 from 2025-07-01 (Nghị quyết 202/2025/QH15), 23 of them formed by merging two or three
 * and keeping one of their names; the district level ended the same day. Central bodies:
 * ministries and Party commissions merged on 2025-03-01 (for the Government, Nghị quyết
 * 176/2025/QH15).
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

/** A body of the old map or of the central reorganisation that another body carried on. */
export interface Succession {
  /** Name of the body that carried it on: "Bộ Tài chính". */
  readonly successor: string;
  /** The first day of the successor's charge. */
  readonly on: string;
  /** The act that decided it, when one is recorded here. */
  readonly basis: string | null;
}

/** A central body's dates in the 2025 reorganisation: one of them, or both, known. */
export interface CentralLifetime {
  readonly name: string;
  readonly validFrom?: string;
  readonly validTo?: string;
  readonly succession?: Succession;
}

const REORGANISED_UNTIL = "2025-02-28";
const REORGANISED_FROM = "2025-03-01";
const GOVERNMENT_2025 =
  "Nghị quyết số 176/2025/QH15 của Quốc hội về cơ cấu tổ chức của Chính phủ nhiệm kỳ Quốc hội khóa XV";

const merged = (name: string, successor: string, basis: string | null): CentralLifetime => ({
  name,
  validTo: REORGANISED_UNTIL,
  succession: { successor, on: REORGANISED_FROM, basis },
});
const formed = (name: string): CentralLifetime => ({ name, validFrom: REORGANISED_FROM });

/**
 * The central bodies the 2025 reorganisation ended or formed. A ministry's main successor
 * only: the Ministry of Labour's social-affairs work went to Health and its vocational
 * training to Education, but its people and most of its remit to Home Affairs.
 */
export const CENTRAL_REORGANISATION: readonly CentralLifetime[] = [
  merged("Bộ Kế hoạch và Đầu tư", "Bộ Tài chính", GOVERNMENT_2025),
  merged("Bộ Lao động - Thương binh và Xã hội", "Bộ Nội vụ", GOVERNMENT_2025),
  merged("Bộ Tài nguyên và Môi trường", "Bộ Nông nghiệp và Môi trường", GOVERNMENT_2025),
  merged("Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Nông nghiệp và Môi trường", GOVERNMENT_2025),
  merged("Bộ Giao thông vận tải", "Bộ Xây dựng", GOVERNMENT_2025),
  merged("Bộ Thông tin và Truyền thông", "Bộ Khoa học và Công nghệ", GOVERNMENT_2025),
  merged("Ủy ban Dân tộc", "Bộ Dân tộc và Tôn giáo", GOVERNMENT_2025),
  formed("Bộ Nông nghiệp và Môi trường"),
  formed("Bộ Dân tộc và Tôn giáo"),
  merged("Ban Tuyên giáo Trung ương", "Ban Tuyên giáo và Dân vận Trung ương", null),
  merged("Ban Dân vận Trung ương", "Ban Tuyên giáo và Dân vận Trung ương", null),
  merged("Ban Kinh tế Trung ương", "Ban Chính sách, chiến lược Trung ương", null),
  formed("Ban Tuyên giáo và Dân vận Trung ương"),
  formed("Ban Chính sách, chiến lược Trung ương"),
];

const PROVINCES_2025_ACT =
  "Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh";

/** A province of the old map that no longer exists, and the one that carried it on. */
export interface EndedProvince {
  readonly name: string;
  readonly validTo: string;
  /** The first day of the province that carried it on. */
  readonly from: string;
  readonly into: ProvinceSpec;
  readonly basis: string | null;
}

/**
 * The old provinces whose name the new map dropped: "Bắc Giang" (into Bắc Ninh), "Quảng
 * Bình" (into Quảng Trị). Thừa Thiên Huế became the city of Huế on 2025-01-01, before
 * the merger. A name the new map kept names one province throughout: "tỉnh Bắc Ninh"
 * before and after it is one body (the generator's rule too).
 */
export const ENDED_PROVINCES: readonly EndedProvince[] = PROVINCES_2025.flatMap((into) =>
  into.merged
    .filter((name) => name !== into.name)
    .map((name) =>
      name === "Thừa Thiên Huế"
        ? { name, validTo: "2024-12-31", from: "2025-01-01", into, basis: null }
        : { name, validTo: OLD_MAP_UNTIL, from: NEW_MAP_FROM, into, basis: PROVINCES_2025_ACT },
    ),
);
