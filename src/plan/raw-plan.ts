/**
 * The plan as written in YAML, once it has passed `schemas/plan.schema.json`: field names as in
 * the file, nothing resolved yet (owners may be missing, deadlines are text, comparators may be
 * "≥"). Semantic checks read this; `normalisePlan` turns it into the shared `Plan`.
 */
import type { ComparatorSpelling } from '../words/plan-spellings.js';

export interface RawPlan {
  schemaVersion: number;
  id: string;
  title: string;
  issuer: { name: string; parent?: string; place?: string; aliases?: string[] };
  document?: { type?: string; number?: string; date?: string };
  basis?: { title: string; number?: string; date?: string; issuer?: string }[];
  revision?: { number: number; date?: string; note?: string; supersedes?: string };
  period: { start: string; end: string };
  reporting: { convention: 'cchc' | 'calendar'; timezone?: string };
  units: { id: string; name: string; shortName?: string; group?: boolean }[];
  reportingUnits?: RawReportingUnits;
  phases: { id: string; name: string; start: string; end: string }[];
  areas?: RawArea[];
  /** Empty in a tasks-only plan (schemaVersion 2): parsePlan fills an absent list with []. */
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
  kind: 'percentage' | 'count' | 'level' | 'rank' | 'score' | 'milestone' | 'qualitative';
  unit?: string;
  computation?: { numerator?: string; denominator?: string; reference?: string };
  method?: 'linear' | 'trend';
  max?: number;
  bands?: { name: string; min: number }[];
  aliases?: string[];
}

export interface RawReportingUnits {
  file?: string;
  groups?: { id: string; name: string }[];
  list?: RawReportingUnit[];
}

export interface RawReportingUnit {
  id: string;
  name: string;
  aliases?: string[];
  group?: string;
}

/** The comparators as they may be written: ASCII, "≥"/"≤", or the Vietnamese words (schemaVersion 2). */
export type RawComparator =
  | '>='
  | '<='
  | '='
  | '>'
  | '<'
  | '≥'
  | '≤'
  | 'between'
  | 'maintain-or-improve'
  | ComparatorSpelling;

export interface RawRelative {
  increase?: number;
  decrease?: number;
  increasePercent?: number;
  decreasePercent?: number;
  betterBy?: number;
}

export interface RawTarget {
  id: string;
  title: string;
  indicator: string;
  comparator?: RawComparator;
  value?: number;
  min?: number;
  max?: number;
  band?: string;
  relative?: RawRelative;
  phase?: string;
  deadline?: string;
  area?: string;
  owner?: string;
  partners?: string[];
  baseline?: { value: number; date: string };
  parent?: string;
  method?: 'linear' | 'trend';
  aspirational?: boolean;
  overUnits?: RawOverUnits;
  source?: string;
  note?: string;
}

export interface RawOverUnits {
  need: string | number;
  group?: string;
  noData: 'exclude' | 'count-against';
  thresholds?: { unit: string; value?: number; min?: number; max?: number; note?: string }[];
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
