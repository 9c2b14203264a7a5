import type { Msg } from '../model/diagnostic.js';
import type { IndicatorKind } from '../model/plan.js';
import { KIND_LABELS } from './labels.js';
import { lowerFirst } from './status.js';

/**
 * Word pieces the plan checks put into their messages (the sentences are the catalog's templates): an
 * indicator kind in running text reads "tỷ lệ (%)" in Vietnamese and the plan's own word in English.
 */
export const kindInText = (kind: IndicatorKind): Msg => ({ vi: lowerFirst(KIND_LABELS[kind].vi), en: kind });

/** One of two fixed words, by a flag the check decided ("tăng"/"up" for a change upwards). */
export const upOrDown = (up: boolean): Msg => (up ? { vi: 'tăng', en: 'up' } : { vi: 'giảm', en: 'down' });

/** What a plan list holds, in running text ("Mã đơn vị …", "Duplicate unit id …"). */
export const ELEMENT_WORDS = {
  units: { vi: 'đơn vị', en: 'unit' },
  phases: { vi: 'giai đoạn', en: 'phase' },
  areas: { vi: 'lĩnh vực', en: 'area' },
  indicators: { vi: 'chỉ số', en: 'indicator' },
  targets: { vi: 'chỉ tiêu', en: 'target' },
  tasks: { vi: 'nhiệm vụ', en: 'task' },
  groups: { vi: 'nhóm', en: 'group' },
  reportingUnits: { vi: 'đơn vị báo cáo', en: 'reporting unit' },
} as const satisfies Record<string, Msg>;

/** The owner of a name, in running text: "cơ quan ban hành" / "the issuer". */
export const ISSUER_WORDS: Msg = { vi: 'cơ quan ban hành', en: 'the issuer' };

/** One element named by its id: "đơn vị báo cáo xa-a" / "reporting unit xa-a". */
export const elementNamed = (kind: keyof typeof ELEMENT_WORDS, id: string): Msg => ({
  vi: `${ELEMENT_WORDS[kind].vi} ${id}`,
  en: `${ELEMENT_WORDS[kind].en} ${id}`,
});

/** A plan file that cannot be read at all (missing, a directory, no permission): what to say and what to do. */
export function planReadWords(
  shown: string,
  errno: string | undefined,
  detail: string,
): { message: Msg; hint: Msg } {
  const why: Record<string, [string, string]> = {
    ENOENT: ['không tồn tại', 'does not exist'],
    EISDIR: ['là một thư mục, không phải tệp', 'is a directory, not a file'],
    EACCES: ['không có quyền đọc', 'cannot be read (permission denied)'],
  };
  const [vi, en] = why[errno ?? ''] ?? ['không đọc được', `cannot be read (${errno ?? detail})`];
  return {
    message: { vi: `Tệp kế hoạch ${shown} ${vi}.`, en: `The plan file ${shown} ${en}.` },
    hint: {
      vi: 'Kiểm tra lại đường dẫn tới tệp YAML của kế hoạch.',
      en: "Check the path to the plan's YAML file.",
    },
  };
}
