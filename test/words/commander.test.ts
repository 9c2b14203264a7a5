import { describe, expect, it } from 'vitest';
import { translateCommanderError } from '../../src/words/commander.js';

describe('translateCommanderError', () => {
  it.each([
    [
      "error: unknown option '--dta'\n(Did you mean --data?)\n",
      "lỗi: không có tùy chọn '--dta'\n(Có phải ý bạn là --data?)\n",
    ],
    [
      "error: unknown command 'chek'\n(Did you mean check?)\n",
      "lỗi: không có lệnh 'chek'\n(Có phải ý bạn là check?)\n",
    ],
    ["error: missing required argument 'plan'\n", 'lỗi: thiếu tham số bắt buộc <kế hoạch>\n'],
    [
      "error: required option '--output <file.xlsx>' not specified\n",
      "lỗi: thiếu tùy chọn bắt buộc '--output <tệp.xlsx>'\n",
    ],
    [
      "error: option '--format <format>' argument 'xml' is invalid. Allowed choices are table, json.\n",
      "lỗi: giá trị 'xml' của tùy chọn '--format <định dạng>' không hợp lệ; các giá trị được phép: table, json.\n",
    ],
    ["error: option '--as-of <date>' argument missing\n", "lỗi: tùy chọn '--as-of <ngày>' cần một giá trị\n"],
    [
      "error: too many arguments for 'diff'. Expected 2 arguments but got 3.\n",
      "lỗi: quá nhiều tham số cho lệnh 'diff': cần 2, nhận 3.\n",
    ],
    ['error: something new in a later commander\n', 'error: something new in a later commander\n'],
  ])('%j', (en, vi) => {
    expect(translateCommanderError(en, 'vi')).toBe(vi);
    expect(translateCommanderError(en, 'en')).toBe(en);
  });
});
