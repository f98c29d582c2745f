import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleFiles } from '../../src/services/seed.js';
import { createTestApp, getJson, type TestApp } from '../helpers/app.js';

/**
 * Ranking quality on the sample data: for each query, the programs a searcher means must be in the
 * first three results. Programs are named by their EPC (stable across imports, unlike ids). Where
 * several programs are equally right (many programs share a name), every one of the first three
 * must be such a program instead: a tie among them is broken by id, which an import draws at random.
 */
interface SampleRow {
  cahiim_epc: string;
  program_name: string;
  credential: string;
  degree_level: string;
  description: string;
}

const sample = new Map(
  (parse(readFileSync(sampleFiles.programs, 'utf8'), { bom: true, columns: true }) as SampleRow[]).map((row) => [
    row.cahiim_epc,
    row,
  ]),
);

type Kind = 'exact name' | 'misspelt' | 'word order' | 'city or state' | 'institution' | 'abbreviation';

interface Case {
  q: string;
  kind: Kind;
  /** These programs are among the first three. */
  top?: string[];
  /** Each of the first three is such a program (and there are three). */
  each?: { is: string; test: (row: SampleRow) => boolean };
}

const named = (name: string) => ({ is: `named "${name}"`, test: (row: SampleRow) => row.program_name === name });
const mentioning = (word: string) => ({
  is: `described as preparing for ${word}`,
  test: (row: SampleRow) => new RegExp(`\\b${word}\\b`).test(row.description),
});

const cases: Case[] = [
  { kind: 'exact name', q: 'Health Informatics Certificate', top: ['SAMPLE-C-0196'] },
  { kind: 'exact name', q: 'Health Data Management', top: ['SAMPLE-M-0414'] },
  { kind: 'exact name', q: 'Digital Health', top: ['SAMPLE-M-0314'] },
  { kind: 'exact name', q: 'Digital Health and Informatics', top: ['SAMPLE-M-0272', 'SAMPLE-M-0299'] },
  { kind: 'exact name', q: 'Medical Coding Certificate (Online)', top: ['SAMPLE-C-0218', 'SAMPLE-C-0255'] },
  { kind: 'exact name', q: 'Health Informatics and Data Science', top: ['SAMPLE-B-0479', 'SAMPLE-B-0486'] },
  {
    kind: 'exact name',
    q: 'Health Information Management – Leadership and Analytics',
    top: ['SAMPLE-B-0259', 'SAMPLE-B-0380', 'SAMPLE-B-0417'],
  },
  {
    kind: 'exact name',
    q: 'Health Information Technology – Revenue Cycle',
    top: ['SAMPLE-A-0380', 'SAMPLE-A-0427', 'SAMPLE-A-0880'],
  },
  { kind: 'exact name', q: 'Clinical Informatics', each: named('Clinical Informatics') },
  { kind: 'misspelt', q: 'helth informatics and data sceince', top: ['SAMPLE-B-0479', 'SAMPLE-B-0486'] },
  { kind: 'misspelt', q: 'digtal health and informatcs', top: ['SAMPLE-M-0272', 'SAMPLE-M-0299'] },
  { kind: 'misspelt', q: 'medicl coding certficate online', top: ['SAMPLE-C-0218', 'SAMPLE-C-0255'] },
  { kind: 'misspelt', q: 'helth data managment', top: ['SAMPLE-M-0414'] },
  { kind: 'misspelt', q: 'health informatcs certificat', top: ['SAMPLE-C-0196'] },
  { kind: 'misspelt', q: 'clinical infromatics', each: named('Clinical Informatics') },
  { kind: 'misspelt', q: 'helth informatics tampa', top: ['SAMPLE-M-0282'] },
  { kind: 'word order', q: 'data science health informatics', top: ['SAMPLE-B-0479', 'SAMPLE-B-0486'] },
  {
    kind: 'word order',
    q: 'revenue cycle health information technology',
    top: ['SAMPLE-A-0380', 'SAMPLE-A-0427', 'SAMPLE-A-0880'],
  },
  {
    kind: 'word order',
    q: 'analytics leadership health information management',
    top: ['SAMPLE-B-0259', 'SAMPLE-B-0380', 'SAMPLE-B-0417'],
  },
  { kind: 'word order', q: 'certificate health informatics', top: ['SAMPLE-C-0196'] },
  { kind: 'word order', q: 'informatics clinical', each: named('Clinical Informatics') },
  { kind: 'city or state', q: 'health informatics tampa', top: ['SAMPLE-M-0282'] },
  { kind: 'city or state', q: 'coding specialist certificate dallas', top: ['SAMPLE-C-0248'] },
  { kind: 'city or state', q: 'clinical informatics texas', top: ['SAMPLE-M-0505'] },
  { kind: 'city or state', q: 'clinical informatics TX', top: ['SAMPLE-M-0505'] },
  { kind: 'city or state', q: 'digital health california', top: ['SAMPLE-M-0272'] },
  { kind: 'city or state', q: 'health informatics la quinta', top: ['SAMPLE-B-0305'] },
  { kind: 'city or state', q: 'medical coding santa barbara', top: ['SAMPLE-C-0197'] },
  { kind: 'city or state', q: 'health information management wilmington', top: ['SAMPLE-B-0331'] },
  {
    kind: 'institution',
    q: 'Tolock College health informatics',
    top: ['SAMPLE-M-0258', 'SAMPLE-C-0196', 'SAMPLE-B-0293'],
  },
  { kind: 'institution', q: 'Norillow digital health', top: ['SAMPLE-M-0314'] },
  { kind: 'institution', q: 'Eskenby University coding', top: ['SAMPLE-C-0218'] },
  { kind: 'abbreviation', q: 'HIT', each: named('Health Information Technology') },
  { kind: 'abbreviation', q: 'HIT tampa', top: ['SAMPLE-A-0446'] },
  { kind: 'abbreviation', q: 'HIM', each: named('Health Information Management') },
  { kind: 'abbreviation', q: 'RHIA', each: mentioning('RHIA') },
  { kind: 'abbreviation', q: 'RHIT', each: mentioning('RHIT') },
  { kind: 'abbreviation', q: 'MS', each: { is: 'an MS', test: (row) => row.credential === 'MS' } },
  {
    kind: 'abbreviation',
    q: 'MS health informatics',
    each: {
      is: 'an MS in Health Informatics',
      test: (row) => row.credential === 'MS' && /^Health Informatics/.test(row.program_name),
    },
  },
  {
    kind: 'abbreviation',
    q: 'master clinical informatics',
    each: {
      is: "a master's in Clinical Informatics",
      test: (row) => row.degree_level === 'master' && row.program_name === 'Clinical Informatics',
    },
  },
  {
    kind: 'abbreviation',
    q: 'bachelor health informatics',
    each: {
      is: 'a baccalaureate in Health Informatics',
      test: (row) => row.degree_level === 'baccalaureate' && row.program_name === 'Health Informatics',
    },
  },
  {
    kind: 'abbreviation',
    q: 'associate coding',
    each: {
      is: 'an associate coding program',
      test: (row) => row.degree_level === 'associate' && /Coding/.test(row.program_name),
    },
  },
];

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe('relevance', () => {
  it('has at least 30 queries, of every kind', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(cases.map((c) => c.kind)).size).toBe(6);
    // Every expected program is in the sample, so a case cannot pass by naming nothing.
    for (const c of cases) for (const epc of c.top ?? []) expect(sample.has(epc), epc).toBe(true);
  });

  it.each(cases.map((c) => [c.kind, c.q, c] as const))('%s: %s', async (_kind, q, c) => {
    const { status, body } = await getJson<{ data: { cahiim_epc: string }[] }>(
      t.app,
      `/v1/programs?q=${encodeURIComponent(q)}&limit=3&fields=cahiim_epc`,
    );
    expect(status).toBe(200);
    const first = body.data.map((program) => program.cahiim_epc);
    if (c.top) expect(first).toEqual(expect.arrayContaining(c.top));
    if (c.each) {
      expect(first).toHaveLength(3);
      for (const epc of first) expect(c.each.test(sample.get(epc) as SampleRow), `${epc} is ${c.each.is}`).toBe(true);
    }
  });
});
