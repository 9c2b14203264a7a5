/**
 * The plan as written in YAML, once it has passed `schemas/plan.schema.json`: field names as in
 * the file, nothing resolved yet (owners may be missing, deadlines are text, comparators may be
 * "≥"). Semantic checks read this; `normalisePlan` turns it into the shared `Plan`.
 */
export interface RawPlan {
  schemaVersion: number;
  id: string;
  title: string;
  issuer: { name: string; parent?: string; place?: string };
  document?: { type?: string; number?: string; date?: string };
  basis?: { title: string; number?: string; date?: string; issuer?: string }[];
  revision?: { number: number; date?: string; note?: string; supersedes?: string };
  period: { start: string; end: string };
  reporting: { convention: 'cchc' | 'calendar'; timezone?: string };
  units: { id: string; name: string; shortName?: string; group?: boolean }[];
  phases: { id: string; name: string; start: string; end: string }[];
  areas?: RawArea[];
  indicators: RawIndicator[];
  targets: RawTarget[];
  tasks?: RawTask[];
}

export interface RawArea {
  id: string;
  code?: string;
  name: string;
  lead: string;
  partners?: string[];
  timing?: string;
  source?: string;
}

export interface RawIndicator {
  code: string;
  name: string;
  kind: 'percentage' | 'count' | 'level' | 'rank' | 'milestone' | 'qualitative';
  unit?: string;
  computation?: { numerator?: string; denominator?: string; reference?: string };
  method?: 'linear' | 'trend';
}

export interface RawTarget {
  id: string;
  title: string;
  indicator: string;
  comparator?: '>=' | '<=' | '=' | '≥' | '≤' | 'maintain-or-improve';
  value?: number;
  phase?: string;
  deadline?: string;
  area?: string;
  owner?: string;
  partners?: string[];
  baseline?: { value: number; date: string };
  parent?: string;
  method?: 'linear' | 'trend';
  source?: string;
  note?: string;
}

export interface RawTask {
  id: string;
  content: string;
  area?: string;
  owner?: string;
  partners?: string[];
  product?: string;
  deadline?: string;
  source?: string;
}
