import type { Msg } from '../model/diagnostic.js';

const COLLECTIONS: Record<string, Msg> = {
  units: { vi: 'đơn vị', en: 'unit' },
  phases: { vi: 'giai đoạn', en: 'phase' },
  areas: { vi: 'lĩnh vực', en: 'area' },
  indicators: { vi: 'chỉ số', en: 'indicator' },
  targets: { vi: 'chỉ tiêu', en: 'target' },
  tasks: { vi: 'nhiệm vụ', en: 'task' },
  basis: { vi: 'văn bản căn cứ', en: 'basis document' },
};

/**
 * Name the plan element a JSON pointer is in, as a person would: `chỉ tiêu "hai-long-tthc"`
 * (or `chỉ tiêu thứ 3` when it has no id yet), `mục issuer`, `gốc tệp`. Used inside messages.
 */
export function describePointer(pointer: string, data: unknown): Msg {
  const segs = pointer.split('/').slice(1);
  if (segs.length === 0) return { vi: 'phần gốc của tệp', en: 'the top level of the file' };
  const [top, index] = segs;
  const coll = COLLECTIONS[top!];
  if (coll && index !== undefined && /^\d+$/.test(index)) {
    const item = (data as Record<string, unknown[]> | null)?.[top!]?.[Number(index)] as
      | Record<string, unknown>
      | undefined;
    const id = item?.id ?? item?.code;
    const inner = segs.slice(2).join('.');
    // Name the element by its id, unless the id itself is what is wrong.
    const where: Msg =
      typeof id === 'string' && inner !== 'id' && inner !== 'code'
        ? { vi: `${coll.vi} "${id}"`, en: `${coll.en} "${id}"` }
        : { vi: `${coll.vi} thứ ${Number(index) + 1}`, en: `${coll.en} #${Number(index) + 1}` };
    return inner ? { vi: `${where.vi}, mục ${inner}`, en: `${where.en}, field ${inner}` } : where;
  }
  const path = segs.join('.');
  return { vi: `mục ${path}`, en: `field ${path}` };
}
