/**
 * What people type into the finder: subjects, credentials, places and school names, some misspelt.
 * Built from fixed word lists and from names found in the loaded data, so every run of a data set
 * asks the same questions; at least 200 distinct ones, so a search benchmark measures searching.
 */

const subjects = [
  'health information management',
  'health informatics',
  'health information technology',
  'health information',
  'informatics',
  'medical coding',
  'coding',
  'medical records',
  'clinical documentation',
  'health data analytics',
  'healthcare analytics',
  'digital health',
  'public health informatics',
  'nursing informatics',
  'clinical informatics',
  'revenue cycle',
  'cancer registry',
  'electronic health records',
  'health data science',
  'privacy and security',
];

const typos = [
  'helth informatcs',
  'informatcs',
  'helth',
  'medcal coding',
  'infomatics',
  'health informaton management',
  'helth information technolgy',
  'codng',
  'analytcs',
  'managment',
  'digtal health',
  'recods',
];

const credentials = ['associate', 'bachelor', 'master', 'certificate', 'AAS', 'BS', 'MS', 'RHIT', 'RHIA', 'degree'];
const modes = ['online', 'hybrid', 'evening', 'campus', 'distance'];

/** Distinct queries, deterministic, in a mixed order (not all of one kind in a row). */
export function searchQueries(found: { institutions: string[]; cities: string[] }, atLeast = 240): string[] {
  const queries = new Set<string>();
  const add = (query: string) => queries.add(query.trim().toLowerCase().replace(/\s+/g, ' '));
  subjects.forEach(add);
  typos.forEach(add);
  subjects.forEach((subject, i) => {
    add(`${subject} ${modes[i % modes.length]}`);
    add(`${credentials[i % credentials.length]} ${subject}`);
  });
  found.cities.forEach((city, i) => {
    add(`${subjects[i % subjects.length]} ${city}`);
    add(`${typos[i % typos.length]} ${city}`);
  });
  found.institutions.forEach((institution, i) => {
    add(institution);
    add(`${institution.split(' ')[0]} ${subjects[(i * 7) % subjects.length]}`);
  });
  let i = 0;
  while (queries.size < atLeast && i < 10_000) {
    add(
      `${subjects[i % subjects.length]} ${credentials[(i * 3) % credentials.length]} ${modes[(i * 5) % modes.length]}`,
    );
    i += 1;
  }
  // Interleave: a stride that is coprime with the length visits every query once.
  const all = [...queries];
  const stride = [7, 11, 13, 17, 19].find((step) => all.length % step !== 0) ?? 1;
  return all.map((_, index) => all[(index * stride) % all.length] as string);
}

/** Type-ahead prefixes, as a visitor's first few keystrokes. */
export function suggestPrefixes(found: { institutions: string[]; cities: string[] }): string[] {
  const words = [...subjects, ...typos.slice(0, 4), ...found.cities.slice(0, 40), ...found.institutions.slice(0, 40)];
  const prefixes = new Set<string>();
  for (const word of words) {
    const text = word.toLowerCase();
    for (const length of [2, 3, 4, 6, 9]) if (text.length >= length) prefixes.add(text.slice(0, length).trim());
  }
  return [...prefixes].filter((prefix) => prefix.length >= 2);
}
