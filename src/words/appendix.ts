import type { Lang } from '../model/diagnostic.js';

/**
 * Fixed words of the appendix workbook (`cchc report`) that are not statuses or values. The national motto is
 * printed in the workbook's language: in an English workbook it is the usual official translation. The agency's
 * name stays as the plan writes it (a name, like the units' names), in both languages.
 */
export const APPENDIX_WORDS = {
  stt: { vi: 'STT', en: 'No.' },
  motto: {
    vi: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
    en: ['SOCIALIST REPUBLIC OF VIET NAM', 'Independence - Freedom - Happiness'],
  },
} as const satisfies Record<string, Record<Lang, unknown>>;
