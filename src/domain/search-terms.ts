/**
 * What people type for what the programs' own words say otherwise. An abbreviation of a program name
 * stands for its words ("HIT online" searches "health information technology online"); a synonym
 * matches what it stands for as well as itself ("bachelor" finds the baccalaureate programs: the
 * degree level is searchable beside the name and credential). Keys are lower case.
 */
export const abbreviations: Readonly<Record<string, readonly string[]>> = {
  hit: ['health', 'information', 'technology'],
  him: ['health', 'information', 'management'],
};

export const synonyms: Readonly<Record<string, readonly string[]>> = {
  bachelor: ['baccalaureate'],
  bachelors: ['baccalaureate'],
};
