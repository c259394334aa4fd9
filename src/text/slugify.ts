import { foldVietnamese } from "./foldVietnamese.js";

/** "UBND Thành phố Hà Nội" → "ubnd-thanh-pho-ha-noi": a readable, ASCII identifier part. */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
