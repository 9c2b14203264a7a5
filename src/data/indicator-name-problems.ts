/** Diagnostics about indicator names in data rows (docs/data.md, "Indicator names"). */
import type { Diagnostic, Location } from '../model/diagnostic.js';
import { msg } from '../model/diagnostic.js';
import type { Indicator } from '../model/plan.js';
import { dataDiag } from './diagnostics.js';
import type { FamilyClash } from './indicator-name.js';

/** `"code" (name)`: how an indicator is named in these messages. */
const shown = (i: Indicator) => `"${i.code}" (${i.name})`;
const list = (inds: readonly Indicator[]) => inds.map(shown).join('; ');

const ADD_ALIAS = msg(
  'Ghi mã chỉ tiêu vào cột "Mã chỉ tiêu", hoặc thêm tên này vào aliases của chỉ số trong kế hoạch (định dạng phiên bản 2).',
  'Write the indicator code in a "Mã chỉ tiêu" column, or add this name to the indicator\'s aliases in the plan (format version 2).',
);

/** A row with a name and no code: no indicator of the plan is written so. */
export function unknownNameDiag(name: string, near: readonly Indicator[], loc: Location): Diagnostic {
  return dataDiag(
    'data-unknown-indicator-name',
    'error',
    loc,
    msg(
      `Tên chỉ tiêu "${name}" không khớp tên (hay tên khác, aliases) của chỉ số nào trong kế hoạch; dòng này không được đánh giá.${near.length ? ` Gần nhất: ${list(near)}.` : ''}`,
      `The indicator name "${name}" matches no name (or alias) of an indicator of the plan; the row is not evaluated.${near.length ? ` Nearest: ${list(near)}.` : ''}`,
    ),
    { text: name, hint: ADD_ALIAS },
  );
}

/** A name (or a "Chỉ tiêu" cell) that stands for several indicators. */
export function ambiguousNameDiag(name: string, inds: readonly Indicator[], loc: Location): Diagnostic {
  return dataDiag(
    'data-ambiguous-indicator-name',
    'error',
    loc,
    msg(
      `"${name}" có thể là ${list(inds)}: không đoán; dòng này không được đánh giá.`,
      `"${name}" could be ${list(inds)}: cchc does not guess; the row is not evaluated.`,
    ),
    {
      text: name,
      hint: msg(
        'Ghi mã chỉ tiêu vào cột "Mã chỉ tiêu"; trong kế hoạch, bỏ tên trùng khỏi aliases.',
        'Write the indicator code in a "Mã chỉ tiêu" column; in the plan, remove the shared name from the aliases.',
      ),
    },
  );
}

/** Code and name of different indicators. */
export function nameMismatchDiag(
  ind: Indicator,
  name: string,
  other: Indicator,
  exact: boolean,
  loc: Location,
): Diagnostic {
  const how = exact
    ? msg(`là tên của chỉ số ${shown(other)}`, `is the name of the indicator ${shown(other)}`)
    : msg(`gần với chỉ số ${shown(other)} hơn`, `is closer to the indicator ${shown(other)}`);
  return dataDiag(
    'data-indicator-name-mismatch',
    'error',
    loc,
    msg(
      `Dòng ghi mã "${ind.code}" (${ind.name}) nhưng tên "${name}" ${how.vi}: không biết số liệu là của chỉ số nào; dòng này không được đánh giá.`,
      `The row has the code "${ind.code}" (${ind.name}) but its name "${name}" ${how.en}: which indicator the figure belongs to is unknown; the row is not evaluated.`,
    ),
    {
      text: name,
      hint: msg(
        `Sửa mã hoặc tên cho khớp nhau (mã "${other.code}" nếu đây là số liệu của "${other.name}").`,
        `Make the code and the name agree (code "${other.code}" if the figure is for "${other.name}").`,
      ),
    },
  );
}

/** The name belongs to another member of a confusable family than the coded indicator. */
export function confusableDiag(
  ind: Indicator,
  name: string,
  clashes: readonly FamilyClash[],
  other: Indicator | undefined,
  loc: Location,
): Diagnostic {
  const words = (side: 'written' | 'own', lang: 'vi' | 'en') =>
    clashes
      .map((c) => c[side].map((m) => `"${m.label[lang]}"`).join('/'))
      .join(lang === 'vi' ? ' và ' : ' and ');
  const also = other
    ? msg(` Tên này gần với chỉ số ${shown(other)}.`, ` The name is closer to the indicator ${shown(other)}.`)
    : msg('', '');
  return dataDiag(
    'data-confusable-indicator',
    'error',
    loc,
    msg(
      `Dòng ghi mã "${ind.code}" nhưng tên "${name}" nói ${words('written', 'vi')}, còn chỉ số "${ind.code}" (${ind.name}) đo ${words('own', 'vi')}: đây là các chỉ số khác nhau, số liệu này không được đánh giá theo mã.${also.vi}`,
      `The row has the code "${ind.code}" but its name "${name}" says ${words('written', 'en')}, while the indicator "${ind.code}" (${ind.name}) measures ${words('own', 'en')}: these are different indicators, and the figure is not evaluated under the code.${also.en}`,
    ),
    {
      text: name,
      hint: msg(
        `Nếu số liệu đúng là của "${ind.name}", sửa tên trên dòng; nếu là số liệu khác (ví dụ tỷ lệ hồ sơ nộp trực tuyến thay cho tỷ lệ thủ tục toàn trình), lấy đúng số liệu của chỉ tiêu này hoặc bỏ dòng.`,
        `If the figure really is "${ind.name}", correct the name on the row; if it is another figure (e.g. the rate of dossiers submitted online instead of the rate of procedures fully online), report this indicator's own figure or remove the row.`,
      ),
    },
  );
}

/** Code and a name that fits no indicator: read under the code, with a warning. */
export function nameUnmatchedDiag(ind: Indicator, name: string, loc: Location): Diagnostic {
  return dataDiag(
    'data-indicator-name-unmatched',
    'warning',
    loc,
    msg(
      `Tên "${name}" không khớp tên chỉ số "${ind.code}" (${ind.name}) hay chỉ số nào khác: số liệu được đọc theo mã "${ind.code}".`,
      `The name "${name}" matches neither the indicator "${ind.code}" (${ind.name}) nor any other: the figure is read under the code "${ind.code}".`,
    ),
    {
      text: name,
      hint: msg(
        'Kiểm tra mã và tên; nếu đúng, thêm tên này vào aliases của chỉ số trong kế hoạch để không còn cảnh báo.',
        "Check the code and the name; if both are right, add this name to the indicator's aliases in the plan to silence this warning.",
      ),
    },
  );
}
