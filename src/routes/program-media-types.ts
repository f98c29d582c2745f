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

/** The JSON-LD answer, for the document: schema.org's own terms (services/program-json-ld.ts). */
export const programJsonLdSchema = z
  .looseObject({
    '@context': z.literal('https://schema.org'),
    '@type': z.literal('EducationalOccupationalProgram'),
    '@id': z.string(),
    name: z.string(),
    provider: z.looseObject({ '@type': z.literal('CollegeOrUniversity'), name: z.string() }),
    educationalCredentialAwarded: z.looseObject({ '@type': z.literal('EducationalOccupationalCredential') }),
  })
  .meta({
    id: 'ProgramJsonLd',
    description:
      'The program as a schema.org EducationalOccupationalProgram (https://schema.org/EducationalOccupationalProgram): provider (CollegeOrUniversity with PostalAddress and GeoCoordinates), educationalProgramMode (onsite, online, blended), timeToComplete (ISO 8601 duration), numberOfCredits, offers (tuition), educationalCredentialAwarded, occupationalCategory (SOC 2018 CategoryCodes) and salaryUponCompletion (the BLS national median of each occupation, named with its release).',
  });
