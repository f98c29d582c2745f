import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
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
 * Response serialization compiled from each route's zod schema: z.toJSONSchema → fast-json-stringify,
 * the serializer Fastify uses for JSON Schema routes. The type provider's own serializer re-validates
 * every answer with zod before JSON.stringify, several times the cost of writing it, for data this
 * service built itself from its own database. Output is the same JSON: the schema's properties in
 * the schema's order, unknown ones left out, as zod's output and JSON.stringify give. A schema that
 * has no JSON Schema form keeps the zod serializer.
 */
export const responseSerializerCompiler: FastifySerializerCompiler<unknown> = (route) => {
  const schema = route.schema as unknown;
  const zodSchema =
    schema instanceof z.ZodType
      ? schema
      : isSchema(schema) && schema.properties instanceof z.ZodType
        ? schema.properties
        : undefined;
  const fallback = () => zodSerializerCompiler(route as Parameters<typeof zodSerializerCompiler>[0]);
  if (!zodSchema) return fallback();
  try {
    const json = z.toJSONSchema(zodSchema, { io: 'output', target: 'draft-07', unrepresentable: 'throw' });
    return fastJson(withNullable(json) as Parameters<typeof fastJson>[0]);
  } catch {
    return fallback();
  }
};
