/**
 * Vietnamese text in 8-bit encodings: Windows-1258 (what Vietnamese Windows writes for "CSV (Comma
 * delimited)"), TCVN3 (TCVN 5712 VN3, "ABC", fonts .VnTime) and VNI Windows (fonts VNI-Times).
 *
 * The encoding is recognised by decoding the bytes each way and keeping the reading whose words are
 * Vietnamese syllables: the right one reads "kết quả", the wrong ones "kờỡt quaề" or "kÕt qu¶". Byte
 * statistics alone cannot do it — the same bytes 0xE1, 0xEC, 0xF2 are letters in one encoding and tone
 * marks in another, which is how a Windows-1258 file used to be taken for TCVN3.
 *
 * iconv-lite (Windows-1258 and TCVN3 tables) is loaded on first need only: a UTF-8 file never loads it.
 */
import { createRequire } from 'node:module';
import { addWord, nonAsciiWords, scoreWords, type WordScore } from './vietnamese-syllable.js';
import { vniToUnicode } from './vni.js';

export type LegacyEncoding = 'TCVN3' | 'VNI';
export type EightBitEncoding = 'windows-1258' | LegacyEncoding;

export type EightBitReading =
  | { kind: 'found'; encoding: EightBitEncoding }
  | { kind: 'ambiguous'; encodings: [EightBitEncoding, EightBitEncoding] }
  | { kind: 'unknown' };

type Iconv = typeof import('iconv-lite');
let iconvModule: Iconv | null = null;

/** iconv-lite, required on first use (synchronous, because the header scan of a table is). */
export function iconv(): Iconv {
  iconvModule ??= createRequire(import.meta.url)('iconv-lite') as Iconv;
  return iconvModule;
}

/** The iconv-lite codec for an encoding cchc converts. TCVN3 is the 'tcvn' (TCVN 5712) table. */
export const ICONV_NAME = { 'windows-1258': 'windows1258', TCVN3: 'tcvn' } as const;

/** Bytes read as each encoding, in Unicode NFC (Windows-1258 writes tone marks as combining characters). */
function readings(bytes: Uint8Array): [EightBitEncoding, string][] {
  const ic = iconv();
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return [
    ['windows-1258', ic.decode(buf, ICONV_NAME['windows-1258']).normalize('NFC')],
    ['TCVN3', ic.decode(buf, ICONV_NAME.TCVN3).normalize('NFC')],
    ['VNI', vniToUnicode(buf.toString('latin1'))],
  ];
}

const net = (s: WordScore) => s.valid - s.invalid;

/**
 * The reading that stands out: most net syllables, ahead of the next by at least 2 and a quarter of its
 * own score. Anything closer is reported as two possible readings, never guessed.
 */
function pick<E extends string>(scored: [E, WordScore][]): { best: E; second: E } | 'tie' | null {
  const sorted = [...scored].sort((a, b) => net(b[1]) - net(a[1]));
  const [first, next] = [sorted[0]!, sorted[1]!];
  if (first[1].valid === 0 || net(first[1]) <= 0) return null;
  const margin = Math.max(2, net(first[1]) / 4);
  if (net(first[1]) - net(next[1]) < margin) return 'tie';
  return { best: first[0], second: next[0] };
}

/** Which 8-bit encoding the first bytes of a file (that are not UTF-8) are in. */
export function readEightBit(head: Uint8Array): EightBitReading {
  const rs = readings(head.subarray(0, 1 << 16));
  const scored = rs.map(([e, t]) => [e, scoreWords(t)] as [EightBitEncoding, WordScore]);
  const p = pick(scored);
  if (p === null) return { kind: 'unknown' };
  if (p === 'tie') {
    const sorted = [...scored].sort((a, b) => net(b[1]) - net(a[1]));
    return { kind: 'ambiguous', encodings: [sorted[0]![0], sorted[1]![0]] };
  }
  return { kind: 'found', encoding: p.best };
}

// Signs of legacy bytes shown as Latin-1: TCVN3's 0xA1–0xBE letters next to a letter ("Gi¸", "tiªu"), VNI's
// mark bytes after a or e ("Giaù", "tieâu"), Latin-1 letters that are not Vietnamese ("ViÖt", "chæ"). Real
// Vietnamese text has hardly any: a cheap first look, so ordinary tables never load iconv-lite.
const TCVN3_SIGN = /[A-Za-z][¡¢£¤¥¦§¨©ª«¬®µ¶·¸¹»¼½¾]|[¡¢£¤¥¦§¨©ª«¬®µ¶·¸¹»¼½¾][A-Za-z]/g;
const VNI_SIGN = /[aeAE][ùøûõïâáàåãäêéèúüëôöÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜËÔÖ]/g;
const FOREIGN = /[ÄÅÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïðñö÷øûüþÿ]/g;
const count = (re: RegExp, s: string) => s.match(re)?.length ?? 0;

/**
 * The legacy encoding Unicode text shows as Latin-1 characters (a workbook typed in a .VnTime or
 * VNI-Times font, or a legacy CSV once opened as Western text and saved as UTF-8), or null for ordinary
 * text. Word by word: a word with a character beyond Latin-1 ("Việt") can only be Unicode.
 */
export function legacyEncodingOf(text: string): LegacyEncoding | null {
  if (count(TCVN3_SIGN, text) + count(VNI_SIGN, text) + count(FOREIGN, text) < 3) return null;
  const ic = iconv();
  const scores: Record<LegacyEncoding | 'unicode', WordScore> = {
    unicode: scoreWords(text, true),
    TCVN3: { valid: 0, invalid: 0 },
    VNI: { valid: 0, invalid: 0 },
  };
  for (const w of nonAsciiWords(text.normalize('NFC'))) {
    if (/[\u0100-\uffff]/.test(w)) {
      scores.TCVN3.invalid++;
      scores.VNI.invalid++;
      continue;
    }
    addWord(scores.TCVN3, ic.decode(Buffer.from(w, 'latin1'), ICONV_NAME.TCVN3).normalize('NFC'));
    addWord(scores.VNI, vniToUnicode(w));
  }
  const p = pick(Object.entries(scores) as [LegacyEncoding | 'unicode', WordScore][]);
  return p === null || p === 'tie' || p.best === 'unicode' ? null : p.best;
}
