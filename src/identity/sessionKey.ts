import { bodyKey } from "./bodyKey.js";

const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  nhat: 1,
  hai: 2,
  ba: 3,
  tu: 4,
  bon: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
  // In "hai mươi mốt", "mười lăm".
  mot: 1,
  lam: 5,
};
const ROMAN: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50 };

// A session's kind, then its ordinal: "kỳ họp thứ nhất", "phiên họp lần thứ 20".
const SESSION = /^(ky hop|phien hop|hoi nghi)(?: (?:lan )?thu ([a-z0-9]+(?: [a-z]+){0,2}))?/;
// Kinds of a meeting that names nothing but its organizer: "Phiên họp", "Cuộc họp Bộ
// Chính trị" are one sitting of that organizer on that day.
const SITTING = /^(?:phien hop|cuoc hop)$/;

/**
 * What tells apart the meetings one organizer holds on one day, when the title says:
 * a numbered session is its kind and number ("Kỳ họp thứ nhất HĐND phường Tương Mai
 * nhiệm kỳ 2021-2026" and "Kỳ họp thứ nhất để công bố …" → "ky-hop-1"); a sitting whose
 * title names only its organizer is the organizer's sitting of the day ("Phiên họp",
 * "Cuộc họp Bộ Chính trị" → "hop"). Anything else (a conference on a subject) is told
 * apart by its title: undefined.
 */
export function sessionKey(title: string, organizerName: string): string | undefined {
  // Keyed as bodies are, so "HĐND" in one and "Hội đồng nhân dân" in the other match.
  const organizer = bodyKey(organizerName);
  const keyed = `-${bodyKey(title)}-`;
  const rest = (organizer ? keyed.replace(`-${organizer}-`, "-") : keyed)
    .replace(/-+/g, " ")
    .trim();
  if (SITTING.test(rest)) return "hop";
  const session = SESSION.exec(rest);
  const number = session?.[2] ? ordinal(session[2]) : undefined;
  return session?.[1] && number ? `${session[1].replace(" ", "-")}-${number}` : undefined;
}

/** "nhất", "10", "VI", "hai mươi mốt": the number, or undefined for another word. */
function ordinal(words: string): number | undefined {
  const [first = "", second, third] = words.split(" ");
  if (/^\d+$/.test(first)) return Number(first);
  if (/^[ivxl]+$/.test(first)) return roman(first);
  const value = (word: string | undefined) => (word ? ORDINAL_WORDS[word] : undefined);
  // Five after the tens is "lăm": "mười năm 2024" is ten, then a year.
  const unit = (word: string | undefined) => (word === "nam" ? 0 : (value(word) ?? 0));
  if (value(first) === undefined) return undefined;
  if (first === "muoi") return 10 + unit(second);
  if (second === "muoi") return (value(first) ?? 0) * 10 + unit(third);
  return value(first);
}

function roman(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = ROMAN[numeral[i] ?? ""] ?? 0;
    const next = ROMAN[numeral[i + 1] ?? ""] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}
