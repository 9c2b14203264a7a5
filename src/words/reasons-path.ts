import type { Lang, Msg } from '../model/diagnostic.js';
import type { TargetFacts } from '../model/facts.js';
import type { TargetDecision } from '../model/report.js';
import { formatDate } from './date.js';
import { round } from './number.js';
import { both, fmtPeriod, joinMsg } from './reason-kit.js';
import { statusWord } from './status.js';
import { comparatorWords, valueText } from './value.js';

/** The reasons of the progress rules: the linear path, the trend line and the one-figure rule. */

type Facts<R extends TargetFacts['rule']> = Extract<TargetFacts, { rule: R }>;

export function pathReason(e: TargetDecision, f: Facts<'linear' | 'trend'>): Msg {
  const v = (x: number, l: Lang) => valueText(e.kind, e.unit, round(x, 2), l);
  const status = (l: Lang) => statusWord(e.status, l);
  const latest = f.actual;
  const T = f.aim.value;
  const tolNote =
    f.tolerance > 0
      ? both((l) =>
          l === 'vi'
            ? `dung sai ${valueText(e.kind, e.unit, f.tolerance, l).replace('%', ' điểm %')}`
            : `tolerance ${valueText(e.kind, e.unit, f.tolerance, l).replace('%', ' percentage points')}`,
        )
      : undefined;
  if (f.rule === 'trend') {
    const reason = both((l) =>
      l === 'vi'
        ? `xu hướng bình phương tối thiểu qua ${f.points} kỳ (đến ${fmtPeriod(latest.period, l)}, thực tế ${v(latest.value!, l)}) dự báo ${v(f.projection, l)} vào hạn ${formatDate(f.deadline)}, chỉ tiêu ${comparatorWords(f.aim.comparator, l)} ${v(T, l)} → ${status(l)}`
        : `a least-squares trend over ${f.points} figures (to ${fmtPeriod(latest.period, l)}, actual ${v(latest.value!, l)}) projects ${v(f.projection, l)} at the deadline ${formatDate(f.deadline)}, target ${comparatorWords(f.aim.comparator, l)} ${v(T, l)} → ${status(l)}`,
    );
    return joinMsg([reason, tolNote]);
  }
  const fell = f.trendFellBack;
  const fellBack =
    fell &&
    both((l) =>
      l === 'vi'
        ? `phương pháp xu hướng cần ít nhất ${fell.minPoints} kỳ số liệu, dùng lộ trình tuyến tính`
        : `the trend method needs at least ${fell.minPoints} figures; the linear path is used`,
    );
  const b = f.baseline;
  const reason = both((l) => {
    const from =
      b.from === 'plan'
        ? l === 'vi'
          ? `mốc cơ sở ${v(b.value, l)} (${formatDate(b.date)})`
          : `the baseline ${v(b.value, l)} (${formatDate(b.date)})`
        : `${v(b.value, l)} (${formatDate(b.date)})`;
    return l === 'vi'
      ? `kỳ vọng ${v(f.expected, l)} đến ${formatDate(f.at)} theo lộ trình từ ${from} đến ${v(T, l)} (${formatDate(f.deadline)}); thực tế ${v(latest.value!, l)} (${fmtPeriod(latest.period, l)}) → ${status(l)}`
      : `expected ${v(f.expected, l)} by ${formatDate(f.at)} on the path from ${from} to ${v(T, l)} (${formatDate(f.deadline)}); actual ${v(latest.value!, l)} (${fmtPeriod(latest.period, l)}) → ${status(l)}`;
  });
  return joinMsg([fellBack, reason, tolNote]);
}

export function oneFigureReason(e: TargetDecision, f: Facts<'one-figure'>, described: Msg): Msg {
  const pct = Math.round(f.shareLeft * 100);
  const min = f.minShareLeft * 100;
  return both((l) =>
    l === 'vi'
      ? `${described[l]}; chỉ có một kỳ số liệu và không có mốc cơ sở nên chưa đánh giá được tiến độ: so trực tiếp với chỉ tiêu, còn ${pct}% thời gian đến hạn ${formatDate(f.deadline)} (quy tắc: đúng tiến độ khi còn từ ${min}% thời gian trở lên) → ${statusWord(e.status, l)}`
      : `${described[l]}; only one figure and no baseline, so progress cannot be assessed: compared with the target directly, ${pct}% of the time to the deadline ${formatDate(f.deadline)} remains (rule: on track while at least ${min}% remains) → ${statusWord(e.status, l)}`,
  );
}
