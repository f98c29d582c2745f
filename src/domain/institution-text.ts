import { usStates } from './vocabularies.js';

/**
 * What programs are searched by for their institution: its name, campus, city, state code and
 * state name (so "texas" finds programs in TX). Stored on each program as institution_text.
 */
export const institutionText = (institution: { name: string; campus: string | null; city: string; state: string }) =>
  [
    institution.name,
    institution.campus,
    institution.city,
    institution.state,
    usStates[institution.state as keyof typeof usStates],
  ]
    .filter(Boolean)
    .join(' ');
