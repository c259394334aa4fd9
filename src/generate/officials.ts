import type { AttendanceRole } from "../domain.js";
import { NEW_MAP_FROM, OLD_MAP_UNTIL, type CatalogueBody, type Place } from "./BodyCatalogue.js";
import { Random } from "./Random.js";

/** One office held for one term, possibly together with a second one. */
export interface Official {
  readonly name: string;
  /** The office that names them first in every text, so their person id is stable. */
  readonly positions: readonly { readonly title: string; readonly body: CatalogueBody }[];
  readonly from: string;
  readonly to: string | null;
}

/** Local terms (nhiệm kỳ), cut where the 2025 reorganisation ended the district level. */
const TERMS: readonly { readonly from: string; readonly to: string | null }[] = [
  { from: "2016-01-01", to: "2020-12-31" },
  { from: "2021-01-01", to: OLD_MAP_UNTIL },
  { from: NEW_MAP_FROM, to: null },
];

const SURNAMES = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Huỳnh",
  "Phan",
  "Vũ",
  "Võ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
  "Lý",
  "Đinh",
  "Trịnh",
  "Mai",
  "Lương",
];
const MIDDLE = [
  "Văn",
  "Thị",
  "Đức",
  "Minh",
  "Thanh",
  "Hữu",
  "Quang",
  "Ngọc",
  "Xuân",
  "Thu",
  "Hồng",
  "Công",
  "Đình",
  "Kim",
  "Quốc",
  "Trọng",
];
const GIVEN = [
  "An",
  "Bình",
  "Cường",
  "Dũng",
  "Hà",
  "Hải",
  "Hùng",
  "Hương",
  "Lan",
  "Long",
  "Mai",
  "Nam",
  "Phong",
  "Quân",
  "Sơn",
  "Thắng",
  "Trung",
  "Tuấn",
  "Việt",
  "Yến",
  "Hạnh",
  "Khoa",
  "Linh",
  "Nga",
  "Phúc",
  "Tâm",
  "Thảo",
  "Toàn",
  "Vinh",
  "Hiếu",
  "Hòa",
  "Thủy",
];

/**
 * The leaders of a place (or a central body) on a day, deterministically: the same
 * body, term and slot always give the same person. The Party secretary also chairs
 * the People's Council, as is usual at every level.
 */
export function officialsOf(
  place: Place | null,
  central: CatalogueBody | null,
  date: string,
): Official[] {
  const term = TERMS.find((t) => t.from <= date && (t.to === null || date <= t.to));
  if (!term) return [];
  const person = (body: CatalogueBody, slot: number) =>
    personName(new Random(`${body.id}|${term.from}|${slot}`));
  const window = (body: CatalogueBody) => ({
    from: body.validFrom && body.validFrom > term.from ? body.validFrom : term.from,
    to: body.validTo && (term.to === null || body.validTo < term.to) ? body.validTo : term.to,
  });
  if (central) {
    const [first, second] = CENTRAL_TITLES[central.role] ?? ["Lãnh đạo", "Phó"];
    return [
      {
        name: person(central, 0),
        positions: [{ title: first, body: central }],
        ...window(central),
      },
      {
        name: person(central, 1),
        positions: [{ title: second, body: central }],
        ...window(central),
      },
    ];
  }
  if (!place) return [];
  const { party, council, committee } = place;
  const officials: Official[] = [
    {
      name: person(party, 0),
      positions: [
        { title: "Bí thư", body: party },
        { title: "Chủ tịch HĐND", body: council },
      ],
      ...window(party),
    },
    {
      name: person(committee, 0),
      positions: [{ title: "Chủ tịch", body: committee }],
      ...window(committee),
    },
    {
      name: person(party, 1),
      positions: [{ title: "Phó Bí thư thường trực", body: party }],
      ...window(party),
    },
    {
      name: person(committee, 1),
      positions: [{ title: "Phó Chủ tịch", body: committee }],
      ...window(committee),
    },
  ];
  for (const department of place.departments.slice(0, 3)) {
    officials.push({
      name: person(department, 0),
      positions: [{ title: "Giám đốc", body: department }],
      ...window(department),
    });
  }
  return officials;
}

/** Who does what at a meeting, by seat: chair, presenter, then speakers and attendees. */
export const ROLE_BY_SEAT: readonly AttendanceRole[] = [
  "CHAIR",
  "PRESENTER",
  "SPEAKER",
  "ATTENDEE",
];

const CENTRAL_TITLES: Partial<Record<string, readonly [string, string]>> = {
  NATIONAL_ASSEMBLY: ["Chủ tịch Quốc hội", "Phó Chủ tịch Quốc hội"],
  STANDING_COMMITTEE: ["Ủy viên Ủy ban Thường vụ Quốc hội", "Tổng Thư ký Quốc hội"],
  GOVERNMENT: ["Phó Thủ tướng", "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"],
  PRIME_MINISTER: ["Thủ tướng Chính phủ", "Phó Thủ tướng Chính phủ"],
  MINISTRY: ["Bộ trưởng", "Thứ trưởng"],
  CENTRAL_COMMITTEE: ["Tổng Bí thư", "Ủy viên Trung ương Đảng"],
  POLITBURO: ["Ủy viên Bộ Chính trị", "Ủy viên Bộ Chính trị"],
  SECRETARIAT: ["Thường trực Ban Bí thư", "Bí thư Trung ương Đảng"],
  PARTY_COMMISSION: ["Trưởng ban", "Phó Trưởng ban"],
};

function personName(random: Random): string {
  return `${random.pick(SURNAMES)} ${random.pick(MIDDLE)} ${random.pick(GIVEN)}`;
}
