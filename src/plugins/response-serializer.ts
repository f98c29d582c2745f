import type { FastifySerializerCompiler } from 'fastify';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { compileSerializer } from '../schemas/compile-serializer.js';

/**
 * Response serialization compiled from each route's zod schema (schemas/compile-serializer.ts). The
 * type provider's own serializer re-validates every answer with zod before JSON.stringify, several
 * times the cost of writing it, for data this service built itself from its own database. A schema
 * that has no JSON Schema form keeps the zod serializer.
 */
export const responseSerializerCompiler: FastifySerializerCompiler<unknown> = (route) => {
  const schema = route.schema as unknown;
  const zodSchema =
    schema instanceof z.ZodType
      ? schema
      : typeof schema === 'object' &&
          schema !== null &&
          (schema as { properties?: unknown }).properties instanceof z.ZodType
        ? (schema as { properties: z.ZodType }).properties
        : undefined;
  const fallback = () => zodSerializerCompiler(route as Parameters<typeof zodSerializerCompiler>[0]);
  if (!zodSchema) return fallback();
  try {
    return compileSerializer(zodSchema);
  } catch {
    return fallback();
  }
};
