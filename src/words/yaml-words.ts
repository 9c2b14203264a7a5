import type { Msg } from '../model/diagnostic.js';

/** The parser's complaints in words a commune officer can act on; others keep the parser's text. */
const SYNTAX_VI: Record<string, string> = {
  BAD_INDENT: 'thụt lề không đúng, hoặc thiếu dấu ngoặc đóng',
  MISSING_CHAR: 'thiếu một ký tự đóng (dấu nháy, ngoặc vuông hoặc ngoặc nhọn)',
  TAB_AS_INDENT: 'dùng phím Tab để thụt lề; YAML chỉ nhận dấu cách',
  MULTIPLE_DOCS: 'tệp có nhiều tài liệu (dòng "---"); một tệp chỉ chứa một kế hoạch',
  MULTILINE_IMPLICIT_KEY: 'một khóa bị ngắt sang nhiều dòng, thường do thiếu dấu hai chấm hoặc thụt lề sai',
  BLOCK_AS_IMPLICIT_KEY: 'thụt lề sai làm một khối bị hiểu thành khóa',
  UNEXPECTED_TOKEN: 'có ký tự không mong đợi',
  BAD_DQ_ESCAPE: 'chuỗi trong dấu nháy kép có ký tự thoát (\\) không hợp lệ',
  BAD_SCALAR_START: 'giá trị bắt đầu bằng ký tự đặc biệt; hãy đặt nó trong dấu nháy',
  BAD_ALIAS: 'bí danh (*…) không tồn tại',
};

/** Why the YAML parser stopped, for the yaml-syntax message: Vietnamese words for its codes, its own English. */
export function yamlSyntaxReason(code: string, parserText: string): Msg {
  return { vi: SYNTAX_VI[code] ?? `lỗi cú pháp (${parserText})`, en: parserText };
}
