import { Document, parseDocument } from 'yaml';
import { asciiD, communePlanWords, provinceName } from '../words/commune-plan-words.js';

/** The names `cchc init` asks for. */
export interface CommuneNames {
  /** The commune (xã), as written: "Tân Phú". */
  xa: string;
  /** The province (tỉnh), as written: "Đồng Nai". */
  tinh: string;
}

/** "Tân Phú" → "tan-phu": ids and file names in ASCII, as the shipped plans have them. */
export function slug(name: string): string {
  return asciiD(name.normalize('NFD').replace(/\p{M}/gu, ''))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A new commune's plan from the shipped Phú Trung plan: the same units (those every commune has had since
 * 1/7/2025), six areas, two phases, indicators, targets and tasks — which follow the province's and the
 * national plan (QĐ 282/QĐ-TTg) — as a starting point to edit; the commune's own names, id and title. The
 * basis documents are the Đồng Nai province's: they are kept only for a commune of Đồng Nai. Comments of the
 * source (notes on how Phú Trung's text was transcribed) are dropped: they are not true of the new plan.
 */
export function deriveCommunePlan(sourceText: string, names: CommuneNames, schemaRef: string): string {
  const doc = parseDocument(sourceText);
  const raw = doc.toJS() as Record<string, unknown>;
  const parent = provinceName(String((raw.issuer as { parent?: string })?.parent ?? ''));
  const words = communePlanWords(names.xa, names.tinh);
  const sameProvince = slug(names.tinh) === slug(parent);
  const out: Record<string, unknown> = {
    schemaVersion: raw.schemaVersion,
    id: `${slug(names.xa)}-2026-2030`,
    title: words.title,
    issuer: { name: words.issuerName, parent: words.parent, place: names.xa },
    document: { type: words.documentType, number: '/KH-UBND' },
    ...(sameProvince && raw.basis ? { basis: raw.basis } : {}),
    revision: { number: 1 },
  };
  for (const [k, v] of Object.entries(raw)) {
    if (!(k in out) && !['issuer', 'document', 'basis', 'revision'].includes(k)) out[k] = v;
  }
  const body = new Document(out).toString({ lineWidth: 0 });
  const header = [`# yaml-language-server: $schema=${schemaRef}`, '#', ...words.header];
  return `${header.join('\n')}\n${body}`;
}
