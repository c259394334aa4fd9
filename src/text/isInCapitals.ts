/** True for text printed in capitals: some upper-case letter and no lower-case one ("BỘ TÀI CHÍNH", "UBND"). */
export function isInCapitals(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}
