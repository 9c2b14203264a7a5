import { describe, expect, it } from 'vitest';
import { INDICATOR_KINDS, PLAN_SCHEMA_VERSIONS } from '../../src/model/plan.js';
import { planSchema } from '../../src/plan/schema-check.js';

type Node = Record<string, unknown>;

/** Every sub-schema with its JSON path, so a failure names the place to fix. */
function walk(node: unknown, at: string, out: [string, Node][] = []): [string, Node][] {
  if (!node || typeof node !== 'object') return out;
  out.push([at, node as Node]);
  for (const [k, v] of Object.entries(node as Node)) {
    if (k === 'enum' || k === 'examples' || k === 'required') continue;
    if (v && typeof v === 'object') walk(v, `${at}/${k}`, out);
  }
  return out;
}

describe('schemas/plan.schema.json', () => {
  const schema = planSchema();
  const nodes = walk(schema, '#');

  it('is draft-07', () => expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#'));
  it('closes every object (additionalProperties: false), so typos are caught', () => {
    const open = nodes
      .filter(([, n]) => n.type === 'object' && n.additionalProperties !== false)
      .map(([p]) => p);
    expect(open).toEqual([]);
  });
  it('describes every property in Vietnamese (editors show it on hover)', () => {
    const props = nodes.flatMap(([p, n]) =>
      n.properties && typeof n.properties === 'object'
        ? Object.entries(n.properties as Record<string, Node>).map(([k, v]) => [`${p}/${k}`, v] as const)
        : [],
    );
    expect(props.length).toBeGreaterThan(60);
    const bare = props
      .filter(([, v]) => typeof v.description !== 'string' || v.description.length < 5)
      .map(([p]) => p);
    expect(bare).toEqual([]);
    // Vietnamese, not English: every description has at least one Vietnamese letter or is an id example.
    const english = props.filter(
      ([, v]) => !/[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i.test(String(v.description)),
    );
    expect(english.map(([p]) => p)).toEqual([]);
  });
  it('agrees with the model on kinds and versions', () => {
    const props = schema.properties as Record<string, Node>;
    const ind = ((props.indicators as Node).items as Node).properties as Record<string, Node>;
    expect(ind.kind!.enum).toEqual([...INDICATOR_KINDS]);
    expect(String(props.schemaVersion!.description)).toContain(PLAN_SCHEMA_VERSIONS.join(', '));
  });
});
