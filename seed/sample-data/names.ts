import type { DegreeLevel, Kind, Weights } from './vocabulary-types.js';

/** The pieces invented names are made of: institutions, campuses, contacts and EPCs. */

export const KIND_SUFFIX: Record<Kind, string> = {
  community_college: 'Community College',
  technical_college: 'Technical College',
  college: 'College',
  university: 'University',
  state_university: 'State University',
  health_institute: 'Institute of Health Sciences',
};

/**
 * Syllables chosen so that their combinations read as made-up words ("Varnello", "Quessing")
 * rather than English place names, which is where real college names come from.
 */
// biome-ignore format: a table reads better packed in rows
export const NAME_HEADS = [
  'Var', 'Ques', 'Tol', 'Bren', 'Cal', 'Dor', 'Elm', 'Fen', 'Gal', 'Hal', 'Ir', 'Jes', 'Kel',
  'Lun', 'Mar', 'Nor', 'Ost', 'Pel', 'Quin', 'Ros', 'Sel', 'Tam', 'Ul', 'Ven', 'Wes', 'Yar',
  'Zel', 'Ash', 'Bel', 'Cor', 'Dav', 'Esk', 'Fal', 'Gor', 'Hes', 'Ith', 'Kor', 'Lor', 'Mel',
  'Nev', 'Orl', 'Pren', 'Rav', 'Sav', 'Tor', 'Vel', 'Wyn', 'Bram', 'Cren', 'Drav',
];

// biome-ignore format: a table reads better packed in rows
export const NAME_TAILS = [
  'nello', 'sing', 'brin', 'ova', 'dell', 'ivan', 'ora', 'esta', 'anth', 'quist', 'arro',
  'enby', 'illow', 'avel', 'orin', 'etta', 'ith', 'ane', 'ock', 'ensa', 'ulin', 'ari', 'osk',
  'evin', 'ador', 'ilde', 'uma', 'ondra', 'ethy', 'amber',
];

export const NAME_MODIFIERS: Weights<string> = {
  '': 82,
  ' Valley': 4,
  ' Lakes': 3,
  ' Hills': 3,
  ' River': 3,
  ' Coast': 2,
  ' Plains': 3,
};

export const CAMPUS_DIRECTIONS = [
  'North',
  'South',
  'East',
  'West',
  'Downtown',
  'Riverside',
  'Lakeside',
  'Medical Center',
];

// biome-ignore format: a table reads better packed in rows
export const FIRST_NAMES = [
  'Alex', 'Amira', 'Ana', 'Ben', 'Carmen', 'Chris', 'Dana', 'Deja', 'Elena', 'Eli', 'Farah', 'Grace',
  'Hana', 'Ivan', 'Jada', 'Jamie', 'Jordan', 'Kai', 'Keisha', 'Lena', 'Luis', 'Maya', 'Miguel',
  'Nadia', 'Noah', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sam', 'Tara', 'Theo', 'Uma', 'Vera',
  'Wen', 'Yusuf', 'Zoe', 'Marisol', 'Tomas', 'Leah',
];

/** Surnames from the same invented syllables as the schools, so no real person is named. */
export const SURNAME_TAILS = ['worth', 'ley', 'ander', 'by', 'rick', 'stead', 'vale', 'more', 'ington', 'ard'];

export const CONTACT_CREDENTIALS: Weights<string> = { '': 70, ', RHIA': 12, ', MS, RHIA': 8, ', RHIT': 5, ', PhD': 5 };

export const EPC_LETTER: Record<DegreeLevel, string> = {
  associate: 'A',
  baccalaureate: 'B',
  master: 'M',
  certificate: 'C',
};
