import type { Lang } from '../model/diagnostic.js';

/**
 * How a revision of a plan is named. The original plan is revision 1 ("bản ban hành"); the first
 * "Kế hoạch điều chỉnh" is revision 2, named "điều chỉnh lần 1" as officials count amendments, not issues.
 */
export function revisionName(revision: number, lang: Lang): string {
  const amended = revision - 1;
  if (amended <= 0) return lang === 'vi' ? 'bản ban hành' : 'original';
  return lang === 'vi' ? `điều chỉnh lần ${amended}` : `amendment ${amended}`;
}

/** The diff view's first line: both plans, each with its revision and file. */
export function diffHeading(
  old: { id: string; revision: number; file: string },
  now: { id: string; revision: number; file: string },
  lang: Lang,
): string {
  const side = (p: typeof old) => `${p.id} (${revisionName(p.revision, lang)}, ${p.file})`;
  return lang === 'vi'
    ? `So sánh kế hoạch ${side(old)} → ${side(now)}`
    : `Comparing plan ${side(old)} → ${side(now)}`;
}
