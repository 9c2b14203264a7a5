import type { CatalogEntry } from './entry.js';

/** Data codes: indicator names. */
export const DATA_NAME_CODES = {
  'data-unknown-indicator-name': {
    severity: 'error',
    title: { vi: 'Tên chỉ tiêu không khớp chỉ số nào', en: 'An indicator name that fits no indicator' },
    when: 'a row with a name and no code: no indicator has that name or alias (nearest offered)',
    hint: {
      vi: 'Ghi mã chỉ tiêu vào cột "Mã chỉ tiêu", hoặc thêm tên này vào aliases của chỉ số trong kế hoạch (định dạng phiên bản 2).',
      en: 'Write the indicator code in a "Mã chỉ tiêu" column, or add this name to the indicator\'s aliases in the plan (format version 2).',
    },
    messages: {
      unknown: {
        vi: 'Tên chỉ tiêu "{name}" không khớp tên (hay tên khác, aliases) của chỉ số nào trong kế hoạch; dòng này không được đánh giá.',
        en: 'The indicator name "{name}" matches no name (or alias) of an indicator of the plan; the row is not evaluated.',
      },
      unknownNear: {
        vi: 'Tên chỉ tiêu "{name}" không khớp tên (hay tên khác, aliases) của chỉ số nào trong kế hoạch; dòng này không được đánh giá. Gần nhất: {near}.',
        en: 'The indicator name "{name}" matches no name (or alias) of an indicator of the plan; the row is not evaluated. Nearest: {near}.',
      },
    },
  },
  'data-ambiguous-indicator-name': {
    severity: 'error',
    title: { vi: 'Tên chỉ tiêu khớp nhiều chỉ số', en: 'An indicator name that fits several indicators' },
    when: 'the name (or a lone "Chỉ tiêu" cell) fits two indicators',
    hint: {
      vi: 'Ghi mã chỉ tiêu vào cột "Mã chỉ tiêu"; trong kế hoạch, bỏ tên trùng khỏi aliases.',
      en: 'Write the indicator code in a "Mã chỉ tiêu" column; in the plan, remove the shared name from the aliases.',
    },
    messages: {
      ambiguous: {
        vi: '"{name}" có thể là {list}: không đoán; dòng này không được đánh giá.',
        en: '"{name}" could be {list}: cchc does not guess; the row is not evaluated.',
      },
    },
  },
  'data-indicator-name-mismatch': {
    severity: 'error',
    title: {
      vi: 'Mã và tên chỉ tiêu của hai chỉ số khác nhau',
      en: 'Code and name of two different indicators',
    },
    when: "code and name: the name is another indicator's (naming both)",
    messages: {
      otherName: {
        vi: 'Dòng ghi mã "{code}" ({title}) nhưng tên "{name}" là tên của chỉ số {other}: không biết số liệu là của chỉ số nào; dòng này không được đánh giá.',
        en: 'The row has the code "{code}" ({title}) but its name "{name}" is the name of the indicator {other}: which indicator the figure belongs to is unknown; the row is not evaluated.',
      },
      closerToOther: {
        vi: 'Dòng ghi mã "{code}" ({title}) nhưng tên "{name}" gần với chỉ số {other} hơn: không biết số liệu là của chỉ số nào; dòng này không được đánh giá.',
        en: 'The row has the code "{code}" ({title}) but its name "{name}" is closer to the indicator {other}: which indicator the figure belongs to is unknown; the row is not evaluated.',
      },
      mismatchHint: {
        vi: 'Sửa mã hoặc tên cho khớp nhau (mã "{otherCode}" nếu đây là số liệu của "{otherTitle}").',
        en: 'Make the code and the name agree (code "{otherCode}" if the figure is for "{otherTitle}").',
      },
    },
  },
  'data-confusable-indicator': {
    severity: 'error',
    title: { vi: 'Tên chỉ tiêu thuộc một chỉ số dễ nhầm', en: 'The name belongs to a confusable indicator' },
    when: 'code and name: the name is another member of a confusable family (toàn trình / một phần / nộp trực tuyến; hồ sơ / thủ tục; điểm / tỷ lệ)',
    messages: {
      confusable: {
        vi: 'Dòng ghi mã "{code}" nhưng tên "{name}" nói {written}, còn chỉ số "{code}" ({title}) đo {own}: đây là các chỉ số khác nhau, số liệu này không được đánh giá theo mã.',
        en: 'The row has the code "{code}" but its name "{name}" says {written}, while the indicator "{code}" ({title}) measures {own}: these are different indicators, and the figure is not evaluated under the code.',
      },
      confusableNear: {
        vi: 'Dòng ghi mã "{code}" nhưng tên "{name}" nói {written}, còn chỉ số "{code}" ({title}) đo {own}: đây là các chỉ số khác nhau, số liệu này không được đánh giá theo mã. Tên này gần với chỉ số {other}.',
        en: 'The row has the code "{code}" but its name "{name}" says {written}, while the indicator "{code}" ({title}) measures {own}: these are different indicators, and the figure is not evaluated under the code. The name is closer to the indicator {other}.',
      },
      confusableHint: {
        vi: 'Nếu số liệu đúng là của "{title}", sửa tên trên dòng; nếu là số liệu khác (ví dụ tỷ lệ hồ sơ nộp trực tuyến thay cho tỷ lệ thủ tục toàn trình), lấy đúng số liệu của chỉ tiêu này hoặc bỏ dòng.',
        en: 'If the figure really is "{title}", correct the name on the row; if it is another figure (e.g. the rate of dossiers submitted online instead of the rate of procedures fully online), report this indicator\'s own figure or remove the row.',
      },
    },
  },
  'data-indicator-name-unmatched': {
    severity: 'warning',
    title: {
      vi: 'Tên chỉ tiêu không khớp chỉ số của mã',
      en: 'The name fits no indicator; read under the code',
    },
    when: 'code and name: the name fits no indicator; read under the code',
    hint: {
      vi: 'Kiểm tra mã và tên; nếu đúng, thêm tên này vào aliases của chỉ số trong kế hoạch để không còn cảnh báo.',
      en: "Check the code and the name; if both are right, add this name to the indicator's aliases in the plan to silence this warning.",
    },
    messages: {
      unmatched: {
        vi: 'Tên "{name}" không khớp tên chỉ số "{code}" ({title}) hay chỉ số nào khác: số liệu được đọc theo mã "{code}".',
        en: 'The name "{name}" matches neither the indicator "{code}" ({title}) nor any other: the figure is read under the code "{code}".',
      },
    },
  },
} as const satisfies Record<string, CatalogEntry>;
