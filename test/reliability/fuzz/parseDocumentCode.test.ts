import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DocumentSystem } from "../../../src/domain.js";
import {
  formatDocumentCode,
  parseDocumentCode,
  tidyCode,
  type DocumentCodeParts,
} from "../../../src/identity/index.js";
import { documentCodeText, vietnameseText } from "./vietnamese.js";

const RUNS = { numRuns: 2000 };

const LETTER = fc.constantFrom(..."ABCDĐEGHKLMNOPQRSTUVXYÂĂÊÔƠƯ".split(""));
const word = (max: number) =>
  fc.array(LETTER, { minLength: 1, maxLength: max }).map((l) => l.join(""));
const number = fc
  .tuple(fc.integer({ min: 0, max: 99999 }), fc.boolean())
  .map(([n, padded]) => (padded && n < 100 ? String(n).padStart(3, "0") : String(n)));
const year = fc.integer({ min: 1900, max: 2099 });
// "NĐ-CP" style (type-issuer), a bare issuer ("QH14"), or issuer and unit ("UBND-VP").
const stateSymbol = fc.oneof(
  fc.tuple(word(4), word(5)).map(([type, issuer]) => `${type}-${issuer}`),
  fc.tuple(word(5), fc.integer({ min: 1, max: 99 })).map(([issuer, n]) => `${issuer}${n}`),
);
// Symbols only legal acts carry: an administrative code with one of these reads as legal.
const ALWAYS_LEGAL =
  /^(NĐ-CP|TT-B\p{Lu}+|TTLT-[\p{Lu}-]+|QH\d{1,2}|UBTVQH\d{1,2}|PL-UBTVQH\d{1,2})$/u;

// tidyCode writes the Prime Minister's "TTG" (a heading's capitals) as "TTg", and mends
// a legal code's typed slips ("…/OH15" is "…/QH15", "…/TTBTC" is "…/TT-BTC"): codes
// printed so are not ones parsing gives back as printed.
const PRINTED_TTG = /[-/]TTG$/u;
const TYPED_SLIP = /^(?:OH\d{1,2}|(?:TT|QĐ|NĐ)B[A-ZĐ]{2,})$/u;

const validParts: fc.Arbitrary<DocumentCodeParts> = fc
  .oneof(
    fc.record({
      system: fc.constant<DocumentSystem>("STATE_LEGAL"),
      printedNumber: number,
      symbol: stateSymbol,
      year,
    }),
    fc
      .record({
        system: fc.constant<DocumentSystem>("STATE_ADMINISTRATIVE"),
        printedNumber: number,
        symbol: stateSymbol,
      })
      .filter((parts) => !ALWAYS_LEGAL.test(parts.symbol)),
    fc.record({
      system: fc.constant<DocumentSystem>("PARTY"),
      printedNumber: number,
      symbol: fc.tuple(word(4), word(5)).map(([type, issuer]) => `${type}/${issuer}`),
    }),
  )
  .filter(
    (parts) =>
      !PRINTED_TTG.test(parts.symbol) &&
      !(parts.system === "STATE_LEGAL" && TYPED_SLIP.test(parts.symbol)),
  );

describe("fuzz: document codes", () => {
  it("parses any string without throwing", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: "binary" }), vietnameseText(), documentCodeText()),
        (raw) => {
          tidyCode(raw);
          parseDocumentCode(raw);
          parseDocumentCode(raw, 2021);
        },
      ),
      RUNS,
    );
  });

  it("round-trips every valid code: parse(format(parts)) gives the parts back", () => {
    fc.assert(
      fc.property(validParts, (parts) => {
        const code = formatDocumentCode(parts);
        const parsed = parseDocumentCode(code);
        expect(parsed, code).toMatchObject({
          code,
          system: parts.system,
          printedNumber: parts.printedNumber,
          number: parts.printedNumber.replace(/^0+(?=\d)/, ""),
          symbol: parts.symbol,
          year: parts.year,
        });
      }),
      RUNS,
    );
  });

  it("writes back exactly the code it parsed, for anything that parses", () => {
    fc.assert(
      fc.property(
        fc.oneof(documentCodeText(), vietnameseText(40)),
        fc.option(year, { nil: undefined }),
        (raw, hint) => {
          const parsed = parseDocumentCode(raw, hint);
          if (parsed) expect(formatDocumentCode(parsed)).toBe(parsed.code);
        },
      ),
      RUNS,
    );
  });

  it("reads a code the way texts misprint it as the code itself", () => {
    fc.assert(
      fc.property(validParts, fc.constantFrom(" ", "  ", "\u00a0"), (parts, space) => {
        const code = formatDocumentCode(parts);
        const misprinted = `Số: ${code.replace(/([/-])/g, `${space}$1${space}`)}.`;
        expect(parseDocumentCode(misprinted)?.code).toBe(code);
      }),
      RUNS,
    );
  });
});
