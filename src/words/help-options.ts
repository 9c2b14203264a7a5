import type { Msg } from '../model/diagnostic.js';
import { NO_CACHE_HELP } from './cache.js';

/**
 * What each option does, in the words of `--help`, by its long name; the same meaning wherever an option is
 * shared (help-commands.ts holds the few that differ by command). Plain words an official understands: no
 * "atomic", no "stdout". Choices and defaults are not written here: the help renderer adds them from the
 * option itself ("(chọn: …; mặc định: …)"), so they cannot drift from what is accepted.
 */

/** Every file cchc writes is written beside the old one and swapped in only when complete. */
export const SAFE_WRITE: Msg = {
  vi: 'tệp cũ cùng tên chỉ bị thay khi tệp mới đã ghi xong',
  en: 'a file of that name is replaced only once the new one is complete',
};

const safe = (what: Msg): Msg => ({ vi: `${what.vi}; ${SAFE_WRITE.vi}`, en: `${what.en}; ${SAFE_WRITE.en}` });

export const OPTION_HELP: Record<string, Msg> = {
  '--version': { vi: 'in số phiên bản', en: 'print the version number' },
  '--help': { vi: 'hiển thị trợ giúp này', en: 'display this help' },
  '--data': {
    vi: 'tệp hoặc thư mục số liệu CSV, XLSX; chọn một trang tính bằng tệp.xlsx#Tên-trang',
    en: 'data files or folders (CSV, XLSX); one sheet with file.xlsx#Sheet-name',
  },
  '--as-of': {
    vi: 'ngày đánh giá, dạng YYYY-MM-DD (mặc định: hôm nay, giờ Việt Nam)',
    en: 'evaluation date, YYYY-MM-DD (default: today in Viet Nam)',
  },
  '--period': {
    vi: 'kỳ báo cáo, ví dụ "Quý III/2026": đánh giá đến ngày cuối của kỳ',
    en: 'reporting period, e.g. "Q3 2026": evaluated as of its last day',
  },
  '--owner': {
    vi: 'chỉ các chỉ tiêu, nhiệm vụ của đơn vị chủ trì này (mã đơn vị)',
    en: 'only the targets and tasks this unit owns (unit id)',
  },
  '--phase': { vi: 'chỉ giai đoạn này (mã giai đoạn)', en: 'only this phase (phase id)' },
  '--area': { vi: 'chỉ lĩnh vực này (mã lĩnh vực)', en: 'only this area (area id)' },
  '--unit': {
    vi: 'chỉ số liệu của đơn vị báo cáo này (mã hoặc tên như ở cột Đơn vị)',
    en: "only this reporting unit's data (its id, or its name as in the data)",
  },
  '--method': {
    vi: 'cách đánh giá tiến độ khi kế hoạch không ghi: linear = so với lộ trình đều, trend = theo xu hướng các kỳ',
    en: 'how progress is judged where the plan does not say: linear = against a steady path, trend = from the trend of the periods',
  },
  '--tolerance': {
    vi: 'mức chậm cho phép so với lộ trình, theo đơn vị của chỉ tiêu (điểm % với tỷ lệ)',
    en: 'how far below the path still counts as on track, in the target unit (percentage points for rates)',
  },
  '--convention': {
    vi: 'cách tính kỳ báo cáo, thay cho cách ghi trong kế hoạch: cchc = từ ngày 15 tháng trước đến ngày 14, calendar = theo lịch',
    en: "how reporting periods are counted, instead of the plan's: cchc = from the 15th to the 14th, calendar = calendar months",
  },
  '--lang': {
    vi: 'ngôn ngữ: vi = tiếng Việt, en = tiếng Anh; đặt sẵn được bằng biến môi trường CCHC_LANG',
    en: 'language: vi = Vietnamese, en = English; the CCHC_LANG environment variable can preset it',
  },
  '--format': { vi: 'định dạng kết quả', en: 'output format' },
  '--output': safe({
    vi: 'ghi kết quả vào tệp thay vì in ra màn hình',
    en: 'write to a file instead of the screen',
  }),
  '--color': { vi: 'luôn tô màu', en: 'always use colour' },
  '--no-color': { vi: 'không tô màu', en: 'never use colour' },
  '--quiet': { vi: 'chỉ báo lỗi, không báo cảnh báo', en: 'report errors only, no warnings' },
  '--max-warnings': {
    vi: 'trả mã thoát 1 khi có quá n cảnh báo',
    en: 'exit with code 1 when there are more than n warnings',
  },
  '--fail-on': {
    vi: 'trả mã thoát 1 khi có chỉ tiêu từ mức này: missed = không đạt, at-risk = có nguy cơ không đạt hoặc không đạt, never = không bao giờ',
    en: 'exit with code 1 when a target is at this level: missed, at-risk = at risk or missed, never',
  },
  '--place': {
    vi: 'địa danh ở dòng "…, ngày … tháng … năm …" (mặc định: địa danh ghi trong kế hoạch)',
    en: "place name on the date line (default: the plan's place)",
  },
  '--config': {
    vi: 'tệp cấu hình dự án (mặc định: tệp cchc.config.yaml gần nhất)',
    en: 'project config file (default: the nearest cchc.config.yaml)',
  },
  '--no-cache': NO_CACHE_HELP,
  '--no-config': { vi: 'không đọc tệp cấu hình nào', en: 'read no config file' },
  '--print-config': {
    vi: 'in các giá trị lần chạy này sẽ dùng và nơi lấy từng giá trị, rồi dừng',
    en: 'print the values this run would use and where each came from, then stop',
  },
};
