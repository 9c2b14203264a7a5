/**
 * Whether a word is a well-formed Vietnamese syllable: onset, vowel nucleus, final consonant, at most one
 * tone mark. Used to tell which 8-bit encoding a file is in — decoded the right way, the words of a return
 * are syllables; decoded the wrong way they are not ("kờỡt", "Maơ", "Gi¸", "tṛ") — so the check need not
 * be a dictionary, only strict about structure.
 */

import { CLOSED_NUCLEI, CODA, NUCLEI, ONSET, OPEN_NUCLEI } from '../words/input/vietnamese-syllables.js';

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const SYLLABLE = new RegExp(
  `^${ONSET}(?:(?:${CLOSED_NUCLEI.join('|')})${CODA}|(?:${OPEN_NUCLEI.join('|')})|(?:${NUCLEI.join('|')})${CODA}?)$`,
);

export function isVietnameseSyllable(word: string): boolean {
  const d = word.toLowerCase().normalize('NFD');
  if ((d.match(TONES)?.length ?? 0) > 1) return false;
  return SYLLABLE.test(d.replace(TONES, '').normalize('NFC'));
}

// Words are split at ASCII non-letters, spaces and general punctuation; any other character stays in the
// word, so a stray "¸" or "Ø" makes the word fail. The backquote is written \x60: a bare one reads to the
// words scan (test/words/no-stray-words.test.ts) as the start of a template literal running into the comments.
const SEPARATORS = /[\p{Cc}\s!-@[-\x60{-~\u00a0\u2000-\u206f\ufeff]+/u;
const EDGE_SYMBOLS = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

export interface WordScore {
  /** Words with a non-ASCII letter that are syllables. */
  valid: number;
  /** Words with a non-ASCII character that are not. */
  invalid: number;
}

/** The words of a text that have a non-ASCII character: only they differ between encodings. */
export function nonAsciiWords(text: string): string[] {
  return text.split(SEPARATORS).filter((w) => /[^\p{ASCII}]/u.test(w));
}

export function addWord(score: WordScore, word: string): void {
  if (isVietnameseSyllable(word)) score.valid++;
  else score.invalid++;
}

/**
 * How Vietnamese a text reads; ASCII-only words count for nothing (they read the same in every encoding).
 * `unicode`: the text is real Unicode, so symbols around a word («trích», ©) are punctuation, not letters.
 */
export function scoreWords(text: string, unicode = false): WordScore {
  const score = { valid: 0, invalid: 0 };
  for (const w of nonAsciiWords(text.normalize('NFC'))) {
    const word = unicode ? w.replace(EDGE_SYMBOLS, '') : w;
    if (/[^\p{ASCII}]/u.test(word)) addWord(score, word);
  }
  return score;
}
