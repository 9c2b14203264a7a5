/**
 * Whose data a row is, from its `Đơn vị` cell: the plan's issuer (its name, place or an alias), one of the
 * declared reporting units (id, name or alias), or nobody the plan knows — never silently the plan's own.
 */
import type { Diagnostic, Location } from '../model/diagnostic.js';
import type { Plan } from '../model/plan.js';
import { NameMatcher } from '../util/name-match.js';
import { catalogMessage } from '../words/diagnostics/catalog.js';
import { dataFinding } from './diagnostics.js';

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
    if (w.kind === 'several') {
      const list = w.names.map((n) => `"${n}"`).join(', ');
      return dataFinding('data-ambiguous-reporting-unit', 'several', { text, list }, loc, { text });
    }
    const unit = 'data-unknown-reporting-unit';
    const near = w.near.map((n) => `"${n}"`).join(', ');
    const data = {
      text,
      issuer: this.plan.issuer.name,
      besides: catalogMessage(unit, this.declared ? 'notListed' : 'noneDeclared'),
      near: near ? catalogMessage(unit, 'didYouMean', { near }) : '',
    };
    return dataFinding(unit, 'unknown', data, loc, { text });
  }

  /** What `--unit` may name, for "did you mean": the reporting unit ids, then the issuer's name. */
  candidates(): string[] {
    return [...this.names.entries()].map(([id, name]) => (id === OWN ? name : id)).reverse();
  }
}
