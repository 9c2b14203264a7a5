/** Where the schema is read from, relative to the repository root. */
export const SCHEMA_PATH: string;
/** Where the generated validator module is written, relative to the repository root. */
export const OUTPUT_PATH: string;
/** The generated TypeScript module text for a draft-07 schema (pure, deterministic). */
export function planValidatorSource(schema: object): string;
/** The generated module text for schemas/plan.schema.json as it is on disk now. */
export function currentPlanValidatorSource(): string;
