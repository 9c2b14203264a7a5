/**
 * The words that tell indicators apart by name: abbreviations officials write, and the built-in families
 * of confusable indicators — names that look alike but measure different things (docs/data.md, "Indicator
 * names"). Written once here; src/data/indicator-name.ts applies them. Patterns run on name keys: lower
 * case, no diacritics, words separated by one space, abbreviations spelled out (see indicatorNameKey).
 */
import type { Msg } from '../model/diagnostic.js';
import type { IndicatorKind } from '../model/plan.js';
import { foldWords } from '../util/text.js';

/** Abbreviations in indicator names, spelled out before names are compared ("TTHC" = "thủ tục hành chính"). */
export const NAME_ABBREVIATIONS: Readonly<Record<string, string>> = {
  tthc: 'thu tuc hanh chinh',
  dvc: 'dich vu cong',
  dvctt: 'dich vu cong truc tuyen',
  cchc: 'cai cach hanh chinh',
  csdl: 'co so du lieu',
  cqnn: 'co quan nha nuoc',
  ubnd: 'uy ban nhan dan',
  cbccvc: 'can bo cong chuc vien chuc',
  nddn: 'nguoi dan doanh nghiep',
};

/**
 * Words that say nothing about which indicator a name is ("tỷ lệ", "của", "trên"): left out when a short
 * name is compared with a plan's long one ("TTHC toàn trình" is within "Tỷ lệ thủ tục hành chính … toàn trình").
 */
export const GENERIC_NAME_WORDS: ReadonlySet<string> = new Set(
  'ty le so luong tong muc do phan tram cua va cac cho trong tren tai duoc khi theo voi la co ve dat'.split(
    ' ',
  ),
);

/** Spelling variants written both ways ("tỉ lệ" / "tỷ lệ"). */
const VARIANTS: [RegExp, string][] = [[/\bti le\b/g, 'ty le']];

/** Numbering in front of a name in an appendix table: "1.", "1.2.", "a)", "II.", "-", "+". */
const NUMBERING = /^\s*(?:(?:[IVXivx]+|[a-zA-Z]|\d+(?:\.\d+)*)[.)]|[-+*•–])\s+/;

/** The key a name is compared on: "1. Tỉ lệ TTHC (%)" → "ty le thu tuc hanh chinh phan tram". */
export function indicatorNameKey(name: string): string {
  let t = foldWords(name.replace(NUMBERING, '').replace(/%/g, ' phan tram '));
  t = t
    .split(' ')
    .map((w) => NAME_ABBREVIATIONS[w] ?? w)
    .join(' ');
  for (const [re, to] of VARIANTS) t = t.replace(re, to);
  return t;
}

export interface FamilyMember {
  id: string;
  /** What a name of this member says, as shown in messages. */
  label: Msg;
  patterns: readonly RegExp[];
  /** Indicator kinds that belong to this member when no name of the indicator says (điểm / tỷ lệ only). */
  kinds?: readonly IndicatorKind[];
}

export interface ConfusableFamily {
  id: string;
  label: Msg;
  members: readonly FamilyMember[];
}

/** What is counted comes right after the quantity word: "Tỷ lệ hồ sơ…", "Số TTHC…", "Tỷ lệ % hồ sơ…". */
const head = (noun: string) =>
  new RegExp(`^(?:ty le|so luong|tong so|so|phan tram)(?: (?:phan tram|so))? ${noun}\\b`);

/** "điểm" as points, not inside a compound word ("trọng điểm", "địa điểm", "thời điểm", "thí điểm"…). */
const POINT = '(?<!\\b(?:trong|dia|thoi|dac|uu|nhuoc|quan|thi|khoi|tieu|giao|cu|diem) )diem';

/**
 * Families of indicators whose names differ by one or two words and whose figures must never stand in for
 * each other (the domain notes: "nộp trực tuyến", "toàn trình" and "TTHC có DVC toàn trình" are different
 * indicators; 766 points are scores, not rates). A name can say several members ("toàn trình và một phần"):
 * it then belongs to each of them.
 */
export const CONFUSABLE_FAMILIES: readonly ConfusableFamily[] = [
  {
    id: 'online-level',
    label: { vi: 'mức độ trực tuyến', en: 'how online' },
    members: [
      { id: 'toan-trinh', label: { vi: 'toàn trình', en: 'fully online' }, patterns: [/\btoan trinh\b/] },
      { id: 'mot-phan', label: { vi: 'một phần', en: 'partly online' }, patterns: [/\bmot phan\b/] },
      {
        id: 'nop-truc-tuyen',
        label: { vi: 'nộp trực tuyến', en: 'submitted online' },
        patterns: [/\b(?:nop|tiep nhan)(?: ho so)? truc tuyen\b/],
      },
    ],
  },
  {
    id: 'counted',
    label: { vi: 'đối tượng được đếm', en: 'what is counted' },
    members: [
      { id: 'ho-so', label: { vi: 'hồ sơ', en: 'dossiers' }, patterns: [head('ho so')] },
      { id: 'thu-tuc', label: { vi: 'thủ tục', en: 'procedures' }, patterns: [head('thu tuc')] },
    ],
  },
  {
    id: 'measure',
    label: { vi: 'loại số đo', en: 'kind of measure' },
    members: [
      {
        id: 'diem',
        label: { vi: 'điểm', en: 'points' },
        patterns: [
          /^(?:so |tong )?diem\b/,
          /\bdiem (?:so|dat|toi da|thanh phan)\b/,
          /\b(?:so|tong|thang) diem\b/,
          new RegExp(`\\b${POINT}$`),
        ],
        kinds: ['score'],
      },
      {
        id: 'ty-le',
        label: { vi: 'tỷ lệ', en: 'rate' },
        patterns: [/^(?:ty le|phan tram)\b/, /\bphan tram$/],
        kinds: ['percentage'],
      },
    ],
  },
];

/**
 * The members a name says, one group per clashing family, as messages list them: `"toàn trình"/"một phần" và
 * "hồ sơ"` (members of one family joined by "/", families by "và" / "and").
 */
export function memberWords(groups: readonly (readonly FamilyMember[])[]): Msg {
  const words = (lang: 'vi' | 'en') =>
    groups.map((g) => g.map((m) => `"${m.label[lang]}"`).join('/')).join(lang === 'vi' ? ' và ' : ' and ');
  return { vi: words('vi'), en: words('en') };
}
