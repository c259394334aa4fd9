import { foldVietnamese } from "../text/index.js";
import { classifyBodyLevel } from "./classifyBody.js";

// The 63 provinces and centrally-run cities before the 2025 merger (the 34 after it
// keep names from this list). A place after "tỉnh"/"thành phố" is checked against it
// so that "UBND Thành phố Vũ Đại Thắng" reads as a body and a person's name.
const PROVINCES = new Set(
  (
    "An Giang|Bà Rịa - Vũng Tàu|Bà Rịa-Vũng Tàu|Bạc Liêu|Bắc Giang|Bắc Kạn|Bắc Ninh|Bến Tre|" +
    "Bình Dương|Bình Định|Bình Phước|Bình Thuận|Cà Mau|Cao Bằng|Cần Thơ|Đà Nẵng|Đắk Lắk|" +
    "Đắk Nông|Điện Biên|Đồng Nai|Đồng Tháp|Gia Lai|Hà Giang|Hà Nam|Hà Nội|Hà Tĩnh|Hải Dương|" +
    "Hải Phòng|Hậu Giang|Hòa Bình|Hưng Yên|Khánh Hòa|Kiên Giang|Kon Tum|Lai Châu|Lâm Đồng|" +
    "Lạng Sơn|Lào Cai|Long An|Nam Định|Nghệ An|Ninh Bình|Ninh Thuận|Phú Thọ|Phú Yên|" +
    "Quảng Bình|Quảng Nam|Quảng Ngãi|Quảng Ninh|Quảng Trị|Sóc Trăng|Sơn La|Tây Ninh|" +
    "Thái Bình|Thái Nguyên|Thanh Hóa|Thừa Thiên Huế|Thừa Thiên - Huế|Huế|Tiền Giang|" +
    "Hồ Chí Minh|Trà Vinh|Tuyên Quang|Vĩnh Long|Vĩnh Phúc|Yên Bái"
  )
    .split("|")
    .map((name) => foldVietnamese(name).replace(/\s*-\s*/g, " ")),
);

// The centrally-run cities ("thành phố Hà Nội"); every other province is a "tỉnh". Huế
// became one in 2025; a name that still says "tỉnh Thừa Thiên Huế" names the province.
const CITIES = new Set(["ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue"]);

/**
 * Where a name's folded words end in a province printed without its level word ("Sở Xây
 * dựng Hà Nội", "Sở Công Thương Bắc Giang"), the index of the province's first word and
 * that level word ("tp" or "tinh"), so the name can key like "Sở Xây dựng thành phố Hà
 * Nội". A Party committee's own "ủy" is its level ("Thành ủy Hà Nội"), as is "tỉnh",
 * "thành phố" or "TP" already there.
 */
export function bareProvinceTail(
  folded: readonly string[],
): { readonly at: number; readonly level: "tp" | "tinh" } | undefined {
  for (let at = Math.max(1, folded.length - 4); at < folded.length; at++) {
    const place = folded.slice(at).join(" ");
    if (!PROVINCES.has(place)) continue;
    const before = folded[at - 1];
    if (before === "uy" || before === "tinh" || before === "tp") return undefined;
    // "Thừa Thiên Huế" is the province, not "Huế" alone.
    if (place === "hue" && folded[at - 1] === "thien") continue;
    return { at, level: CITIES.has(place) ? "tp" : "tinh" };
  }
  return undefined;
}

/** True for a province's or centrally-run city's name, old map or new ("Bà Rịa - Vũng Tàu"). */
export function isProvinceName(name: string): boolean {
  return PROVINCES.has(foldVietnamese(name).replace(/\s*-\s*/g, " "));
}

const LEVEL_WORD = /^(?:tỉnh|thành phố|tp\.?)\s*/iu;

/** "tỉnh Đồng Nai", "TP. Hồ Chí Minh" or "Đồng Nai" → the place, when it is a province. */
export function provincePlace(phrase: string): string | undefined {
  const place = phrase.normalize("NFC").replace(/\s+/gu, " ").trim().replace(LEVEL_WORD, "");
  return isProvinceName(place) ? place : undefined;
}

// "…, tỉnh Đồng Nai" / "… TP. Hồ Chí Minh" closing a body's name.
const PROVINCE_TAIL =
  /(?:^|[\s,])((?:tỉnh|Tỉnh|thành phố|Thành phố|TP\.?|Tp\.?)\s+(\p{Lu}[\p{L}\p{M}]*(?:\s*-?\s*\p{Lu}[\p{L}\p{M}]*){0,4}))\s*$/u;

/**
 * Whether a body's name is a district's or a commune's (and so is placed in a
 * province, see bodyId), and the province the name itself ends in, if any:
 * "UBND xã Tân Thành, tỉnh Đồng Nai" → { local: true, province: "tỉnh Đồng Nai" };
 * "UBND phường Linh Trung, thành phố Thủ Đức" → { local: true } (Thủ Đức is no province).
 */
export function localBody(name: string): { local: boolean; province?: string } {
  const level = classifyBodyLevel(name);
  if (level !== "DISTRICT" && level !== "COMMUNE") return { local: false };
  const tail = PROVINCE_TAIL.exec(name);
  return tail?.[1] && tail[2] && isProvinceName(tail[2])
    ? { local: true, province: tail[1] }
    : { local: true };
}
