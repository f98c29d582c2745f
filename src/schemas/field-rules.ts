import { z } from 'zod';

/**
 * The rules a written value follows, each defined once and used by both ways programs are written:
 * the admin API (typed JSON) and the import (CSV text, or JSON typed or written as in CSV). A rule
 * is a zod schema of the typed value (which also documents it in OpenAPI) and how a CSV cell's text
 * becomes a candidate for it: text that is not of the type stays text and fails the schema.
 */
export interface Rule<T> {
  schema: z.ZodType<T>;
  fromText: (text: string) => unknown;
  /** A list: a CSV cell holds its items `;`-separated. */
  list?: { values: readonly string[] };
}

export type RuleValue<R> = R extends Rule<infer T> ? T : never;

const asText = (text: string) => text;

/** Absent gets "is required"; anything else the rule's own message. */
const requiredOr = (message: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'is required' : message;

// Control characters break PostgreSQL (NUL) or the pages that show the text; a lone surrogate is not text.
const CONTROL = /[\p{Cc}\p{Cs}]/u;
const CONTROL_BUT_NEWLINE_TAB = /[^\P{Cc}\n\t]|\p{Cs}/u;

/** Text on one line: NFC so that "é" is always one character, whitespace runs made one space, trimmed. */
function lineSchema(max: number) {
  return (
    z
      .string({ error: requiredOr('must be text') })
      .overwrite((value) => value.normalize('NFC').replace(/\s+/g, ' ').trim())
      .min(1, 'must not be empty')
      .max(max, `must be at most ${max} characters`)
      // A refinement, not a pattern: JSON Schema tools read \p{…} without the Unicode flag.
      .refine((value) => !CONTROL.test(value), 'must not contain control characters')
  );
}

export const line = (max: number): Rule<string> => ({ schema: lineSchema(max), fromText: asText });

/** Text that may span lines (a description): CRLF and CR become LF, the whole is trimmed. */
export const paragraph = (max: number): Rule<string> => ({
  schema: z
    .string({ error: requiredOr('must be text') })
    .overwrite((value) => value.normalize('NFC').replace(/\r\n?/g, '\n').trim())
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((value) => !CONTROL_BUT_NEWLINE_TAB.test(value), 'must not contain control characters'),
  fromText: asText,
});

export const matching = (max: number, pattern: RegExp, what: string): Rule<string> => ({
  schema: lineSchema(max).regex(pattern, `must be ${what}`),
  fromText: asText,
});

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Only http(s): a `javascript:` URL would run in every page that links to the program. */
export const webUrl: Rule<string> = {
  schema: lineSchema(2000).refine(isWebUrl, 'must be an http:// or https:// URL'),
  fromText: asText,
};

export const cipCode = matching(7, /^\d{2}\.\d{4}$/, 'a CIP code such as 51.0707');
export const email = matching(254, /^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'an email address');
export const phone = matching(40, /^\+?[0-9().\s/-]{7,}((x|ext\.?)\s?\d{1,6})?$/i, 'a phone number');
export const zipCode = matching(5, /^\d{5}$/, 'a 5-digit ZIP code');

/** A whole number: digits only in text (`1e1`, `0x10`, `4,200` and `-1` are refused), or a JSON integer. */
export function integer(min: number, max: number | (() => number)): Rule<number> {
  const upper = () => (typeof max === 'function' ? max() : max);
  const message = () => `must be a whole number from ${min} to ${upper()}`;
  return {
    schema: z
      .int({ error: (issue) => (issue.input === undefined ? 'is required' : message()) })
      .min(min, { error: message })
      .refine((value) => value <= upper(), { error: message }),
    fromText: (text) => (/^\d{1,9}$/.test(text.trim()) ? Number(text.trim()) : text),
  };
}

export const roundTo = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** A decimal number in plain notation (`12.5`, `-82.5064`), or a JSON number; rounded to `digits` when given. */
export function decimal(min: number, max: number, digits?: number): Rule<number> {
  const message = `must be a number from ${min} to ${max}`;
  const schema = z
    .number({ error: requiredOr(message) })
    .min(min, message)
    .max(max, message);
  return {
    // Rounded so that the value survives a round trip through a `real` column and the CSV export.
    schema: digits === undefined ? schema : schema.overwrite((value) => roundTo(value, digits)),
    fromText: (text) => (/^-?\d{1,4}(\.\d{1,12})?$/.test(text.trim()) ? Number(text.trim()) : text),
  };
}

/** A percentage with two decimals. */
export const rate = decimal(0, 100, 2);

export const flag: Rule<boolean> = {
  schema: z.boolean({ error: requiredOr('must be true or false') }),
  fromText: (text) => {
    const value = text.trim().toLowerCase();
    return value === 'true' ? true : value === 'false' ? false : text;
  },
};

const MIN_DATE = '1900-01-01';
const MAX_DATE = '2100-12-31';
const dateMessage = `must be a date written YYYY-MM-DD, from ${MIN_DATE} to ${MAX_DATE}`;

/** A calendar date that exists, written YYYY-MM-DD, within bounds that catch typos. */
export const calendarDate: Rule<string> = {
  schema: z.iso
    .date({ error: requiredOr(dateMessage) })
    .refine((value) => value >= MIN_DATE && value <= MAX_DATE, dateMessage)
    .meta({ example: '2021-06-01' }),
  fromText: (text) => text.trim(),
};

/** One value of a vocabulary; `normalizeText` for CSV cells (state codes are case-insensitive there). */
export function oneOf<const V extends string>(
  values: readonly [V, ...V[]],
  normalizeText: (text: string) => string = (text) => text,
): Rule<V> {
  return {
    schema: z.enum(values, { error: requiredOr(`must be one of: ${values.join(', ')}`) }),
    fromText: (text) => normalizeText(text.trim()),
  };
}

/** Values of a vocabulary: deduplicated and in the vocabulary's order, however they were written. */
export function listOf<const V extends string>(values: readonly [V, ...V[]]): Rule<V[]> {
  return {
    schema: z
      .array(oneOf(values).schema, { error: 'must be an array' })
      .max(values.length * 2, 'has too many items')
      .overwrite((items) => values.filter((value) => items.includes(value))),
    fromText: (text) =>
      text
        .split(';')
        .map((item) => item.trim())
        .filter((item) => item !== ''),
    list: { values },
  };
}
