// The names that follow "Bộ", "Sở" and "Phòng", matched folded after the head
// (readBodyAt's lexicons): a closed list, so that a sentence going on after the head is
// not read as a name.

/** Ministries, by the name after "Bộ" (Nghị định 39/2025 list, and the ones before it). */
export const MINISTRY_NAMES: readonly string[] = [
  "Tư pháp",
  "Xây dựng",
  "Nội vụ",
  "Tài chính",
  "Công an",
  "Quốc phòng",
  "Y tế",
  "Giáo dục và Đào tạo",
  "Văn hóa, Thể thao và Du lịch",
  "Khoa học và Công nghệ",
  "Nông nghiệp và Môi trường",
  "Nông nghiệp và Phát triển nông thôn",
  "Tài nguyên và Môi trường",
  "Công Thương",
  "Giao thông vận tải",
  "Lao động - Thương binh và Xã hội",
  "Kế hoạch và Đầu tư",
  "Thông tin và Truyền thông",
  "Ngoại giao",
  "Dân tộc và Tôn giáo",
];

/** Departments of a People's Committee (Sở …, Phòng …), by the name after the head. */
export const DEPARTMENT_NAMES: readonly string[] = [
  ...MINISTRY_NAMES.filter((name) => !["Quốc phòng", "Công an", "Ngoại giao"].includes(name)),
  "Văn hóa và Thể thao",
  "Du lịch",
  "Quy hoạch - Kiến trúc",
  "Ngoại vụ",
  "Văn hóa - Xã hội",
  "Kinh tế, Hạ tầng và Đô thị",
  "Kinh tế - Hạ tầng và Đô thị",
  "Kinh tế, hạ tầng đô thị",
  "Kinh tế",
  "Dân tộc",
  "Tài chính - Kế hoạch",
  "Quản lý đô thị",
];

/** A department's name as texts shorten it, and the name it is: one office, one id. */
export const DEPARTMENT_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ["Kinh tế, hạ tầng đô thị", "Kinh tế, Hạ tầng và Đô thị"],
]);
