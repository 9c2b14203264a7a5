import type { Msg } from '../model/diagnostic.js';

/** `--no-cache` in the help of the commands that read a plan (docs/check.md#start-up-time). */
export const NO_CACHE_HELP: Msg = {
  vi: 'không dùng bộ nhớ đệm kế hoạch đã kiểm tra (cũng CCHC_NO_CACHE=1)',
  en: 'do not use the cache of checked plans (also CCHC_NO_CACHE=1)',
};
