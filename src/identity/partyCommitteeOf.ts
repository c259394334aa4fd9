import { foldVietnamese } from "../text/index.js";

// Each level's Party committee, by the level's word folded: the executive committee of
// "Đảng bộ tỉnh X" is "Tỉnh ủy X", of "Đảng bộ phường X" "Đảng ủy phường X".
const COMMITTEE_OF_LEVEL: Readonly<Record<string, string>> = {
  tinh: "Tỉnh ủy",
  "thanh pho": "Thành ủy",
  tp: "Thành ủy",
  quan: "Quận ủy",
  huyen: "Huyện ủy",
  "thi xa": "Thị ủy",
  tx: "Thị ủy",
  xa: "Đảng ủy xã",
  phuong: "Đảng ủy phường",
  "thi tran": "Đảng ủy thị trấn",
};

/**
 * The name of the Party committee of a level, the level's word as printed ("tỉnh",
 * "TP.", "Phường" → "Tỉnh ủy", "Thành ủy", "Đảng ủy phường"); undefined for a word that
 * names no level.
 */
export function partyCommitteeOf(levelWord: string): string | undefined {
  const folded = foldVietnamese(levelWord).replace(/\.$/u, "").replace(/\s+/gu, " ").trim();
  return COMMITTEE_OF_LEVEL[folded];
}
