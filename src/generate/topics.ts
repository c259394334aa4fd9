/** What a campaign is about: the law's name, or the subject of a Party resolution. */
export interface Topic {
  /** "Đất đai": the law is "Luật Đất đai". */
  readonly law: string;
  /** "công tác quản lý đất đai": what plans and reports say they carry out. */
  readonly subject: string;
}

export const LAW_TOPICS: readonly Topic[] = [
  ["Đất đai", "quản lý, sử dụng đất đai"],
  ["Xây dựng", "quản lý hoạt động xây dựng"],
  ["Đầu tư công", "quản lý đầu tư công"],
  ["Ngân sách nhà nước", "quản lý ngân sách nhà nước"],
  ["Cán bộ, công chức", "quản lý cán bộ, công chức"],
  ["Phòng, chống tham nhũng", "phòng, chống tham nhũng"],
  ["Bảo vệ môi trường", "bảo vệ môi trường"],
  ["Giáo dục", "phát triển giáo dục"],
  ["Khám bệnh, chữa bệnh", "khám bệnh, chữa bệnh"],
  ["Phòng cháy, chữa cháy và cứu nạn, cứu hộ", "phòng cháy, chữa cháy và cứu nạn, cứu hộ"],
  ["Trật tự, an toàn giao thông đường bộ", "bảo đảm trật tự, an toàn giao thông"],
  ["Công nghiệp công nghệ số", "phát triển công nghiệp công nghệ số"],
  ["Khoa học, công nghệ và đổi mới sáng tạo", "phát triển khoa học, công nghệ và đổi mới sáng tạo"],
  ["Phổ biến, giáo dục pháp luật", "phổ biến, giáo dục pháp luật"],
  ["Hòa giải ở cơ sở", "hòa giải ở cơ sở"],
  ["Thực hiện dân chủ ở cơ sở", "thực hiện dân chủ ở cơ sở"],
  ["Dân quân tự vệ", "xây dựng lực lượng dân quân tự vệ"],
  ["Quy hoạch đô thị và nông thôn", "quy hoạch đô thị và nông thôn"],
  ["Nhà ở", "phát triển nhà ở"],
  ["Kinh doanh bất động sản", "quản lý thị trường bất động sản"],
  ["Bảo hiểm xã hội", "thực hiện chính sách bảo hiểm xã hội"],
  ["Việc làm", "giải quyết việc làm"],
  ["Di sản văn hóa", "bảo tồn, phát huy giá trị di sản văn hóa"],
  ["Lưu trữ", "công tác văn thư, lưu trữ"],
  ["Thống kê", "công tác thống kê"],
  ["Thanh niên", "công tác thanh niên"],
].map(([law = "", subject = ""]) => ({ law, subject }));

/** Subjects of Party resolutions and directives ("về …"). */
export const PARTY_SUBJECTS: readonly string[] = [
  "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
  "tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả",
  "phát triển kinh tế tư nhân",
  "đổi mới công tác xây dựng và thi hành pháp luật đáp ứng yêu cầu phát triển đất nước trong kỷ nguyên mới",
  "hội nhập quốc tế trong tình hình mới",
  "tăng cường xây dựng, chỉnh đốn Đảng và hệ thống chính trị",
  "tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống tham nhũng, lãng phí, tiêu cực",
  "nông nghiệp, nông dân, nông thôn",
  "xây dựng và phát huy giá trị văn hóa, sức mạnh con người Việt Nam",
  "bảo đảm an ninh năng lượng quốc gia",
  "tăng cường bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân",
  "đột phá phát triển giáo dục và đào tạo",
  "công tác dân vận trong tình hình mới",
  "công tác cán bộ, tập trung xây dựng đội ngũ cán bộ các cấp",
];
