import fastJson from 'fast-json-stringify';
import { z } from 'zod';

type JsonSchema = { [keyword: string]: unknown };

const isSchema = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * zod writes `.nullable()` as `anyOf: [X, { type: 'null' }]`; fast-json-stringify serializes an anyOf by
 * validating each branch at run time, and a plain X with `nullable: true` by a type check.
 */
function withNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withNullable);
  if (!isSchema(node)) return node;
  const out: JsonSchema = {};
  for (const [keyword, value] of Object.entries(node)) out[keyword] = withNullable(value);
  const branches = out.anyOf;
  if (Array.isArray(branches) && branches.length === 2) {
    const nullIndex = branches.findIndex(
      (branch) => isSchema(branch) && branch.type === 'null' && Object.keys(branch).length === 1,
    );
    const other: unknown = branches[1 - nullIndex];
    if (nullIndex !== -1 && isSchema(other) && typeof other.type === 'string' && !other.anyOf && !other.$ref) {
      const { anyOf: _, ...rest } = out;
      return { ...rest, ...other, nullable: true };
    }
  }
  return out;
}

/**
 * A JSON writer compiled from a zod schema: z.toJSONSchema → fast-json-stringify. The output is the
 * JSON that zod's output and JSON.stringify give (the schema's properties in the schema's order,
 * unknown ones left out) without re-validating data the service built itself. Throws when the
 * schema has no JSON Schema form.
 */
export function compileSerializer<T>(schema: z.ZodType<T>): (value: T) => string {
  const json = z.toJSONSchema(schema, { io: 'output', target: 'draft-07', unrepresentable: 'throw' });
  return fastJson(withNullable(json) as Parameters<typeof fastJson>[0]) as (value: T) => string;
}
