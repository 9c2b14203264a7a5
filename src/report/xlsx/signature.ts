import type { Worksheet } from 'exceljs';
import type { Lang } from '../../model/diagnostic.js';
import { APPENDIX_WORDS } from '../../words/appendix.js';
import { setText } from './cell-text.js';
import type { CoverReport } from './report-head.js';
import { font } from './styles.js';

/**
 * The signer's block at the right under a table, as NĐ 30 places it: the title in bold upper case (lines split
 * at "/": "KT. CHỦ TỊCH/PHÓ CHỦ TỊCH"), room to sign, the name in bold. Written only when the officer gave a
 * title or a name (`--signer-title`, `--signer-name`): an appendix is usually signed on the cover report.
 * Returns the last row used.
 */
export function writeSignature(
  ws: Worksheet,
  row: number,
  cols: number,
  cover: CoverReport,
  lang: Lang,
): number {
  if (!cover.signerTitle && !cover.signerName) return row - 1;
  const from = Math.max(2, cols - Math.ceil(cols / 3) + 1);
  const line = (r: number, text: string, extra: object, height = 18) => {
    if (cols > from) ws.mergeCells(r, from, r, cols);
    const cell = ws.getCell(r, from);
    setText(cell, text);
    cell.font = font(13, extra);
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    ws.getRow(r).height = height;
  };
  let r = row + 1;
  ws.getRow(row).height = 12;
  const title = (cover.signerTitle ?? APPENDIX_WORDS.signedBy[lang])
    .split('/')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const t of title) line(r++, t.toLocaleUpperCase('vi'), { bold: true });
  line(r++, APPENDIX_WORDS.sign[lang], { italic: true }, 16);
  ws.getRow(r++).height = 60;
  if (cover.signerName) line(r++, cover.signerName, { bold: true });
  return r - 1;
}
