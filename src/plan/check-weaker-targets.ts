import type { Diagnostic } from '../model/diagnostic.js';
import { msg } from '../model/diagnostic.js';
import { formatDate } from '../util/date.js';
import { diag, type PlanCheck } from './check-context.js';
import { normaliseComparator } from './normalise-comparator.js';
import type { RawTarget } from './raw-plan.js';
import { targetDeadline } from './resolve-deadline.js';

/** A later target for the same indicator that asks for less than an earlier one is probably a slip. */
export const checkWeakerLaterTargets: PlanCheck = (ctx) => {
  const { raw } = ctx;
  const out: Diagnostic[] = [];
  const dated = raw.targets
    .map((t, i) => ({ t, i, d: targetDeadline(t, raw), cmp: normaliseComparator(t.comparator) }))
    .filter((x) => x.d.ok && x.t.value !== undefined && (x.cmp === '>=' || x.cmp === '<='));
  for (const later of dated) {
    for (const earlier of dated) {
      if (earlier.t.indicator !== later.t.indicator || earlier.cmp !== later.cmp) continue;
      const [de, dl] = [due(earlier.d), due(later.d)];
      if (!(de < dl)) continue;
      const weaker =
        later.cmp === '>=' ? later.t.value! < earlier.t.value! : later.t.value! > earlier.t.value!;
      if (weaker) out.push(weakerDiag(ctx, later.t, later.i, earlier.t, de));
    }
  }
  return out;
};

const due = (d: ReturnType<typeof targetDeadline>) => (d.ok ? d.due : '');

function weakerDiag(
  ctx: Parameters<PlanCheck>[0],
  later: RawTarget,
  i: number,
  earlier: RawTarget,
  earlierDue: string,
) {
  return diag(
    ctx,
    'weaker-later-target',
    'warning',
    `/targets/${i}/value`,
    msg(
      `Chỉ tiêu "${later.id}" (${later.comparator} ${later.value}) thấp hơn chỉ tiêu trước đó "${earlier.id}" (${earlier.comparator} ${earlier.value}, hạn ${formatDate(earlierDue)}) của cùng chỉ số "${later.indicator}".`,
      `Target "${later.id}" (${later.comparator} ${later.value}) asks for less than the earlier target "${earlier.id}" (${earlier.comparator} ${earlier.value}, due ${formatDate(earlierDue)}) for the same indicator "${later.indicator}".`,
    ),
    msg(
      'Nếu đúng là kế hoạch hạ chỉ tiêu thì có thể bỏ qua cảnh báo này; nếu không, hãy sửa giá trị.',
      'If the plan really lowers the target, ignore this warning; otherwise fix the value.',
    ),
  );
}
