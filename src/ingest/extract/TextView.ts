import type { Evidence } from "../../domain.js";
import type { NormalizedText } from "../normalize/index.js";
import { findBoilerplate, type Range } from "./findBoilerplate.js";
import { plainText } from "./plainText.js";
import { splitSentences, type Sentence } from "./splitSentences.js";

/** One normalized text as every extractor sees it. */
export interface TextView {
  /** The normalized text. */
  readonly text: string;
  /** `text` with Markdown marks blanked (see plainText); the same offsets. */
  readonly plain: string;
  readonly sentences: readonly Sentence[];
  /** Index of the sentence holding `offset` (the last one starting at or before it). */
  sentenceAt(offset: number): number;
  /** True inside recipient lists and site boilerplate (see findBoilerplate). */
  isBoilerplate(offset: number): boolean;
  /**
   * The sentence holding `offset` as a reader sees it in the original (see
   * NormalizedText.readable), with the offsets of its span there.
   */
  evidenceAt(offset: number): Evidence;
  /** A span of the text that is no sentence (a signature block) as evidence, likewise. */
  evidenceOf(start: number, end: number): Evidence;
}

function lastStartingAtOrBefore(spans: readonly Range[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((spans[middle]?.start ?? 0) <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** Builds the view every extractor reads: plain text, sentences, boilerplate, evidence. */
export function createTextView(normalized: NormalizedText): TextView {
  const { text } = normalized;
  const plain = plainText(text);
  const sentences = splitSentences(plain);
  const boilerplate = findBoilerplate(plain);
  // Most sentences hold several facts; each is made readable once.
  const quoted = new Map<number, Evidence>();
  const sentenceAt = (offset: number): number =>
    Math.max(0, lastStartingAtOrBefore(sentences, offset));
  return {
    text,
    plain,
    sentences,
    sentenceAt,
    isBoilerplate(offset) {
      const i = lastStartingAtOrBefore(boilerplate, offset);
      return i >= 0 && offset < (boilerplate[i]?.end ?? 0);
    },
    evidenceAt(offset) {
      const index = sentenceAt(offset);
      let evidence = quoted.get(index);
      if (evidence === undefined) {
        const sentence = sentences[index] ?? { start: 0, end: 0 };
        const [start, end] = normalized.toOriginal(sentence.start, sentence.end);
        evidence = { sentence: normalized.readable(sentence.start, sentence.end), start, end };
        quoted.set(index, evidence);
      }
      return evidence;
    },
    evidenceOf(start, end) {
      const [from, to] = normalized.toOriginal(start, end);
      return { sentence: normalized.readable(start, end), start: from, end: to };
    },
  };
}
