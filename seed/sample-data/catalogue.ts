import type { Control, DegreeLevel, DeliveryMode, Kind, Offering, Weights } from './vocabulary-types.js';

/** What each kind of school offers: the program catalogue by degree level, and how often each is found. */

/** Which kind of school a campus is, given the program it was created for. */
export const KIND_BY_PRIMARY_LEVEL: Record<DegreeLevel, Weights<Kind>> = {
  associate: { community_college: 60, technical_college: 20, college: 20 },
  baccalaureate: { university: 35, state_university: 35, college: 20, health_institute: 10 },
  master: { university: 45, state_university: 35, health_institute: 20 },
  certificate: { technical_college: 40, community_college: 30, health_institute: 30 },
};

/** The further programs a kind of school may add to its first. */
export const EXTRA_LEVELS_BY_KIND: Record<Kind, readonly DegreeLevel[]> = {
  community_college: ['certificate'],
  technical_college: ['certificate'],
  college: ['associate', 'baccalaureate', 'master', 'certificate'],
  university: ['associate', 'baccalaureate', 'master', 'certificate'],
  state_university: ['associate', 'baccalaureate', 'master', 'certificate'],
  health_institute: ['baccalaureate', 'master', 'certificate'],
};

/** "unknown" leaves the control cell empty, as a real listing sometimes does. */
export const CONTROL_BY_KIND: Record<Kind, Weights<Control | 'unknown'>> = {
  community_college: { public: 92, private_for_profit: 3, unknown: 5 },
  technical_college: { public: 80, private_for_profit: 14, unknown: 6 },
  college: { public: 45, private_nonprofit: 40, private_for_profit: 10, unknown: 5 },
  university: { public: 35, private_nonprofit: 55, private_for_profit: 6, unknown: 4 },
  state_university: { public: 97, unknown: 3 },
  health_institute: { private_nonprofit: 55, private_for_profit: 35, unknown: 10 },
};

export const ONLINE_SUFFIX = ' (Online)';

export const CATALOGUE: Record<DegreeLevel, readonly Offering[]> = {
  associate: [
    {
      discipline: 'health_information_management',
      cip: '51.0707',
      weight: 1,
      credentials: { AAS: 75, AS: 25 },
      names: {
        'Health Information Technology': 42,
        'Health Information Management Technology': 14,
        'Health Information Management': 18,
        'Health Information Management and Technology': 5,
        'Health Information Technology – Coding and Reimbursement': 4,
        'Health Information Technology – Revenue Cycle': 3,
        'Health Information Technology (Online)': 8,
      },
    },
  ],
  baccalaureate: [
    {
      discipline: 'health_information_management',
      cip: '51.0706',
      weight: 94,
      credentials: { BS: 80, BAS: 20 },
      names: {
        'Health Information Management': 62,
        'Health Information Administration': 10,
        'Health Information Management (Online)': 8,
        'Health Information Management – Leadership and Analytics': 5,
        'Health Informatics and Information Management': 8,
        'Health Information Management and Systems': 5,
      },
    },
    {
      discipline: 'health_informatics',
      cip: '51.2706',
      weight: 6,
      credentials: { BS: 1 },
      names: { 'Health Informatics': 80, 'Health Informatics and Data Science': 20 },
    },
  ],
  master: [
    {
      discipline: 'health_informatics',
      cip: '51.2706',
      weight: 55,
      credentials: { MS: 60, MHI: 40 },
      names: {
        'Health Informatics': 42,
        'Health Informatics – Data Analytics': 12,
        'Applied Health Informatics': 10,
        'Health Informatics and Analytics': 8,
        'Clinical Informatics': 6,
        'Health Informatics (Online)': 8,
      },
    },
    {
      discipline: 'health_information_management',
      cip: '51.0706',
      weight: 38,
      credentials: { MS: 75, MHA: 25 },
      names: {
        'Health Information Management': 50,
        'Health Informatics and Information Management': 25,
        'Health Information Management – Leadership': 10,
        'Health Data Management': 5,
      },
    },
    {
      discipline: 'digital_health',
      cip: '51.2706',
      weight: 7,
      credentials: { MS: 1 },
      names: { 'Digital Health': 40, 'Digital Health and Informatics': 40, 'Digital Health Innovation': 20 },
    },
  ],
  certificate: [
    {
      discipline: 'health_information_management',
      cip: '51.0713',
      weight: 80,
      credentials: { Certificate: 1 },
      names: {
        'Medical Coding Certificate': 55,
        'Coding Specialist Certificate': 18,
        'Health Information Coding Certificate': 12,
        'Medical Coding Certificate (Online)': 6,
      },
    },
    {
      discipline: 'digital_health',
      cip: '51.2706',
      weight: 12,
      credentials: { 'Graduate Certificate': 50, Certificate: 50 },
      names: { 'Digital Health Certificate': 60, 'Telehealth and Digital Health Certificate': 40 },
    },
    {
      discipline: 'health_informatics',
      cip: '51.2706',
      weight: 8,
      credentials: { 'Graduate Certificate': 1 },
      names: { 'Health Informatics Certificate': 1 },
    },
  ],
};

/** Online delivery is common for baccalaureate and master's programs, rarer for associate ones. */
export const DELIVERY_BY_LEVEL: Record<DegreeLevel, Weights<DeliveryMode>> = {
  associate: { campus: 45, hybrid: 35, online: 20 },
  baccalaureate: { online: 45, hybrid: 30, campus: 25 },
  master: { online: 55, hybrid: 25, campus: 20 },
  certificate: { online: 45, hybrid: 25, campus: 30 },
};

/** Shares of the first program of a campus, and of the further ones a campus adds. */
export const PRIMARY_LEVELS: Weights<DegreeLevel> = { associate: 68, baccalaureate: 20, master: 9, certificate: 3 };

export const EXTRA_LEVELS: Weights<DegreeLevel> = { associate: 10, baccalaureate: 32, master: 44, certificate: 14 };

export const MAX_PER_LEVEL: Record<DegreeLevel, number> = { associate: 1, baccalaureate: 1, master: 2, certificate: 2 };
