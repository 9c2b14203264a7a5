/**
 * Whose data a row is, from its `Đơn vị` cell: the plan's issuer (its name, place or an alias), one of the
 * declared reporting units (id, name or alias), or nobody the plan knows — never silently the plan's own.
 */
import type { Diagnostic, Location } from '../model/diagnostic.js';
import { msg } from '../model/diagnostic.js';
import type { Plan } from '../model/plan.js';
import { NameMatcher } from '../util/name-match.js';
import { dataDiag } from './diagnostics.js';

/** The issuer's own rows. */
const OWN = '\u0000own';

export type Whose =
  /** `unit` is undefined for a plan without reporting units (the data are the issuer's own, as with no unit column). */
  | { kind: 'ok'; unit: string | undefined }
  | { kind: 'unknown'; near: string[] }
  | { kind: 'several'; names: string[] };

export class WhoseData {
  private readonly matcher: NameMatcher<string>;
  private readonly names = new Map<string, string>();
  /** With reporting units the issuer's own rows are a unit of their own, under the issuer's name. */
  private readonly ownUnit: string | undefined;

  constructor(private readonly plan: Plan) {
    const { issuer, reportingUnits } = plan;
    this.ownUnit = reportingUnits ? issuer.name : undefined;
    const own = [
      issuer.name,
      ...(issuer.place !== undefined ? [issuer.place] : []),
      ...(issuer.aliases ?? []),
    ];
    this.names.set(OWN, issuer.name);
    const entries = [{ value: OWN, names: own }];
    for (const u of reportingUnits?.list ?? []) {
      entries.push({ value: u.id, names: [u.name, u.id, ...(u.aliases ?? [])] });
      this.names.set(u.id, u.name);
    }
    this.matcher = new NameMatcher(entries);
  }

  /** True when the plan declares who reports (a province plan, or a units file). */
  get declared(): boolean {
    return this.plan.reportingUnits !== undefined;
  }

  of(text: string): Whose {
    const m = this.matcher.match(text);
    if (m.kind === 'one') return { kind: 'ok', unit: m.value === OWN ? this.ownUnit : m.value };
    if (m.kind === 'several') return { kind: 'several', names: m.values.map((v) => this.names.get(v)!) };
    return { kind: 'unknown', near: m.near };
  }

  /** The error for a row whose unit is not the plan's. */
  problem(text: string, w: Exclude<Whose, { kind: 'ok' }>, loc: Location): Diagnostic {
    const issuer = this.plan.issuer.name;
    if (w.kind === 'several') {
      const list = w.names.map((n) => `"${n}"`).join(', ');
      return dataDiag(
        'data-ambiguous-reporting-unit',
        'error',
        loc,
        msg(
          `Đơn vị "${text}" có thể là ${list}: không đoán; các dòng này chưa được đánh giá.`,
          `The unit "${text}" could be ${list}: cchc does not guess; these rows are not evaluated.`,
        ),
        {
          text,
          hint: msg(
            'Ghi đủ tên đơn vị (kèm "Xã", "Phường") hoặc mã đơn vị báo cáo.',
            'Write the full unit name (with "Xã", "Phường") or the reporting unit id.',
          ),
        },
      );
    }
    const near = w.near.length ? w.near.map((n) => `"${n}"`).join(', ') : '';
    const declared = this.declared;
    return dataDiag(
      'data-unknown-reporting-unit',
      'error',
      loc,
      msg(
        `Dòng số liệu của đơn vị "${text}": không phải cơ quan ban hành kế hoạch (${issuer})${declared ? ' và không có trong danh sách đơn vị báo cáo (reportingUnits)' : ', và kế hoạch không khai báo đơn vị báo cáo nào khác (reportingUnits)'}; số liệu này không được đánh giá như của kế hoạch.${near ? ` Có phải ý bạn là ${near}?` : ''}`,
        `A data row of the unit "${text}": not the plan's issuer (${issuer})${declared ? ' and not in its reporting units (reportingUnits)' : ', and the plan declares no other reporting units (reportingUnits)'}; it is not evaluated as the plan's own.${near ? ` Did you mean ${near}?` : ''}`,
      ),
      {
        text,
        hint: msg(
          'Nếu đây là số liệu của chính cơ quan ban hành, thêm cách ghi này vào issuer.aliases của kế hoạch; nếu là của đơn vị khác, khai báo ở reportingUnits (list hoặc file); nếu nhầm tệp, bỏ các dòng này.',
          "If these are the issuer's own data, add this spelling to the plan's issuer.aliases; if they belong to another unit, declare it under reportingUnits (list or file); if the file is the wrong one, remove these rows.",
        ),
      },
    );
  }

  /** What `--unit` may name, for "did you mean": the reporting unit ids, then the issuer's name. */
  candidates(): string[] {
    return [...this.names.entries()].map(([id, name]) => (id === OWN ? name : id)).reverse();
  }
}
