import type { BodyKind } from "../../domain.js";

/** How a body's head is followed in a name. */
export type PlaceRule = "none" | "optional" | "required";

/** One way a body's name starts, with what may follow it. */
export interface BodyHead {
  readonly source: string;
  readonly kind: BodyKind;
  /** Fixed display name of a body that exists once ("Ban Bí thư"). */
  readonly canonical?: string;
  readonly place: PlaceRule;
  /** The level a committee's head fixes: "Huyện ủy" is of a huyện. */
  readonly intrinsicLevel?: string;
  /** A sub-unit is named with its parent ("Ban Tuyên giáo Huyện ủy Đắk Song"). */
  readonly parent?: "committee" | "office" | "council" | "ministry";
  /** Match the head's capitals as printed ("Vụ" opens a name, "vụ" does not). */
  readonly caseSensitive?: boolean;
  /** Names after "Bộ", "Sở", "Phòng" come from a list, matched folded. */
  readonly lexicon?: "ministry" | "department";
}

const UY = "(?:ủy|uỷ)";
const UY_BAN = `${UY}\\s+ban`;
const TW = "Trung\\s+ương";

// Words after which a Vụ's or Cục's name has ended: what the unit does next.
const UNIT_NAME_ENDS = `${[
  "thuộc|của|tại|theo|đã|sẽ|lập|đang|chưa|cũng|vẫn|để|với|xin|ghi|tiếp|chỉ|là|được|chịu|nhận",
  // Some units' own names go on past these: "Cục Quản lý nhà và thị trường bất động sản",
  // "Cục Người có công", "Cục Văn hóa các dân tộc Việt Nam", "Cục Cảnh sát quản lý hành
  // chính về trật tự xã hội".
  "và(?!\\s+(?:thị\\s+trường|lệ\\s+phí))|có(?!\\s+công(?!\\s+văn))|các(?!\\s+dân\\s+tộc)|về(?!\\s+trật\\s+tự)",
  "gửi|biết|duyệt|trình|chủ trì|phối hợp|tham mưu|bảo đảm|tiếp nhận|trả lời|cho biết|yêu cầu",
  "đề nghị|thực hiện|tiến hành|hướng dẫn|tổ chức|theo dõi|ban hành|xây dựng|cung cấp|triển khai",
  "thông báo|thông tin để|báo cáo|cập nhật|tạm dừng|xác nhận|phê duyệt|hoàn chỉnh|trên cơ sở",
  "cơ bản|công bố|giải quyết|thẩm định",
  // A task list's next item, its verb capitalised where a heading's name ended.
  "Phối hợp|Chủ trì|Thực hiện|Theo dõi|Báo cáo|Triển khai|Hướng dẫn",
  // A deputy's title after it in a signature: "CỤC TRƯỞNG CỤC HẢI QUAN / PHÓ CỤC TRƯỞNG".
  "Phó",
  // The ministry it belongs to: "Cục Hàng không Việt Nam - Bộ Xây dựng".
  "[-–]\\s+(?:Bộ|Tổng cục)",
  // A provincial office printed under its department: "CỤC THUẾ / THUẾ TỈNH TÂY NINH".
  "[Tt]huế\\s+(?:tỉnh|thành\\s+phố)",
]
  .join("|")
  .replace(/ /gu, "\\s+")}|quản\\s+lý(?!\\s+(?:thi|hành\\s+chính))`;

// A comma inside a unit's name: "Cục Quản lý Khám, chữa bệnh", "Cục Quản lý Y, Dược cổ
// truyền", "Cục Quản lý, giám sát chính sách thuế, phí và lệ phí", "Cục Quản lý, giám sát
// kế toán, kiểm toán".
const UNIT_NAME_GOES_ON =
  "\\s*(?:chữa\\s+bệnh|Dược\\s+cổ|giám\\s+sát|phí\\s+và\\s+lệ\\s+phí|kiểm\\s+toán)";

// A line break that ends a name: a blank line or the next item of a list. A single
// break is where a page wrapped a long name ("Ban Chỉ đạo Trung ương về phát triển khoa
// học, công nghệ, đổi mới sáng tạo và\nchuyển đổi số").
const LIST_BREAK = "[ \\t]*(?:\\n|[-+•*]|\\d+[.)]|[a-zđ]\\))";

// Order matters: the first head that matches at a position wins, so longer and more
// specific names come before the names they start with.
export const BODY_HEADS: readonly BodyHead[] = [
  {
    source: `(?:Ban\\s+Chấp\\s+hành|BCH)\\s+${TW}(?:\\s+Đảng(?:\\s+Cộng\\s+sản\\s+Việt\\s+Nam)?)?`,
    kind: "PARTY_COMMITTEE",
    canonical: "Ban Chấp hành Trung ương",
    place: "none",
  },
  {
    source: "(?:Ban\\s+Chấp\\s+hành|BCH)\\s+Đảng\\s+bộ",
    kind: "PARTY_COMMITTEE",
    place: "optional",
  },
  {
    source: "(?:Ban\\s+Chỉ\\s+huy|BCH|Bộ\\s+Chỉ\\s+huy)\\s+quân\\s+sự|Ban\\s+CHQS",
    kind: "MILITARY",
    place: "optional",
  },
  {
    source: "Bộ\\s+Chính\\s+trị",
    kind: "PARTY_COMMITTEE",
    canonical: "Bộ Chính trị",
    place: "none",
  },
  {
    source: `Ban\\s+Bí\\s+thư(?:\\s+${TW}(?:\\s+Đảng)?)?`,
    kind: "PARTY_COMMITTEE",
    canonical: "Ban Bí thư",
    place: "none",
  },
  {
    source: `Văn\\s+phòng\\s+(?:Ban\\s+Chấp\\s+hành\\s+)?${TW}(?:\\s+Đảng)?`,
    kind: "PARTY_COMMITTEE",
    canonical: "Văn phòng Trung ương Đảng",
    place: "none",
  },
  {
    source: "Văn\\s+phòng\\s+(?:Quốc\\s+hội|Chính\\s+phủ|Chủ\\s+tịch\\s+nước|Tổng\\s+Bí\\s+thư)",
    kind: "OTHER",
    place: "none",
  },
  {
    source: "Ban\\s+TG\\s*&\\s*DV\\s*TW",
    kind: "PARTY_COMMITTEE",
    canonical: "Ban Tuyên giáo và Dân vận Trung ương",
    place: "none",
  },
  {
    source: `Ban\\s+(?:Tổ\\s+chức|Tuyên\\s+giáo\\s+và\\s+Dân\\s+vận|Tuyên\\s+giáo|Dân\\s+vận|Nội\\s+chính|Kinh\\s+tế|Đối\\s+ngoại|Chính\\s+sách,\\s+chiến\\s+lược)\\s+${TW}`,
    kind: "PARTY_COMMITTEE",
    place: "none",
  },
  { source: `${UY_BAN}\\s+Kiểm\\s+tra\\s+${TW}`, kind: "PARTY_COMMITTEE", place: "none" },
  { source: `Quân\\s+${UY}\\s+${TW}`, kind: "PARTY_COMMITTEE", place: "none" },
  {
    source: `Đảng\\s+${UY}\\s+(?:Chính\\s+phủ|Quốc\\s+hội|Công\\s+an\\s+${TW}|Quân\\s+đội|Mặt\\s+trận\\s+Tổ\\s+quốc(?:,\\s+các\\s+đoàn\\s+thể\\s+${TW})?|các\\s+cơ\\s+quan\\s+Đảng\\s+${TW})`,
    kind: "PARTY_COMMITTEE",
    place: "none",
  },
  { source: `Đảng\\s+${UY}`, kind: "PARTY_COMMITTEE", place: "none", parent: "ministry" },
  { source: `Đảng\\s+${UY}`, kind: "PARTY_COMMITTEE", place: "optional" },
  { source: `Tỉnh\\s*${UY}`, kind: "PARTY_COMMITTEE", place: "optional", intrinsicLevel: "tỉnh" },
  {
    source: `Thành\\s*${UY}`,
    kind: "PARTY_COMMITTEE",
    place: "optional",
    intrinsicLevel: "thành phố",
  },
  { source: `Huyện\\s*${UY}`, kind: "PARTY_COMMITTEE", place: "optional", intrinsicLevel: "huyện" },
  { source: `Quận\\s*${UY}`, kind: "PARTY_COMMITTEE", place: "optional", intrinsicLevel: "quận" },
  { source: `Thị\\s*${UY}`, kind: "PARTY_COMMITTEE", place: "optional", intrinsicLevel: "thị xã" },
  {
    source: `Ban\\s+Thường\\s+vụ|Ban\\s+Tuyên\\s+giáo\\s+và\\s+Dân\\s+vận|Ban\\s+Tuyên\\s+giáo|Ban\\s+Dân\\s+vận|Ban\\s+Tổ\\s+chức|Ban\\s+Nội\\s+chính|${UY_BAN}\\s+Kiểm\\s+tra|Văn\\s+phòng`,
    kind: "PARTY_COMMITTEE",
    place: "none",
    parent: "committee",
  },
  {
    source:
      "Ban\\s+(?:Pháp\\s+chế|Kinh\\s+tế\\s*[-–]\\s*Ngân\\s+sách|Kinh\\s+tế\\s*[-–]\\s*Xã\\s+hội|Văn\\s+hóa\\s*[-–]\\s*Xã\\s+hội|Văn\\s+hoá\\s*[-–]\\s*Xã\\s+hội|Đô\\s+thị|Dân\\s+tộc)(?:\\s+của)?",
    kind: "PEOPLES_COUNCIL",
    place: "none",
    parent: "council",
  },
  {
    source: `${UY_BAN}\\s+Thường\\s+vụ\\s+Quốc\\s+hội|UBTVQH`,
    kind: "NATIONAL_ASSEMBLY",
    canonical: "Ủy ban Thường vụ Quốc hội",
    place: "none",
  },
  {
    source: `${UY_BAN}\\s+(?:Pháp\\s+luật\\s+và\\s+Tư\\s+pháp|Kinh\\s+tế\\s+và\\s+Tài\\s+chính|Văn\\s+h(?:óa|oá)\\s*[-–,]\\s*Xã\\s+hội|Khoa\\s+học,\\s+Công\\s+nghệ\\s+và\\s+Môi\\s+trường|Quốc\\s+phòng,\\s+An\\s+ninh\\s+và\\s+Đối\\s+ngoại|Dân\\s+nguyện\\s+và\\s+Giám\\s+sát|Công\\s+tác\\s+đại\\s+biểu|Tư\\s+pháp|Pháp\\s+luật|Kinh\\s+tế|Tài\\s+chính,?\\s+Ngân\\s+sách|Đối\\s+ngoại|Quốc\\s+phòng\\s+và\\s+An\\s+ninh|Văn\\s+h(?:óa|oá),?\\s+Giáo\\s+dục)(?:\\s+của\\s+Quốc\\s+hội)?`,
    kind: "NATIONAL_ASSEMBLY",
    place: "none",
  },
  {
    source: `${UY_BAN}\\s+${TW}\\s+Mặt\\s+trận\\s+Tổ\\s+quốc\\s+Việt\\s+Nam|${UY_BAN}\\s+TW\\s+Mặt\\s+trận\\s+Tổ\\s+quốc\\s+Việt\\s+Nam`,
    kind: "FRONT",
    canonical: "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    place: "none",
  },
  {
    source: `${UY_BAN}\\s+(?:MTTQ|Mặt\\s+trận\\s+Tổ\\s+quốc)(?:\\s+(?:Việt\\s+Nam|VN))?|UBMTTQ(?:\\s+(?:Việt\\s+Nam|VN))?|MTTQ(?:\\s+(?:Việt\\s+Nam|VN))?|Mặt\\s+trận\\s+Tổ\\s+quốc(?:\\s+Việt\\s+Nam)?`,
    kind: "FRONT",
    place: "optional",
  },
  { source: `${UY_BAN}\\s+nhân\\s+dân|UBND`, kind: "PEOPLES_COMMITTEE", place: "optional" },
  {
    // Each province's one-stop office, which publishes its administrative procedures.
    source: "Trung\\s+tâm\\s+[Pp]hục\\s+vụ\\s+[Hh]ành\\s+chính\\s+công",
    kind: "OTHER",
    place: "optional",
  },
  {
    source: "(?:Thường\\s+trực\\s+)?(?:Hội\\s+đồng\\s+nhân\\s+dân|HĐND)",
    kind: "PEOPLES_COUNCIL",
    place: "optional",
  },
  { source: `${UY_BAN}\\s+bầu\\s+cử`, kind: "OTHER", place: "required" },
  { source: `${UY_BAN}\\s+Dân\\s+tộc`, kind: "GOVERNMENT", place: "none" },
  {
    source: "(?<!Phó\\s{1,3})Thủ\\s+tướng\\s+Chính\\s+phủ",
    kind: "GOVERNMENT",
    canonical: "Thủ tướng Chính phủ",
    place: "none",
  },
  {
    source: "Thanh\\s+tra\\s+Chính\\s+phủ|Ban\\s+Cơ\\s+yếu\\s+Chính\\s+phủ",
    kind: "GOVERNMENT",
    place: "none",
  },
  { source: "Chính\\s+phủ", kind: "GOVERNMENT", canonical: "Chính phủ", place: "none" },
  { source: "Hội\\s+đồng\\s+Dân\\s+tộc", kind: "NATIONAL_ASSEMBLY", place: "none" },
  { source: "Quốc\\s+hội", kind: "NATIONAL_ASSEMBLY", canonical: "Quốc hội", place: "none" },
  {
    source: "Ngân\\s+hàng\\s+Nhà\\s+nước(?:\\s+Việt\\s+Nam)?",
    kind: "GOVERNMENT",
    canonical: "Ngân hàng Nhà nước Việt Nam",
    place: "none",
  },
  {
    source:
      "Kiểm\\s+toán\\s+Nhà\\s+nước|T(?:òa|oà)\\s+án\\s+nhân\\s+dân\\s+tối\\s+cao|Viện\\s+kiểm\\s+sát\\s+nhân\\s+dân\\s+tối\\s+cao|Bảo\\s+hiểm\\s+xã\\s+hội\\s+Việt\\s+Nam",
    kind: "OTHER",
    place: "none",
  },
  {
    source: "T(?:òa|oà)\\s+án\\s+nhân\\s+dân|Viện\\s+kiểm\\s+sát\\s+nhân\\s+dân",
    kind: "OTHER",
    place: "required",
  },
  {
    source:
      "Ban\\s+chỉ\\s+đạo\\s+(?!(?:về|có|cũng|nhiệt|hoặc|trong|trước|sau|tại|kết|đã|là|và|được|sẽ|phải|họp|ban|chỉ|các|thực|theo|gồm|với|để|cho)\\s)[a-zđ][^;.()\\n,]{2,60}?(?=\\s*[;.(),\\n]|\\s+(?:đã|tổ\\s+chức|ban\\s+hành|có|và|về|theo\\s+dõi|chỉ\\s+đạo|thường\\s+xuyên|khẩn\\s+trương|chủ\\s+động|phối\\s+hợp|kiểm\\s+tra|hướng\\s+dẫn|báo\\s+cáo|tổng\\s+hợp|cũng|để|chi\\s+viện|nhiệt\\s+liệt|biểu\\s+dương|hoặc)(?![\\p{L}\\p{M}])|$)|(?:Ban|BAN)\\s+(?:Chỉ|chỉ|CHỈ)\\s+(?:đạo|ĐẠO)(?:\\s+(?:Nhà\\s+nước|Trung\\s+ương|[Qq]uốc\\s+gia|NHÀ\\s+NƯỚC|TRUNG\\s+ƯƠNG|QUỐC\\s+GIA)(?:\\s*\\([^()\\n]{1,30}\\))?(?:\\s+về\\s+(?!kết\\s+quả)(?:[^;.()\\n]|\\n(?!" +
      LIST_BREAK +
      ")){2,100}?(?=\\s*[;.()]|\\s*\\n" +
      LIST_BREAK +
      "|\\s+về\\s|\\s*,\\s*(?:Ban|Bộ|Sở|Ủy|Uỷ|UBND|Văn|Cục|Vụ|Tổng|Thủ|Chính|các|đồng\\s+thời|trong\\s+đó|theo\\s+đó|nhằm|để|đề\\s+nghị|yêu\\s+cầu|giao|đã|sẽ)[\\s,]|\\s+(?:đã|đề\\s+nghị|chủ\\s+trì|tổ\\s+chức|ban\\s+hành|theo|tại|để|trình|báo\\s+cáo|kết\\s+luận|có|quyết\\s+định|và\\s+các|đồng\\s+thời|thông\\s+báo|hướng\\s+dẫn|yêu\\s+cầu|chỉ\\s+đạo|giao|là|được|sẽ|họp|làm\\s+việc)(?![\\p{L}\\p{M}])|$))?)?",

    kind: "OTHER",
    place: "none",
    caseSensitive: true,
  },
  {
    // Units of a ministry or of the Party's offices: "Vụ Tổ chức cán bộ", "Cục Đăng kiểm Việt Nam".
    // The name ends at punctuation or at a word that goes on with what the unit does
    // ("Cục Thuế thông báo để …", "Cục Hải quan chưa đủ cơ sở …"); "Vụ Đông Xuân" is a crop;
    // "Cục Thuế tỉnh, thành phố" is every province's, no one unit. A name holds no quote
    // ("thay thế cụm từ “Cục Thống kê tỉnh” bằng …": a term, no body) and ends at a slash
    // ("Cục Xe máy - Vận tải/Tổng cục …").
    source: `(?:Vụ(?!\\s+(?:Đông|Hè|Thu|Mùa|Chiêm|Xuân)(?![\\p{L}\\p{M}]))|Cục)\\s+(?=\\p{Lu})(?:[^;,.:()\\n/“”‘’"]|,(?=${UNIT_NAME_GOES_ON})){2,50}?(?<!\\s(?:tỉnh|TP|thành\\s+phố|huyện|quận))(?=\\s*(?:[;.:()\\n/]|,(?!${UNIT_NAME_GOES_ON}))|\\s+(?:${UNIT_NAME_ENDS})(?![\\p{L}\\p{M}])|$)`,
    kind: "OTHER",
    place: "none",
    caseSensitive: true,
  },
  { source: "Công\\s+an", kind: "POLICE", place: "required" },
  // A province's tax office under Cục Thuế since 2025: "Thuế tỉnh Quảng Trị", "Thuế TP.
  // Hà Nội"; "Thuế" before anything but a province is a tax.
  {
    source: "Thuế(?=\\s+(?:tỉnh|thành\\s+phố|TP)[\\s.])",
    kind: "OTHER",
    place: "required",
    caseSensitive: true,
  },
  { source: "Bộ", kind: "MINISTRY", place: "none", lexicon: "ministry" },
  { source: "Sở", kind: "OTHER", place: "optional", lexicon: "department" },
  { source: "Phòng", kind: "OTHER", place: "optional", lexicon: "department" },
  {
    source:
      "Hội\\s+(?:Liên\\s+hiệp\\s+Phụ\\s+nữ|Phụ\\s+nữ|Cựu\\s+chiến\\s+binh|Nông\\s+dân|Chữ\\s+thập\\s+đỏ)|Đoàn\\s+Thanh\\s+niên(?:\\s+Cộng\\s+sản\\s+Hồ\\s+Chí\\s+Minh)?|Liên\\s+đoàn\\s+Lao\\s+động",
    kind: "FRONT",
    place: "required",
  },
];
