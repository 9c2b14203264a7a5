/**
 * The parts of a Vietnamese syllable, as a return's words are spelled: onsets, nuclei and finals. Read by
 * src/data/vietnamese-syllable.ts to tell which 8-bit encoding a file is in (decoded the right way, the words
 * are syllables). Spellings read from input, never shown.
 */

/** Initial consonants (optional), longest first so "ngh" is not read as "ng" + "h". */
export const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnpqrstvx])?';
/** Final consonants. */
export const CODA = '(?:ch|ng|nh|[cmnpt])';
/** Nuclei that never end a syllable (iê/yê/uô/ươ need a final: "tiên", never "tiê"). */
export const CLOSED_NUCLEI = ['uyê', 'iê', 'yê', 'uô', 'ươ'];
/** Nuclei that never take a final. */
export const OPEN_NUCLEI = ['iêu', 'yêu', 'oai', 'oay', 'oeo', 'uây', 'uôi', 'ươi', 'ươu', 'uyu', 'uya'];
/** Nuclei that may or may not take a final. */
export const NUCLEI = [
  ...['ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oa', 'oă', 'oe', 'oi', 'ôi', 'ơi', 'oo'],
  ...['ua', 'uâ', 'uê', 'ui', 'uơ', 'uy', 'ưa', 'ưi', 'ưu'],
  ...['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'],
];
