/**
 * A regex alternation of words as texts print them: "Nghị quyết", "nghị quyết",
 * "NGHỊ QUYẾT", words separated by any whitespace. Case-insensitive Unicode regexes are
 * several times slower in V8 than the same words listed in their three cases.
 */
export function casedAlternatives(words: readonly string[]): string {
  const forms = new Set<string>();
  for (const word of words) {
    forms.add(word);
    forms.add(word.toLocaleLowerCase("vi"));
    forms.add(word.toLocaleUpperCase("vi"));
    forms.add(word.charAt(0).toLocaleUpperCase("vi") + word.slice(1).toLocaleLowerCase("vi"));
  }
  return [...forms]
    .sort((a, b) => b.length - a.length)
    .map((form) => form.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&").replace(/ /gu, "\\s+"))
    .join("|");
}
