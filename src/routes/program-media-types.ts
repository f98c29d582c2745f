import type { FastifyRequest } from 'fastify';
import Negotiator from 'negotiator';
import { z } from 'zod';
import { AppError } from '../errors.js';

/** What GET /v1/programs/{id} answers in, the JSON record first (the answer to no Accept or `*\/*`). */
const programMediaTypes = ['application/json', 'application/ld+json'] as const;
export type ProgramMediaType = (typeof programMediaTypes)[number];

/** The media type Accept prefers among those the detail answers in; none of them is a 406 problem. */
export function programMediaType(accept: string | undefined): ProgramMediaType {
  if (accept === undefined) return 'application/json';
  const chosen = new Negotiator({ headers: { accept } }).mediaType([...programMediaTypes]);
  if (chosen === undefined) {
    throw new AppError('not_acceptable', `This program is answered as ${programMediaTypes.join(' or ')}`, [
      { in: 'header', name: 'accept', message: `must allow ${programMediaTypes.join(' or ')}` },
    ]);
  }
  return chosen as ProgramMediaType;
}

/** The program's own URL on this service: the `@id` of its JSON-LD. */
export const programUrl = (request: FastifyRequest, slug: string) =>
  `${request.protocol}://${request.host}/v1/programs/${encodeURIComponent(slug)}`;

/** A schema.org node of one type, described by name; its properties are schema.org's for that type. */
const node = (type: string, description: string) =>
  z.looseObject({ '@type': z.literal(type) }).meta({ description: `${description} (https://schema.org/${type})` });

/** The JSON-LD answer, for the document: schema.org's own terms (services/program-json-ld.ts). */
export const programJsonLdSchema = z
  .object({
    '@context': z.literal('https://schema.org'),
    '@type': z.literal('EducationalOccupationalProgram'),
    '@id': z.string().meta({ description: 'The program on this service' }),
    name: z.string(),
    description: z.string().optional(),
    url: z.string().optional().meta({ description: 'The program’s own page' }),
    identifier: node('PropertyValue', 'The CAHIIM EPC').optional(),
    provider: node('CollegeOrUniversity', 'The institution (campus), with its PostalAddress and GeoCoordinates'),
    educationalProgramMode: z.enum(['onsite', 'online', 'blended']).optional(),
    timeToComplete: z.string().optional().meta({ description: 'ISO 8601 duration', example: 'P24M' }),
    numberOfCredits: z.int().optional(),
    offers: z.array(node('Offer', 'In-state and out-of-state tuition, USD')).optional(),
    educationalCredentialAwarded: node('EducationalOccupationalCredential', 'The degree or certificate'),
    occupationalCategory: z.array(node('CategoryCode', 'An occupation by its SOC 2018 code')).optional(),
    salaryUponCompletion: z
      .array(
        node(
          'MonetaryAmountDistribution',
          'The BLS national median annual wage of each occupation, named with its release',
        ),
      )
      .optional(),
  })
  .meta({
    id: 'ProgramJsonLd',
    description:
      'The program as a schema.org EducationalOccupationalProgram (https://schema.org/EducationalOccupationalProgram), answered to `Accept: application/ld+json`.',
  });
