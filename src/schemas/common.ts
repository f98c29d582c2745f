import { parse } from 'fast-querystring';
import { z } from 'zod';

/**
 * Building blocks for query strings. Fastify hands a repeated parameter over as
 * an array and a single one as a string; these schemas accept exactly what the
 * contract allows and name the problem in words a client can act on.
 */

/**
 * The query string as the routes see it: `name[]=v` (the bracket form of axios, qs and PHP clients)
 * is the parameter `name`, given as a list, merged with any `name=v` beside it. A single-valued
 * parameter given that way is then refused as a list, as a repeated one is.
 */
export function parseQueryString(query: string): Record<string, string | string[]> {
  // Without a prototype, as the parser's own answer: a parameter named `__proto__` stays a parameter.
  const result: Record<string, string | string[]> = Object.create(null);
  if (query.length === 0) return result;
  for (const [key, value] of Object.entries(parse(query) as Record<string, string | string[]>)) {
    const bracketed = key.length > 2 && key.endsWith('[]');
    const name = bracketed ? key.slice(0, -2) : key;
    const previous = result[name];
    result[name] = previous === undefined && !bracketed ? value : [previous ?? [], value].flat();
  }
  return result;
}

const onceOnly = (what: string) => (issue: { input?: unknown }) =>
  Array.isArray(issue.input) ? 'must be given only once' : `must be ${what}`;

/** A free-text value: one occurrence, trimmed, within length bounds, no control characters. */
export function textParam(min: number, max: number) {
  const message = `must be ${min} to ${max} characters`;
  return z
    .string({ error: onceOnly(`a text of ${min} to ${max} characters`) })
    .transform((value) => value.trim())
    .pipe(
      z
        .string()
        .min(min, message)
        .max(max, message)
        // NUL and other control characters have no place in a search and break PostgreSQL (22021).
        .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters'),
    );
}

/** A whole number written with digits only: `1e1`, `0x10` and ` 10` are refused, as are out-of-range values. */
export function integerParam(min: number, max: number) {
  const message = `must be an integer from ${min} to ${max}`;
  return (
    z
      .string({ error: onceOnly(`an integer from ${min} to ${max}`) })
      // A refinement, not .regex(): a string pattern would show up in the OpenAPI schema of a number.
      .refine((value) => /^\d{1,9}$/.test(value), message)
      .transform(Number)
      .pipe(z.number().min(min, message).max(max, message))
      .meta({ type: 'integer', minimum: min, maximum: max })
  );
}

/** A number from min to max, decimals allowed (`12.5`), nothing else. */
export function decimalParam(min: number, max: number) {
  const message = `must be a number from ${min} to ${max}`;
  return z
    .string({ error: onceOnly(`a number from ${min} to ${max}`) })
    .refine((value) => /^\d{1,9}(\.\d{1,6})?$/.test(value), message)
    .transform(Number)
    .pipe(z.number().min(min, message).max(max, message))
    .meta({ type: 'number', minimum: min, maximum: max });
}

/** `true` or `false`; checked without an enum so the OpenAPI schema is a plain boolean, not strings typed boolean. */
export const booleanParam = z
  .string({ error: onceOnly('true or false') })
  .refine((value) => value === 'true' || value === 'false', 'must be true or false')
  .transform((value) => value === 'true')
  .meta({ type: 'boolean' });

/**
 * A multi-valued parameter: `a,b`, `a&…&b` and `a[]&…&a[]` mean the same; each value must pass
 * `accepts`, and those that do not are named together.
 */
function listParam(accepts: (item: string) => boolean, expected: string, normalize: (value: string) => string) {
  return z.unknown().transform((input, ctx) => {
    if (typeof input !== 'string' && !(Array.isArray(input) && input.every((item) => typeof item === 'string'))) {
      ctx.addIssue({ code: 'custom', message: 'must be a comma-separated list' });
      return z.NEVER;
    }
    const items = [input]
      .flat()
      .flatMap((part) => part.split(','))
      .map((item) => normalize(item.trim()));
    const refused = items.filter((item) => !accepts(item));
    if (refused.length > 0) {
      const shown = refused.map((item) => (item === '' ? '(empty)' : JSON.stringify(item.slice(0, 40)))).join(', ');
      ctx.addIssue({ code: 'custom', message: `${shown} ${refused.length > 1 ? 'are' : 'is'} not ${expected}` });
      return z.NEVER;
    }
    return [...new Set(items)];
  });
}

/** A multi-valued parameter whose values come from `values`. */
export function multiParam<const V extends string>(
  values: readonly [V, ...V[]],
  normalize: (value: string) => string = (value) => value,
) {
  const allowed = new Set<string>(values);
  return (
    listParam((item) => allowed.has(item), `one of: ${values.join(', ')}`, normalize)
      .transform((items) => items as V[])
      // How a list may be written is said in the document for every multi-valued parameter (plugins/openapi-http.ts).
      .meta({ type: 'array', items: { type: 'string', enum: [...values] } })
  );
}

/** A multi-valued parameter whose values match `pattern` (a shape, not a closed list). */
export function multiPatternParam(pattern: RegExp, what: string, example: string) {
  return listParam(
    (item) => pattern.test(item),
    what,
    (value) => value,
  ).meta({
    type: 'array',
    items: { type: 'string', pattern: pattern.source, example },
  });
}

export const idOrSlugParams = z.strictObject({
  id_or_slug: z
    .string()
    .min(1)
    .max(200)
    // A NUL would reach PostgreSQL and fail there (22021) as a 500.
    .refine((value) => !/\p{Cc}/u.test(value), 'must not contain control characters')
    .meta({
      description: 'The UUID or the slug',
      example: 'pelarro-community-college-health-information-technology-aas-fort-lauderdale-fl',
    }),
});
