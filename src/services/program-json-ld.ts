import type {
  CategoryCode,
  CollegeOrUniversity,
  EducationalOccupationalCredential,
  EducationalOccupationalProgram,
  MonetaryAmountDistribution,
  Offer,
  WithContext,
} from 'schema-dts';
import { degreeLevels } from '../domain/vocabularies.js';
import type { Program } from '../schemas/program.js';

/**
 * A program as schema.org describes one (https://schema.org/EducationalOccupationalProgram), for
 * search engines and sites that read structured data: what `GET /v1/programs/{id}` answers to
 * `Accept: application/ld+json`, and what the finder's detail page embeds. Typed by schema-dts, so a
 * property schema.org does not define for the type fails the build.
 */
export type ProgramJsonLd = WithContext<EducationalOccupationalProgram>;

const modes: Record<NonNullable<Program['delivery_mode']>, string> = {
  campus: 'onsite',
  online: 'online',
  hybrid: 'blended',
};

const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

function provider(institution: Program['institution']): CollegeOrUniversity {
  return {
    '@type': 'CollegeOrUniversity',
    name: institution.campus ? `${institution.name}, ${institution.campus}` : institution.name,
    ...(institution.website ? { url: institution.website } : {}),
    address: {
      '@type': 'PostalAddress',
      addressLocality: institution.city,
      addressRegion: institution.state,
      ...(institution.zip ? { postalCode: institution.zip } : {}),
      addressCountry: 'US',
    },
    ...(institution.location
      ? {
          geo: {
            '@type': 'GeoCoordinates',
            latitude: institution.location.lat,
            longitude: institution.location.lon,
          },
        }
      : {}),
  };
}

function tuitionOffers(tuition: Program['tuition']): Offer[] {
  const offers: [string, number | null][] = [
    ['In-state tuition', tuition.in_state_usd],
    ['Out-of-state tuition', tuition.out_of_state_usd],
  ];
  return offers.flatMap(([category, price]) =>
    price === null ? [] : [{ '@type': 'Offer', category, price, priceCurrency: 'USD' } satisfies Offer],
  );
}

function credential(program: Program): EducationalOccupationalCredential {
  const level = degreeLevels.terms.find((term) => term.value === program.degree_level);
  return {
    '@type': 'EducationalOccupationalCredential',
    credentialCategory: program.degree_level === 'certificate' ? 'certificate' : 'degree',
    name: program.credential ?? level?.label ?? program.degree_level,
  };
}

/** An occupation by its SOC 2018 code. */
const occupation = (career: Program['careers'][number]): CategoryCode => ({
  '@type': 'CategoryCode',
  codeValue: career.soc_code,
  name: career.title,
  inCodeSet: 'https://www.bls.gov/soc/2018/',
});

/** The BLS national median of each occupation, named with its occupation and release. */
function salaries(careers: Program['careers']): MonetaryAmountDistribution[] {
  return careers.flatMap((career) =>
    career.median_annual_wage_usd === null
      ? []
      : [
          {
            '@type': 'MonetaryAmountDistribution',
            name: `${career.title}: national median annual wage (BLS${career.wage_reference ? `, ${career.wage_reference}` : ''})`,
            currency: 'USD',
            duration: 'P1Y',
            median: career.median_annual_wage_usd,
            ...(career.wage_source_url ? { url: career.wage_source_url } : {}),
          } satisfies MonetaryAmountDistribution,
        ],
  );
}

export function programJsonLd(program: Program, url: string): ProgramJsonLd {
  const offers = tuitionOffers(program.tuition);
  const careers = program.careers;
  return {
    '@context': 'https://schema.org',
    '@type': 'EducationalOccupationalProgram',
    '@id': url,
    name: program.name,
    ...(program.description ? { description: program.description } : {}),
    ...(program.urls.program ? { url: program.urls.program } : {}),
    ...(program.cahiim_epc
      ? { identifier: { '@type': 'PropertyValue', propertyID: 'CAHIIM EPC', value: program.cahiim_epc } }
      : {}),
    provider: provider(program.institution),
    ...(program.delivery_mode ? { educationalProgramMode: modes[program.delivery_mode] } : {}),
    ...(present(program.duration_months) ? { timeToComplete: `P${program.duration_months}M` } : {}),
    ...(present(program.credit_hours) ? { numberOfCredits: program.credit_hours } : {}),
    ...(offers.length > 0 ? { offers } : {}),
    educationalCredentialAwarded: credential(program),
    ...(careers.length > 0
      ? { occupationalCategory: careers.map(occupation), salaryUponCompletion: salaries(careers) }
      : {}),
  };
}
